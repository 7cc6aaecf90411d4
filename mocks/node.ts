/** The MSW server for Vitest: serves the records in data/, read and checked by the build's loader. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { buildDatasetInput } from '../src/data/index'
import { splitNotes } from '../src/data/notes-schema'
import { createHandlers } from './handlers'

// Read once, when the test file loads, so no test waits for the YAML to be parsed.
const payloads = splitNotes(buildDatasetInput())
export const { handlers, scenarios } = createHandlers(() => payloads)

/** The archived releases (data/releases/<version>/, npm run data:release), as the build serves them; 404 for any other version. */
const releases = http.get('*/api/v1/versions/:version/:file', ({ params }) => {
  const version = String(params.version)
  const file = String(params.file)
  const path = join(import.meta.dirname, '..', 'data', 'releases', version, `${file}.gz`)
  if (!/^\d{4}\.\d{2}\.\d{2}-\d+$/.test(version) || !/^(dataset|notes)\.json$/.test(file) || !existsSync(path)) {
    return new HttpResponse('Not Found', { status: 404, statusText: 'Not Found' })
  }
  return new HttpResponse(gunzipSync(readFileSync(path)), { headers: { 'Content-Type': 'application/json' } })
})

export const server = setupServer(...handlers, releases)

/** The MSW server for Vitest: serves the records in data/, read and checked by the build's loader. */
import { setupServer } from 'msw/node'
import { buildDatasetInput } from '../src/data/index'
import { splitNotes } from '../src/data/notes-schema'
import { createHandlers } from './handlers'

// Read once, when the test file loads, so no test waits for the YAML to be parsed.
const payloads = splitNotes(buildDatasetInput())
export const { handlers, scenarios } = createHandlers(() => payloads)
export const server = setupServer(...handlers)

/**
 * MSW handlers: the data the build emits, plus named failure scenarios for tests (and for
 * development with VITE_MSW=1). Where the payload comes from is the caller's: the Node server reads
 * the records in data/ (mocks/node.ts); the browser worker fetches what the dev server emits
 * (mocks/browser.ts), so no YAML parser reaches the browser.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import type { DatasetInput } from '../src/data/dataset-schema'
import type { NotesInput } from '../src/data/notes-schema'

const DATASET = '*/api/v1/dataset.json'
const NOTES = '*/api/v1/notes.json'

/** The same split as the build: the first-view dataset and the notes annex. */
export interface Payloads {
  dataset: DatasetInput
  notes: NotesInput
}

export function createHandlers(load: () => Payloads | Promise<Payloads>) {
  const datasetPayload = async () => (await load()).dataset
  const handlers: HttpHandler[] = [
    http.get(DATASET, async () => HttpResponse.json(await datasetPayload())),
    http.get(NOTES, async () => HttpResponse.json((await load()).notes)),
  ]

  /** The first provision made schema-invalid: an unknown primary dimension. */
  async function invalidPayload() {
    const payload = structuredClone(await datasetPayload())
    const first = payload.provisions[0]
    if (first) (first as { primary: string }).primary = 'robots'
    return payload
  }

  const scenarios = {
    'http-500': http.get(DATASET, () => new HttpResponse('Internal Server Error', { status: 500, statusText: 'Internal Server Error' })),
    'network-error': http.get(DATASET, () => HttpResponse.error()),
    timeout: http.get(DATASET, async () => {
      await delay('infinite')
      return HttpResponse.json(await datasetPayload())
    }),
    slow: http.get(DATASET, async () => {
      await delay(1200)
      return HttpResponse.json(await datasetPayload())
    }),
    'malformed-json': http.get(
      DATASET,
      () => new HttpResponse('{"meta": {"version": "2026', { status: 200, headers: { 'Content-Type': 'application/json' } }),
    ),
    'invalid-record': http.get(DATASET, async () => HttpResponse.json(await invalidPayload())),
  } satisfies Record<string, HttpHandler>

  return { handlers, scenarios }
}

export type ScenarioName = keyof ReturnType<typeof createHandlers>['scenarios']

/**
 * MSW handlers: the same data module the build emits, plus named failure scenarios for tests
 * (and for development with VITE_MSW=1).
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw'
import { buildDatasetInput } from '../src/data/index'
import { splitNotes } from '../src/data/notes-schema'

const DATASET = '*/api/v1/dataset.json'
const NOTES = '*/api/v1/notes.json'

/** The same split as the build: the first-view dataset and the notes annex. */
export const datasetPayload = () => splitNotes(buildDatasetInput()).dataset
export const notesPayload = () => splitNotes(buildDatasetInput()).notes

export const handlers: HttpHandler[] = [
  http.get(DATASET, () => HttpResponse.json(datasetPayload())),
  http.get(NOTES, () => HttpResponse.json(notesPayload())),
]

/** The first provision made schema-invalid: an unknown primary dimension. */
export function invalidPayload() {
  const payload = structuredClone(datasetPayload())
  const first = payload.provisions[0]
  if (first) (first as { primary: string }).primary = 'robots'
  return payload
}

export const scenarios = {
  'http-500': http.get(DATASET, () => new HttpResponse('Internal Server Error', { status: 500, statusText: 'Internal Server Error' })),
  'network-error': http.get(DATASET, () => HttpResponse.error()),
  timeout: http.get(DATASET, async () => {
    await delay('infinite')
    return HttpResponse.json(datasetPayload())
  }),
  slow: http.get(DATASET, async () => {
    await delay(1200)
    return HttpResponse.json(datasetPayload())
  }),
  'malformed-json': http.get(
    DATASET,
    () => new HttpResponse('{"meta": {"version": "2026', { status: 200, headers: { 'Content-Type': 'application/json' } }),
  ),
  'invalid-record': http.get(DATASET, () => HttpResponse.json(invalidPayload())),
} satisfies Record<string, HttpHandler>

export type ScenarioName = keyof typeof scenarios

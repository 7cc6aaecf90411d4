/**
 * Validates the dataset off the main thread: receives the payload's bytes, answers with a
 * PayloadResult (the validated dataset travels back by structured clone). Zod and the schemas
 * live only in this worker's bundle, so the first view neither downloads nor runs them on the
 * main thread (the Total Blocking Time budget in docs/performance.md).
 */
import { validateDatasetPayload } from './validation'

addEventListener('message', (event: MessageEvent<ArrayBuffer>) => {
  postMessage(validateDatasetPayload(new Uint8Array(event.data)))
})

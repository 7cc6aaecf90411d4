/**
 * The dataset's one data source: GET /api/v1/dataset.json, validated with the same schema that
 * checks the data module. `index.html` preloads the same URL, so data and code download in parallel.
 * Parsing and validation run in a worker (dataset-worker.ts), so Zod never blocks the main thread
 * while the first view loads; without workers (jsdom) the same code runs here.
 */
import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Dataset } from '../data/dataset-schema'
import { DatasetError } from './dataset-error'
import { apiUrl, fetchApiFile } from './fetch-api-file'
import type { PayloadResult } from './validation'

export const DATASET_URL = 'api/v1/dataset.json'
/** Mutable so tests can shorten the wait; 15 s in the app. */
export const datasetConfig = { timeoutMs: 15_000 }

export function datasetUrl(): string {
  return apiUrl(DATASET_URL)
}

/** Fingerprints (src/lib/fingerprint.ts) of the payloads the datasets were parsed from. */
const fingerprints = new WeakMap<Dataset, string>()

export async function fetchDataset(signal?: AbortSignal, timeoutMs = datasetConfig.timeoutMs): Promise<Dataset> {
  const bytes = await fetchApiFile(DATASET_URL, 'data', timeoutMs, signal)
  const result = await validateOffThread(bytes)
  if (result.kind === 'malformed') throw new DatasetError('malformed', 'The data file is not valid JSON.', result.detail)
  if (result.kind === 'invalid') throw new DatasetError('invalid', result.message)
  fingerprints.set(result.dataset, result.fingerprint)
  return result.dataset
}

/** The fingerprint of the bytes a fetched dataset came from; the pre-rendered HTML carries the build's. */
export function datasetFingerprint(dataset: Dataset): string | undefined {
  return fingerprints.get(dataset)
}

async function validateHere(bytes: ArrayBuffer): Promise<PayloadResult> {
  const { validateDatasetPayload } = await import('./validation')
  return validateDatasetPayload(new Uint8Array(bytes))
}

/** Validates in a worker; falls back to this thread when workers are missing or fail to start. */
function validateOffThread(bytes: ArrayBuffer): Promise<PayloadResult> {
  if (typeof Worker === 'undefined') return validateHere(bytes)
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module', name: 'dataset-validation' })
    } catch {
      resolve(validateHere(bytes))
      return
    }
    worker.addEventListener('message', (event: MessageEvent<PayloadResult>) => {
      worker.terminate()
      resolve(event.data)
    })
    worker.addEventListener('error', (event) => {
      event.preventDefault()
      worker.terminate()
      resolve(validateHere(bytes))
    })
    // A copy, not a transfer: the bytes stay here for the fallback (a memcpy of ~265 KB).
    worker.postMessage(bytes)
  })
}

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset', 'v1'] as const,
    queryFn: ({ signal }) => fetchDataset(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (count, error) => error instanceof DatasetError && (error.kind === 'network' || error.kind === 'http') && count < 1,
    retryDelay: 400,
  })

export function useDataset() {
  return useQuery(datasetQueryOptions())
}

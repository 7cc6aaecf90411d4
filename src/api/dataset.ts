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

/** An archived data release: its dataset, and what that version did not record (src/api/version-upgrade.ts). */
export interface VersionedDataset {
  dataset: Dataset
  notRecorded: string[]
}

/** `api/v1/versions/<version>/dataset.json` (docs/url-contract.md § Data versions). */
export const versionDatasetUrl = (version: string) => `api/v1/versions/${encodeURIComponent(version)}/dataset.json`

/** An earlier release, or null when no release of that version exists (404). */
export async function fetchVersionDataset(version: string, signal?: AbortSignal): Promise<VersionedDataset | null> {
  let bytes: ArrayBuffer
  try {
    bytes = await fetchApiFile(versionDatasetUrl(version), 'archived data', datasetConfig.timeoutMs, signal)
  } catch (error) {
    if (error instanceof DatasetError && error.kind === 'http' && / 404\b/.test(error.message)) return null
    throw error
  }
  // A host that answers an unknown path with its HTML page has no such version either.
  if (new Uint8Array(bytes, 0, Math.min(1, bytes.byteLength))[0] === 0x3c) return null
  // Zod and the upgrade load only when a link names a version.
  const { validateVersionPayload } = await import('./validation')
  const result = validateVersionPayload(new Uint8Array(bytes))
  if (result.kind === 'malformed') throw new DatasetError('malformed', 'The archived data file is not valid JSON.', result.detail)
  if (result.kind === 'invalid') throw new DatasetError('invalid', result.message)
  // A file served for another version is not that version.
  if (result.dataset.meta.version !== version) return null
  return { dataset: result.dataset, notRecorded: result.notRecorded }
}

export const versionDatasetQueryOptions = (version: string) =>
  queryOptions({
    queryKey: ['dataset', 'version', version] as const,
    queryFn: ({ signal }) => fetchVersionDataset(version, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (count, error) => error instanceof DatasetError && (error.kind === 'network' || error.kind === 'http') && count < 1,
  })

/** The release `version` names, when it is not the current one (null: nothing to fetch). */
export function useVersionDataset(version: string | null) {
  return useQuery({ ...versionDatasetQueryOptions(version ?? ''), enabled: version !== null })
}

/**
 * The dataset's one data source: GET /api/v1/dataset.json, validated with the same schema that
 * checks the data module. `index.html` preloads the same URL, so data and code download in parallel.
 */
import { queryOptions, useQuery } from '@tanstack/react-query'
import { Dataset } from '../data/dataset-schema'
import { DatasetError, describeIssues } from './dataset-error'

export const DATASET_URL = 'api/v1/dataset.json'
/** Mutable so tests can shorten the wait; 15 s in the app. */
export const datasetConfig = { timeoutMs: 15_000 }

export function datasetUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}${DATASET_URL}`, window.location.href).toString()
}

export async function fetchDataset(signal?: AbortSignal, timeoutMs = datasetConfig.timeoutMs): Promise<Dataset> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetch(datasetUrl(), { signal: combined, headers: { Accept: 'application/json' } })
  } catch (error) {
    if (timeout.aborted) throw new DatasetError('timeout', `The data did not arrive within ${timeoutMs / 1000} seconds.`)
    if (signal?.aborted) throw error
    throw new DatasetError('network', 'The data could not be fetched: the network request failed.', String(error))
  }
  if (!response.ok) {
    throw new DatasetError('http', `The data server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`)
  }
  let json: unknown
  try {
    json = await response.json()
  } catch (error) {
    if (timeout.aborted) throw new DatasetError('timeout', `The data did not arrive within ${timeoutMs / 1000} seconds.`)
    throw new DatasetError('malformed', 'The data file is not valid JSON.', String(error))
  }
  const parsed = Dataset.safeParse(json)
  if (!parsed.success) {
    throw new DatasetError('invalid', `The data failed validation: ${describeIssues(json, parsed.error.issues)}.`)
  }
  return parsed.data
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

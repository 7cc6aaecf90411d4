/**
 * Fetches one static API file (`/api/v1/…`) as bytes and turns every transport failure into a
 * DatasetError a reader can act on: network, timeout, HTTP status. Parsing and validation are the
 * caller's. Shared by the dataset and the notes annex.
 */
import { DatasetError } from './dataset-error'

export function apiUrl(path: string): string {
  return new URL(`${import.meta.env.BASE_URL}${path}`, window.location.href).toString()
}

/** `what` names the file in messages: "data" → "The data server answered 500." */
export async function fetchApiFile(path: string, what: string, timeoutMs: number, signal?: AbortSignal): Promise<ArrayBuffer> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  const failed = (error: unknown): never => {
    if (timeout.aborted) throw new DatasetError('timeout', `The ${what} did not arrive within ${timeoutMs / 1000} seconds.`)
    if (signal?.aborted) throw error
    throw new DatasetError('network', `The ${what} could not be fetched: the network request failed.`, String(error))
  }
  let response: Response
  try {
    response = await fetch(apiUrl(path), { signal: combined, headers: { Accept: 'application/json' } })
  } catch (error) {
    return failed(error)
  }
  if (!response.ok) {
    throw new DatasetError('http', `The ${what} server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`)
  }
  try {
    return await response.arrayBuffer()
  } catch (error) {
    return failed(error)
  }
}

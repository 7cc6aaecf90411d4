/**
 * The notes annex (coding notes, source notes, method): GET /api/v1/notes.json, fetched only
 * when a provision's details or the Sources view is shown.
 */
import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Notes } from '../data/notes-schema'
import { DatasetError } from './dataset-error'

export const NOTES_URL = 'api/v1/notes.json'

export async function fetchNotes(signal?: AbortSignal): Promise<Notes> {
  let response: Response
  try {
    response = await fetch(new URL(`${import.meta.env.BASE_URL}${NOTES_URL}`, window.location.href), { signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetError('network', 'The notes could not be fetched: the network request failed.', String(error))
  }
  if (!response.ok) throw new DatasetError('http', `The notes server answered ${response.status}.`)
  let json: unknown
  try {
    json = await response.json()
  } catch (error) {
    throw new DatasetError('malformed', 'The notes file is not valid JSON.', String(error))
  }
  // Zod loads with the notes, never in the first view.
  const { validateNotes } = await import('./validation')
  const result = validateNotes(json)
  if (result.kind === 'invalid') throw new DatasetError('invalid', result.message)
  return result.notes
}

export const notesQueryOptions = () =>
  queryOptions({
    queryKey: ['notes', 'v1'] as const,
    queryFn: ({ signal }) => fetchNotes(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  })

export function useNotes() {
  return useQuery(notesQueryOptions())
}

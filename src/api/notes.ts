/**
 * The notes annex (coding notes, source notes, method): GET /api/v1/notes.json, fetched only
 * when a provision's details or the Sources view is shown.
 */
import { queryOptions, useQuery } from '@tanstack/react-query'
import type { Notes } from '../data/notes-schema'
import { datasetConfig } from './dataset'
import { DatasetError } from './dataset-error'
import { fetchApiFile } from './fetch-api-file'

export const NOTES_URL = 'api/v1/notes.json'

export async function fetchNotes(signal?: AbortSignal): Promise<Notes> {
  const bytes = await fetchApiFile(NOTES_URL, 'notes', datasetConfig.timeoutMs, signal)
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes))
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

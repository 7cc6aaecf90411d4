/**
 * The notes annex: coding notes of provisions, notes on sources and the method text. The data
 * module holds them with their records; the build ships them as a second file,
 * /api/v1/notes.json, fetched only when a detail panel or the Sources view needs them, so the
 * first view's dataset stays small.
 */
import { z } from 'zod'
import type { DatasetInput } from './dataset-schema'
import { ChangelogEntry, Id, MethodNote } from './schema'

export const Notes = z.object({
  version: z.string().min(1),
  provisions: z.record(Id, z.array(z.string().min(1))),
  sources: z.record(Id, z.string().min(1)),
  method: z.array(MethodNote),
  /** Data releases, newest first, with what changed (shown in the Sources view). */
  changelog: z.array(ChangelogEntry).default([]),
  /** The words that name each actor of a provision, in the order of its `actors` ('' where none). */
  actorEvidence: z.record(Id, z.array(z.string())).default({}),
})
export type Notes = z.infer<typeof Notes>
export type NotesInput = z.input<typeof Notes>

/** Splits the module into the first-view payload and the notes annex. */
export function splitNotes(input: DatasetInput): { dataset: DatasetInput; notes: NotesInput } {
  const notes: NotesInput = {
    version: input.meta.version,
    provisions: {},
    sources: {},
    method: [...(input.method ?? [])],
    changelog: [...(input.changelog ?? [])],
    actorEvidence: {},
  }
  const provisions = input.provisions.map(({ notes: provisionNotes, ...rest }) => {
    if (provisionNotes?.length) notes.provisions[rest.id] = provisionNotes
    if (!Array.isArray(rest.actors)) return rest
    // The evidence is read in the detail panel only: it travels in the notes annex.
    const evidence = rest.actors.map((a) => a.evidence ?? '')
    if (evidence.some(Boolean) && notes.actorEvidence) notes.actorEvidence[rest.id] = evidence
    return { ...rest, actors: rest.actors.map(({ agencyId, role }) => ({ agencyId, role })) }
  })
  const sources = input.sources.map(({ note, ...rest }) => {
    if (note) notes.sources[rest.id] = note
    return rest
  })
  return { dataset: { ...input, provisions, sources, method: [], changelog: [] }, notes }
}

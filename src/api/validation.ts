/**
 * Everything that needs Zod at run time: parsing and validating the dataset payload and the notes
 * annex. Kept out of the entry bundle: the dataset is validated in a worker (dataset-worker.ts), and
 * this module is imported on demand on the main thread only for the notes and where workers are
 * unavailable (jsdom tests). The validation itself is the same schema the build checks the data with.
 */
import '../data/zod-jitless'
import { Dataset } from '../data/dataset-schema'
import { Notes } from '../data/notes-schema'
import { fingerprint } from '../lib/fingerprint'
import { describeIssues } from './dataset-error'
import { upgradeDataset } from './version-upgrade'

export type PayloadResult =
  { kind: 'ok'; dataset: Dataset; fingerprint: string } | { kind: 'malformed'; detail: string } | { kind: 'invalid'; message: string }

/** Decodes (UTF-8, as `Response.json()` does), parses and validates the bytes of dataset.json. */
export function validateDatasetPayload(bytes: Uint8Array): PayloadResult {
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder().decode(bytes))
  } catch (error) {
    return { kind: 'malformed', detail: String(error) }
  }
  const parsed = Dataset.safeParse(json)
  if (!parsed.success) return { kind: 'invalid', message: `The data failed validation: ${describeIssues(json, parsed.error.issues)}.` }
  return { kind: 'ok', dataset: parsed.data, fingerprint: fingerprint(bytes) }
}

/**
 * An archived release (/api/v1/versions/<version>/dataset.json): parsed, brought to the current schema by
 * upgradeDataset (which names what that version did not record), then validated like the current data.
 */
export function validateVersionPayload(
  bytes: Uint8Array,
): { kind: 'ok'; dataset: Dataset; notRecorded: string[] } | Exclude<PayloadResult, { kind: 'ok' }> {
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes))
  } catch (error) {
    return { kind: 'malformed', detail: String(error) }
  }
  const { json, notRecorded } = upgradeDataset(raw)
  const parsed = Dataset.safeParse(json)
  if (!parsed.success)
    return { kind: 'invalid', message: `The archived data failed validation: ${describeIssues(json, parsed.error.issues)}.` }
  return { kind: 'ok', dataset: parsed.data, notRecorded }
}

export function validateNotes(json: unknown): { kind: 'ok'; notes: Notes } | { kind: 'invalid'; message: string } {
  const parsed = Notes.safeParse(json)
  return parsed.success
    ? { kind: 'ok', notes: parsed.data }
    : { kind: 'invalid', message: `The notes failed validation: ${describeIssues(json, parsed.error.issues)}.` }
}

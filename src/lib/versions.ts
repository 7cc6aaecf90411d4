/** Data versions: what changed since a version, from the changelog (data/changelog.yaml, newest first). */
import type { ChangelogEntry } from '../data/schema'

export interface ChangedSince {
  /** The release entry of the version viewed. */
  entry: ChangelogEntry
  /** The releases after it, newest first. */
  later: ChangelogEntry[]
  /** Every record id a later release changed, once each. */
  records: string[]
}

/** What changed after `version`; null when the changelog does not list that version. */
export function changedSince(changelog: readonly ChangelogEntry[], version: string): ChangedSince | null {
  const i = changelog.findIndex((e) => e.version === version)
  const entry = changelog[i]
  if (!entry) return null
  const later = changelog.slice(0, i)
  const records = [...new Set(later.flatMap((e) => e.changes.flatMap((c) => c.records)))]
  return { entry, later, records }
}

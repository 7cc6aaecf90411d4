/**
 * "Last changed in data version …" for a record (docs/url-contract.md, "Permanent pages"): the
 * newest release in the data changelog whose changes list the record's id under `records:`.
 * Records no release lists were last changed in the baseline, the oldest release.
 */
import type { ChangelogEntry } from '../data/schema'

export interface LastChange {
  version: string
  date: string
}

/** A lookup from record id to the release that last changed it. `changelog` is newest first, as in data/changelog.yaml. */
export function lastChangedIndex(changelog: readonly ChangelogEntry[]): (recordId: string) => LastChange | null {
  const byId = new Map<string, LastChange>()
  // Oldest first, so a newer release overwrites an older one.
  const ordered = [...changelog].sort((a, b) => a.date.localeCompare(b.date) || a.version.localeCompare(b.version))
  for (const entry of ordered) {
    for (const change of entry.changes) for (const id of change.records) byId.set(id, { version: entry.version, date: entry.date })
  }
  const baseline = ordered[0]
  return (recordId) => byId.get(recordId) ?? (baseline ? { version: baseline.version, date: baseline.date } : null)
}

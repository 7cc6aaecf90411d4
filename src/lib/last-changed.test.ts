import { describe, expect, it } from 'vitest'
import type { ChangelogEntry } from '../data/schema'
import { lastChangedIndex } from './last-changed'

const entry = (version: string, date: string, records: string[][]): ChangelogEntry => ({
  version,
  date,
  summary: `Release ${version}`,
  changes: records.map((r, i) => ({ text: `change ${i}`, findings: [], records: r })),
})

describe('lastChangedIndex', () => {
  // Newest first, as in data/changelog.yaml.
  const changelog = [
    entry('2026.12.06-1', '2026-12-06', [['us-1-1-1', 'cn-2-3'], ['eo-1']]),
    entry('2026.12.01-1', '2026-12-01', [['us-1-1-1', 'us-2-1-1']]),
    entry('2026.11.28-2', '2026-11-28', [[]]),
  ]
  const lastChanged = lastChangedIndex(changelog)

  it('names the newest release that lists the record', () => {
    expect(lastChanged('us-1-1-1')).toEqual({ version: '2026.12.06-1', date: '2026-12-06' })
    expect(lastChanged('eo-1')).toEqual({ version: '2026.12.06-1', date: '2026-12-06' })
    expect(lastChanged('us-2-1-1')).toEqual({ version: '2026.12.01-1', date: '2026-12-01' })
  })

  it('falls back to the baseline (oldest) release for records never listed', () => {
    expect(lastChanged('us-9-9-9')).toEqual({ version: '2026.11.28-2', date: '2026-11-28' })
  })

  it('does not depend on the order of the list', () => {
    expect(lastChangedIndex([...changelog].reverse())('us-1-1-1')?.version).toBe('2026.12.06-1')
  })

  it('returns null without a changelog', () => {
    expect(lastChangedIndex([])('us-1-1-1')).toBeNull()
  })
})

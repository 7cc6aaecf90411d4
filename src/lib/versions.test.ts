import { describe, expect, it } from 'vitest'
import { loadDataset } from '../data/index'
import { changedSince } from './versions'

const { changelog } = loadDataset()

describe('changedSince', () => {
  it('counts each record the later releases changed once', () => {
    const since = changedSince(changelog, '2026.11.28-2')
    expect(since?.entry.date).toBe('2026-11-28')
    expect(since?.later.map((e) => e.version)).toEqual(['2026.12.06-1'])
    const expected = new Set(changelog[0]?.changes.flatMap((c) => c.records))
    expect(since?.records).toHaveLength(expected.size)
    expect(since?.records).toContain('cn-2-3')
    expect(since?.records).toContain('us-3-6-2')
  })

  it('finds nothing changed since the newest release, and knows no unlisted version', () => {
    expect(changedSince(changelog, changelog[0]?.version ?? '')?.records).toEqual([])
    expect(changedSince(changelog, '1999.01.01-1')).toBeNull()
  })

  it('counts across several later releases without double counting', () => {
    const entry = (version: string, records: string[]) => ({
      version,
      date: '2026-01-01',
      summary: 's',
      changes: [{ text: 't', findings: [], records }],
    })
    const log = [entry('3', ['a', 'b']), entry('2', ['b', 'c']), entry('1', ['z'])]
    expect(changedSince(log, '1')?.records).toEqual(['a', 'b', 'c'])
    expect(changedSince(log, '2')?.records).toEqual(['a', 'b'])
  })
})

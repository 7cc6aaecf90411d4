import { gunzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Dataset } from '../data/dataset-schema'
import { namedActorsText } from '../lib/actors'
import { upgradeDataset } from './version-upgrade'

const release = (v: string): unknown =>
  JSON.parse(gunzipSync(readFileSync(join(import.meta.dirname, '../../data/releases', v, 'dataset.json.gz'))).toString('utf8'))

describe('upgradeDataset', () => {
  it('names what the baseline 2026.11.28-2 did not record, and leaves its actors uncoded rather than invented', () => {
    const { json, notRecorded } = upgradeDataset(release('2026.11.28-2'))
    expect(notRecorded).toEqual([
      'who must act (named and inferred actors): shown as not coded',
      'the script of the Chinese wording (simplified or traditional)',
    ])
    const parsed = Dataset.parse(json)
    expect(parsed.meta.version).toBe('2026.11.28-2')
    expect(parsed.agencies).toEqual([])
    for (const p of parsed.provisions) {
      expect(p.actors, p.id).toBeUndefined()
      expect(namedActorsText(p, new Map())).toBe('Not coded')
    }
  })

  it('finds nothing missing in the current release', () => {
    const { notRecorded } = upgradeDataset(release('2026.12.06-1'))
    expect(notRecorded).toEqual([])
  })

  it('passes anything that is not an object through for the schema to reject', () => {
    expect(upgradeDataset([1])).toEqual({ json: [1], notRecorded: [] })
  })
})

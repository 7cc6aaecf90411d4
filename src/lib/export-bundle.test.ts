import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../data/index'
import { parseUrl } from '../url-state/url'
import {
  indicatorColumns,
  indicatorReadme,
  indicatorRows,
  indicatorZip,
  plainCsv,
  provisionColumns,
  provisionsReadme,
  provisionsZip,
} from './export-bundle'
import { describeFilters } from './filter-description'
import { provisionRows } from './provision-export'
import { filterProvisions } from './selectors'

const d = loadDataset()

function entryOf<T>(items: readonly T[]): T {
  const first = items[0]
  if (first === undefined) throw new Error('empty')
  return first
}

function entry(files: Record<string, Uint8Array>, name: string): Uint8Array {
  const bytes = files[name]
  if (!bytes) throw new Error(`no ${name} in the zip`)
  return bytes
}

describe('plainCsv', () => {
  it('writes one header row and the rows, quoting what needs it, and nothing after', async () => {
    const csv = await plainCsv(
      [
        { a: 'x', b: 1 },
        { a: 'say “hi”, "now"', b: 2 },
        { a: 'two\nlines', b: 3 },
      ],
      ['a', 'b'],
    )
    expect(csv).toBe('\uFEFFa,b\r\nx,1\r\n"say “hi”, ""now""",2\r\n"two\nlines",3\r\n')
  })
})

describe('provisions download', () => {
  const state = parseUrl('?dims=chips~open-weights&q=export').state
  const rows = provisionRows(d, filterProvisions(d, state))
  const ctx = { filters: describeFilters(d, state), url: 'https://example.org/?dims=chips~open-weights&q=export' }

  it('describes every column of the CSV, in the CSV’s order', () => {
    expect(Object.keys(provisionColumns)).toEqual(Object.keys(rows[0] ?? {}))
  })

  it('zips README.md and a plain CSV named like the zip', async () => {
    const files = unzipSync(await provisionsZip(d, rows, ctx, 'parallax-provisions_chips-open-weights_q-export_v'))
    expect(Object.keys(files).sort()).toEqual(['README.md', 'parallax-provisions_chips-open-weights_q-export_v.csv'])
    const csv = strFromU8(entry(files, 'parallax-provisions_chips-open-weights_q-export_v.csv'))
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe(Object.keys(provisionColumns).join(','))
    // One header row, then exactly one row per provision: no metadata rows (every id starts a row).
    const starts = lines.filter((l) => /^(us|cn)-\d/.test(l))
    expect(starts.map((l) => l.split(',')[0])).toEqual(rows.map((r) => r.id))
    expect(csv).not.toContain('Source: Parallax dataset')
    const readme = strFromU8(entry(files, 'README.md'))
    expect(readme).toContain('Filtered to: Chips & compute · Open source & open weights · ‘export’\n')
    expect(readme).toContain(
      `Rows: ${rows.length} of ${d.provisions.length} provisions, in parallax-provisions_chips-open-weights_q-export_v.csv\n`,
    )
    expect(readme).toContain(`Data version: ${d.meta.version}, as of 28 November 2026\n`)
    expect(readme).toContain('View: https://example.org/?dims=chips~open-weights&q=export\n')
    expect(readme).toContain(
      '- United States: The White House, “Winning the Race: America’s AI Action Plan”, 23 July 2025. Official PDF: https://www.whitehouse.gov/wp-content/uploads/2025/07/Americas-AI-Action-Plan.pdf',
    )
    expect(readme).toContain(d.meta.license.trim())
    expect(readme).toContain('- `provenance`: What the text columns are:')
  })

  it('says “every provision” when nothing is filtered', () => {
    expect(provisionsReadme(d, { filters: '', url: 'u' }, 123, 'x.csv')).toContain('Filtered to: nothing (every provision)\n')
  })

  it('gives the same bytes for the same data and filters', async () => {
    const a = await provisionsZip(d, rows, ctx, 's')
    const b = await provisionsZip(d, rows, ctx, 's')
    expect(a).toEqual(b)
  })
})

describe('one indicator’s download', () => {
  const indicator = d.indicators.find((i) => i.incomparableWith.length > 0) ?? entryOf(d.indicators)

  it('has one row per observation and describes every column', () => {
    const rows = indicatorRows(d, indicator)
    expect(rows).toHaveLength(indicator.observations.length)
    expect(Object.keys(rows[0] ?? {})).toEqual(Object.keys(indicatorColumns))
    expect(rows[0]?.value).toBe(indicator.observations[0]?.value)
  })

  it('zips a README naming the unit and what it may not be compared with, and the CSV', async () => {
    const files = unzipSync(await indicatorZip(d, indicator, { filters: '', url: 'u' }, `parallax-indicator_${indicator.id}`))
    expect(Object.keys(files).sort()).toEqual(['README.md', `parallax-indicator_${indicator.id}.csv`])
    const readme = strFromU8(entry(files, 'README.md'))
    expect(readme.startsWith(`# Parallax context indicator: ${indicator.label}\n`)).toBe(true)
    expect(readme).toContain(`Unit: ${indicator.unit}\n`)
    expect(readme).toContain('Not comparable with: ')
    expect(readme).toBe(indicatorReadme(d, indicator, { filters: '', url: 'u' }, `parallax-indicator_${indicator.id}.csv`))
    const bytes = entry(files, `parallax-indicator_${indicator.id}.csv`)
    // UTF-8 with a byte-order mark (TextDecoder drops it when decoding).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const csv = strFromU8(bytes)
    expect(csv.split('\r\n')[0]).toBe('entity,value,date,basis,note,sources')
    expect(csv.trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(indicator.observations.length + 1)
  })
})

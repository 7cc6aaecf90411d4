import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { dimensionIds, instrumentIds, planIds, statuses } from '../data/schema'
import { chartIds } from '../url-state/view-state'
import { chartCsv, chartCsvRows, chartReadme } from './chart-csv'
import { selectChartData } from './chart-selectors'
import { chartSummary } from './charts/registry'
import { chartTable, formatCell } from './chart-tables'
import type { FilterState } from './selectors'
import { tinyDataset } from './tiny-dataset.fixture'

const d = tinyDataset()
const all: FilterState = { plans: planIds, dims: dimensionIds, instr: instrumentIds, prov: 'all', status: statuses, q: '' }
const table = (id: (typeof chartIds)[number], f: FilterState = all) => chartTable(d, selectChartData(d, f, id))
const summary = (id: (typeof chartIds)[number], f: FilterState = all) => chartSummary(selectChartData(d, f, id))

describe('chartTable', () => {
  it('writes the emphasis table with units in every header', () => {
    const t = table('emphasis', { ...all, dims: ['chips', 'diplomacy'] })
    expect(t.columns.map((c) => c.header)).toEqual([
      'Dimension',
      'United States: share of provisions (%)',
      'United States: provisions (count)',
      'China: share of provisions (%)',
      'China: provisions (count)',
    ])
    expect(t.rows).toEqual([
      { dimension: 'Chips & compute', 'us-share': 25, 'us-count': 2, 'cn-share': 25, 'cn-count': 1 },
      { dimension: 'International cooperation & standards', 'us-share': 12.5, 'us-count': 1, 'cn-share': 50, 'cn-count': 2 },
    ])
    expect(t.caption).toContain('denominators after filters: United States 8, China 4')
  })

  it('drops a deselected plan’s columns from every table', () => {
    for (const id of chartIds) {
      const t = table(id, { ...all, plans: ['us'] })
      expect(
        t.columns.filter((c) => c.planId === 'cn'),
        id,
      ).toEqual([])
      expect(JSON.stringify(t.rows), id).not.toMatch(/"lane":"China"/)
    }
  })

  it('lists implementation counts per pillar with a total', () => {
    const t = table('implementation')
    expect(t.columns.map((c) => c.header)).toEqual([
      'Pillar',
      'No implementing act found (count)',
      'In progress (count)',
      'Delivered (count)',
      'Contradicted (count)',
      'Total (count)',
    ])
    expect(t.rows.map((r) => [r.pillar, r.total])).toEqual([
      ['Pillar I: Accelerate AI Innovation', 3],
      ['Pillar II: Build American AI Infrastructure', 2],
      ['Pillar III: Lead in International AI Diplomacy and Security', 3],
    ])
  })

  it('gives one indicator row per observation, and one timeline row per event', () => {
    expect(table('indicators').rows).toHaveLength(6)
    expect(table('indicators').rows[0]).toMatchObject({
      indicator: 'Indicator i1',
      entity: 'Chip A',
      value: 60,
      unit: 'units',
      date: '2025-02',
      sources: 'Publisher',
    })
    expect(table('timeline').rows.map((r) => [r.date, r.lane, r.verification])).toEqual([
      ['2025-01-20', 'China', 'Verified'],
      ['2025-02', 'United States', 'Secondary source'],
      ['2025-07-23', 'United States', 'Verified'],
      ['2025-07-26', 'International', 'Unverified'],
      ['2026-01', 'China', 'Verified'],
    ])
  })

  it('formats cells for the screen', () => {
    expect(formatCell('percent', 33.333)).toBe('33.3')
    expect(formatCell('percent', 25)).toBe('25')
    expect(formatCell('count', 295000)).toBe('295,000')
    expect(formatCell('date', '2025-02')).toBe('February 2025')
    expect(formatCell('number', 3.35)).toBe('3.35')
  })
})

describe('chartSummary', () => {
  it('names each plan’s largest dimension and the widest gap', () => {
    expect(summary('emphasis')).toBe(
      'United States: the largest share on Adoption, science & workforce (37.5%, 3 of 8); none on Open source & open weights, Robotics & physical AI, Governance & regulation and Safety & security. ' +
        'China: the largest share on International cooperation & standards (50%, 2 of 4); none on Robotics & physical AI, Governance & regulation, Infrastructure & energy, Safety & security and Adoption, science & workforce. ' +
        // Diplomacy and adoption tie at 37.5 points; the first in dimension order wins.
        'The widest gap is on International cooperation & standards: United States 12.5% against China 50%.',
    )
  })

  it('summarises the other charts from the same rows', () => {
    expect(summary('instruments')).toBe(
      'United States (10 instrument codes on 8 provisions): mostly Label deregulation (20%), then Label funding (20%). China (5 instrument codes on 4 provisions): mostly Label cooperation (60%), then Label standards (20%).',
    )
    expect(summary('orientation')).toBe(
      'United States (8 provisions): mostly domestic (75%), competitive (50%) and government-led (62.5%). China (4 provisions): mostly global (75%), cooperative (75%) and government-led (50%).',
    )
    expect(summary('convergence')).toBe(
      'Of 6 compared dimensions, 2 converge (Open source & open weights and Adoption, science & workforce); 2 diverge (Chips & compute and International cooperation & standards); 1 is mixed (Governance & regulation); 1 is addressed only by the US plan (Infrastructure & energy).',
    )
    expect(summary('timeline')).toBe(
      '5 events from 20 January 2025 to January 2026: 2 in the United States lane, 2 in the China lane and 1 international. 2 rest on secondary or unverified reports and are marked.',
    )
    expect(summary('implementation')).toBe(
      'Of 8 US provisions shown: 4 with no implementing act found, 2 in progress, 1 delivered and 1 contradicted. With an implementing act or a later reversal, by pillar: Pillar I 1 of 3, Pillar II 2 of 2 and Pillar III 1 of 3.',
    )
    expect(summary('indicators')).toContain('Shown as a list because their observations are not comparable on one axis: Indicator i3.')
  })

  it('says so when nothing matches', () => {
    const none = { ...all, q: 'zzz-nothing' }
    expect(summary('emphasis', none)).toBe('United States: no provision matches the filters. China: no provision matches the filters.')
    expect(summary('implementation', { ...all, plans: ['cn'] })).toBe(
      'Implementation is tracked for the US plan, which the plan filter hides.',
    )
  })
})

describe('chartCsv', () => {
  const provenance = {
    title: 'Emphasis by dimension',
    subtitle: 'Share (%).',
    source: 'Source: test.',
    asOf: 'Data as of 30 June 2026',
    url: 'https://x.test/?view=charts',
  }

  it('is the plain table: the header row and the rows, nothing else', () => {
    const t = table('emphasis', { ...all, dims: ['chips'], plans: ['cn'] })
    expect(chartCsv(t, Papa.unparse).split('\r\n')).toEqual([
      '\uFEFFDimension,China: share of provisions (%),China: provisions (count)',
      'Chips & compute,25,1',
      '',
    ])
  })

  it('puts the provenance in the README beside it', () => {
    const t = table('emphasis', { ...all, dims: ['chips'], plans: ['cn'] })
    expect(chartReadme(t, { ...provenance, notes: ['Not stated is shown as its own segment.'] }, 'e.csv', 'Chips & compute')).toBe(
      [
        '# Emphasis by dimension',
        '',
        'Share (%).',
        '',
        '- File: e.csv (1 rows; UTF-8 with a byte-order mark, comma-separated)',
        '- Filtered to: Chips & compute',
        '- Source: test.',
        '- Data as of 30 June 2026',
        '- View and cite: https://x.test/?view=charts',
        '',
        '## Columns',
        '',
        '- Dimension',
        '- China: share of provisions (%)',
        '- China: provisions (count)',
        '',
        '## Notes',
        '',
        '- Not stated is shown as its own segment.',
        '',
      ].join('\n'),
    )
    expect(chartReadme(t, provenance, 'e.csv', '')).toContain('- Filtered to: nothing (every provision)\n')
  })

  it('rounds shares to one decimal and keeps ISO dates', () => {
    const rows = chartCsvRows(table('instruments', { ...all, dims: ['chips'] }))
    expect(rows[0]?.[0]).toBe('Instrument')
    expect(rows.find((r) => r[0] === 'Label export-control')?.slice(1, 4)).toEqual([66.7, 2, 100])
    expect(chartCsvRows(table('timeline'))[1]?.[0]).toBe('2025-01-20')
  })

  it('parses back to the same table', () => {
    const t = table('orientation')
    const parsed = Papa.parse<string[]>(chartCsv(t, Papa.unparse).replace(/^\uFEFF/, '')).data
    expect(parsed[0]).toEqual(t.columns.map((c) => c.header))
    expect(parsed.slice(1, t.rows.length + 1).map((r) => r[0])).toEqual(t.rows.map((r) => r.code))
  })
})

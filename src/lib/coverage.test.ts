import { describe, expect, it } from 'vitest'
import { loadDataset } from '../data/index'
import { dimensionIds, instrumentIds, planIds, statuses } from '../data/schema'
import { selectChartData } from './chart-selectors'
import { chartCaveats, chartSummary } from './charts/registry'
import { chartTable, formatCell } from './chart-tables'
import { partialCoverage, selectCoverage } from './coverage'
import type { FilterState } from './selectors'
import { tinyDataset } from './tiny-dataset.fixture'

const all: FilterState = { plans: planIds, dims: dimensionIds, instr: instrumentIds, prov: 'all', status: statuses, q: '' }

describe('selectCoverage', () => {
  const real = loadDataset()
  const coverage = selectCoverage(real)

  it('says the US plan was read in full and keeps "Not addressed in this plan" for it', () => {
    const us = coverage.get('us')
    expect(us?.complete).toBe(true)
    expect(us?.emptyText).toBe('Not addressed in this plan')
    expect(us?.partsLine).toBe('')
  })

  it('counts China’s provisions by provenance and names the parts of the plan by what was seen', () => {
    const cn = coverage.get('cn')
    expect(cn?.complete).toBe(false)
    expect(cn?.emptyText).toBe('Not found in the parts of the plan that could be read')
    const own = real.provisions.filter((p) => p.planId === 'cn')
    expect(cn?.provisions).toBe(own.length)
    for (const k of ['verbatim-official', 'verbatim-quoted', 'altered-copy', 'described'] as const) {
      expect(cn?.provenance[k]).toBe(own.filter((p) => p.provenance === k).length)
    }
    const plan = real.plans.find((p) => p.id === 'cn')
    const partial = plan?.sections.filter((s) => s.contentStatus === 'partial').length ?? 0
    expect(cn?.sections.partial).toHaveLength(partial)
    expect(cn?.sections['not-available']).toContain('Point 9')
    expect(cn?.partsLine).toMatch(/^Read in full: Preamble, Principles, Point 1; read in part: Point 2, Point 3/)
    expect(cn?.partsLine).toContain('not available: Point 9.')
    expect(cn?.line).toMatch(/^China, read only in part: \d+ provisions \(\d+ in official wording, .*\)\. Read in full/)
  })

  it('lists only the selected plans not read in full', () => {
    expect(partialCoverage(real, ['us', 'cn']).map((c) => c.planId)).toEqual(['cn'])
    expect(partialCoverage(real, ['us'])).toEqual([])
  })
})

describe('coverage on the charts that compare shares', () => {
  const real = loadDataset()
  it('adds a caveat naming China’s partial reading to emphasis, instruments and orientation, and to no other chart', () => {
    for (const id of ['emphasis', 'instruments', 'orientation'] as const) {
      const caveats = chartCaveats(selectChartData(real, all, id))
      expect(caveats[0]).toMatch(/^China, read only in part: \d+ provisions.*a missing bar is not the plan’s silence\.$/)
    }
    expect(chartCaveats(selectChartData(real, all, 'convergence'))).toEqual([])
    expect(chartCaveats(selectChartData(real, { ...all, plans: ['us'] }, 'emphasis'))).toEqual([])
  })
})

describe('a 0/0 share is no data, never 0%', () => {
  // Export controls: the tiny dataset's China provisions use none, so China's denominator is 0.
  const d = tinyDataset()
  const f: FilterState = { ...all, instr: ['export-control'] }

  it('is null in the selectors', () => {
    const emphasis = selectChartData(d, f, 'emphasis')
    if (emphasis.id !== 'emphasis') throw new Error('emphasis')
    expect(emphasis.data.totals.cn).toBe(0)
    expect(emphasis.data.rows.every((r) => r.cells.find((c) => c.planId === 'cn')?.share === null)).toBe(true)
    const orientation = selectChartData(d, f, 'orientation')
    if (orientation.id !== 'orientation') throw new Error('orientation')
    expect(orientation.data.rows.every((r) => r.cells.find((c) => c.planId === 'cn')?.share === null)).toBe(true)
  })

  it('reads "n/a" in the table twins', () => {
    for (const id of ['emphasis', 'instruments', 'orientation'] as const) {
      const table = chartTable(d, selectChartData(d, f, id))
      const cnShares = table.rows.map((r) => formatCell('percent', r['cn-share'] ?? ''))
      expect(cnShares.length).toBeGreaterThan(0)
      expect(new Set(cnShares)).toEqual(new Set(['n/a']))
    }
  })

  it('is never written as 0% in the summaries', () => {
    for (const id of ['emphasis', 'instruments', 'orientation'] as const) {
      const text = chartSummary(selectChartData(d, f, id))
      expect(text).toContain('China')
      expect(text).not.toMatch(/China[^.]*\b0%/)
    }
  })
})

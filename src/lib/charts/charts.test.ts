import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../data/dataset-schema'
import type { Provision } from '../../data/schema'
import { dimensionIds, instrumentIds, planIds, statuses } from '../../data/schema'
import { chartIds } from '../../url-state/view-state'
import type { FilterState } from '../selectors'
import { tinyDataset } from '../tiny-dataset.fixture'
import { orientationFacets, selectOrientation, shortSegments } from './orientation'
import { selectEmphasis } from './emphasis'
import { chartCountLine, chartEmptyMessage, chartRegistry, chartSummary, isChartEmpty, selectChartData } from './registry'

const d = tinyDataset()
const all: FilterState = { plans: planIds, dims: dimensionIds, instr: instrumentIds, prov: 'all', status: statuses, q: '' }
const with_ = (patch: Partial<FilterState>): FilterState => ({ ...all, ...patch })
/** The tiny dataset with some provisions changed. */
const edited = (patch: Record<string, Partial<Provision>>): Dataset => ({
  ...d,
  provisions: d.provisions.map((p) => (patch[p.id] ? { ...p, ...patch[p.id] } : p)),
})

describe('chart registry', () => {
  it('has one definition per chart id, under its own id', () => {
    expect(Object.keys(chartRegistry).sort()).toEqual([...chartIds].sort())
    for (const id of chartIds) expect(chartRegistry[id].id).toBe(id)
  })

  it('says one message when a chart is empty, and its summary says the same where it has one', () => {
    const usOut = with_({ plans: ['cn'] })
    const impl = selectChartData(d, usOut, 'implementation')
    expect(isChartEmpty(impl)).toBe(true)
    expect(chartEmptyMessage(impl)).toBe('Implementation is tracked for the US plan, which the plan filter hides.')
    expect(chartSummary(impl)).toBe(chartEmptyMessage(impl))
    const none = with_({ q: 'zzqqxx' })
    for (const id of ['convergence', 'indicators', 'implementation', 'agencies'] as const) {
      const c = selectChartData(d, id === 'convergence' || id === 'indicators' ? with_({ dims: [] }) : none, id)
      expect(isChartEmpty(c), id).toBe(true)
      expect(chartSummary(c), id).toBe(chartEmptyMessage(c))
    }
    expect(chartEmptyMessage(selectChartData(d, none, 'implementation'))).toBe('No US provision matches the filters.')
  })
})

describe('count lines (n per plan)', () => {
  const line = (id: (typeof chartIds)[number], f: FilterState = all) => chartCountLine(selectChartData(d, f, id), f)

  it('print n per plan and how dimensions are counted', () => {
    expect(line('emphasis')).toBe('US n=8 · China n=4 provisions · primary dimension only.')
    expect(line('instruments')).toBe('US n=8 · China n=4 provisions · primary dimension only.')
    expect(line('orientation', with_({ dims: ['chips'] }))).toBe('US n=2 · China n=1 provisions · primary dimension only.')
    expect(line('implementation')).toBe('US n=8 provisions · primary dimension only.')
    expect(line('implementation', with_({ plans: ['cn'] }))).toBe('No plan selected · primary dimension only.')
    expect(line('orientation', with_({ plans: ['cn'] }))).toBe('China n=4 provisions · primary dimension only.')
    expect(line('convergence')).toBe('')
    expect(line('indicators')).toBe('')
  })

  it('says so when secondary dimensions are counted too', () => {
    expect(line('emphasis', with_({ secondary: true }))).toBe(
      'US n=8 · China n=4 provisions · primary and secondary dimensions counted: a provision counts under each of its dimensions, so shares add up to more than 100%.',
    )
  })
})

describe('counting secondary dimensions', () => {
  // us-3-1-3 (diplomacy) also touches chips; cn-2-1 (open weights) also touches diplomacy and chips.
  const data = edited({ 'us-3-1-3': { secondary: ['chips'] }, 'cn-2-1': { secondary: ['diplomacy', 'chips'] } })
  const cells = (f: FilterState) =>
    Object.fromEntries(selectEmphasis(data, f).rows.map((r) => [r.dimension.id, r.cells.map((c) => [c.count, c.share])]))

  it('leaves emphasis on the primary dimension by default', () => {
    expect(cells(with_({ dims: ['chips', 'diplomacy'] }))).toEqual({
      chips: [
        [2, 25],
        [1, 25],
      ],
      diplomacy: [
        [1, 12.5],
        [2, 50],
      ],
    })
  })

  it('counts a provision under each of its dimensions with secondary, over the same denominators', () => {
    expect(cells(with_({ dims: ['chips', 'diplomacy'], secondary: true }))).toEqual({
      chips: [
        [3, 37.5],
        [2, 50],
      ],
      diplomacy: [
        [1, 12.5],
        [3, 75],
      ],
    })
  })

  it('keeps a provision in the other charts when a selected dimension is only its secondary one', () => {
    const plans = (f: FilterState) => selectOrientation(data, f).plans
    expect(plans(with_({ dims: ['chips'] }))).toEqual([
      { planId: 'us', total: 2 },
      { planId: 'cn', total: 1 },
    ])
    expect(plans(with_({ dims: ['chips'], secondary: true }))).toEqual([
      { planId: 'us', total: 3 },
      { planId: 'cn', total: 2 },
    ])
  })
})

describe('orientation facets (three 100% bars)', () => {
  it('gives one 100% bar per plan per facet, without zero segments', () => {
    const facets = orientationFacets(selectOrientation(d, all))
    expect(facets.map((f) => f.label)).toEqual(['Scope', 'Framing', 'Lead'])
    const bars = Object.fromEntries(
      facets.map((f) => [f.group, f.bars.map((b) => [b.planId, b.total, b.segments.map((x) => `${x.code} ${x.count} ${x.share}`)])]),
    )
    expect(bars).toEqual({
      scope: [
        ['us', 8, ['domestic 6 75', 'allies 2 25']],
        ['cn', 4, ['domestic 1 25', 'global 3 75']],
      ],
      framing: [
        ['us', 8, ['competitive 4 50', 'neutral 4 50']],
        ['cn', 4, ['cooperative 3 75', 'neutral 1 25']],
      ],
      lead: [
        ['us', 8, ['government 5 62.5', 'market 2 25', 'multistakeholder 1 12.5']],
        ['cn', 4, ['government 2 50', 'multistakeholder 2 50']],
      ],
    })
    for (const f of facets) for (const b of f.bars) expect(b.segments.reduce((n, x) => n + x.share, 0)).toBe(100)
  })

  it('shows "Actor not stated" as its own neutral segment, never dropped', () => {
    const lead = orientationFacets(
      selectOrientation(edited({ 'cn-2-1': { orientation: { scope: 'global', framing: 'cooperative', lead: 'not-stated' } } }), all),
    )[2]
    expect(lead?.codes.map((c) => [c.code, c.notStated])).toEqual([
      ['government', false],
      ['market', false],
      ['multistakeholder', false],
      ['not-stated', true],
    ])
    expect(lead?.bars[1]?.segments.map((x) => [x.label, x.count, x.share, x.notStated])).toEqual([
      ['Government-led', 2, 50, false],
      ['Multistakeholder', 1, 25, false],
      ['Actor not stated', 1, 25, true],
    ])
  })

  it('lists the short segments, and names a plan with no provisions instead of drawing 0%', () => {
    const lead = orientationFacets(selectOrientation(d, all))[2]
    expect(shortSegments(lead?.bars[0]?.segments ?? []).map((x) => `${x.label} ${x.share}`)).toEqual(['Multistakeholder 12.5'])
    expect(shortSegments(lead?.bars[0]?.segments ?? [], 30).map((x) => x.code)).toEqual(['market', 'multistakeholder'])
    const noChina = orientationFacets(selectOrientation(d, with_({ dims: ['adoption'] })))
    expect(noChina.map((f) => [f.bars.map((b) => b.planId), f.noData])).toEqual([
      [['us'], ['cn']],
      [['us'], ['cn']],
      [['us'], ['cn']],
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { dimensionIds, instrumentIds, planIds, statuses, type DimensionId, type PlanId } from '../data/schema'
import { loadDataset } from '../data/index'
import { chartIds } from '../url-state/view-state'
import {
  selectAgencies,
  isChartEmpty,
  selectChartData,
  selectConvergence,
  selectEmphasis,
  selectImplementation,
  selectIndicators,
  selectInstrumentMix,
  selectOrientation,
  selectTimeline,
} from './chart-selectors'
import { filterProvisions, type FilterState } from './selectors'
import { tinyDataset } from './tiny-dataset.fixture'

const all: FilterState = { plans: planIds, dims: dimensionIds, instr: instrumentIds, prov: 'all', status: statuses, q: '' }
const d = tinyDataset()
const with_ = (patch: Partial<FilterState>): FilterState => ({ ...all, ...patch })

/** { dimension: { plan: [count, share] } } for compact exact comparisons. */
function emphasisTable(f: FilterState) {
  const e = selectEmphasis(d, f)
  return Object.fromEntries(e.rows.map((r) => [r.dimension.id, Object.fromEntries(r.cells.map((c) => [c.planId, [c.count, c.share]]))]))
}

describe('selectEmphasis', () => {
  it('gives each plan’s share of provisions per primary dimension, with counts', () => {
    const e = selectEmphasis(d, all)
    expect(e.plans).toEqual(['us', 'cn'])
    expect(e.totals).toEqual({ us: 8, cn: 4 })
    expect(emphasisTable(all)).toEqual({
      chips: { us: [2, 25], cn: [1, 25] },
      'open-weights': { us: [0, 0], cn: [1, 25] },
      robotics: { us: [0, 0], cn: [0, 0] },
      governance: { us: [0, 0], cn: [0, 0] },
      infrastructure: { us: [2, 25], cn: [0, 0] },
      security: { us: [0, 0], cn: [0, 0] },
      diplomacy: { us: [1, 12.5], cn: [2, 50] },
      adoption: { us: [3, 37.5], cn: [0, 0] },
    })
  })

  it('shares of all dimensions add up to 100 for each plan', () => {
    const e = selectEmphasis(d, all)
    for (const [i] of e.plans.entries()) expect(e.rows.reduce((s, r) => s + (r.cells[i]?.share ?? 0), 0)).toBeCloseTo(100, 10)
  })

  it('keeps shares when dimensions are picked: the dimension filter picks rows, not the denominator', () => {
    expect(emphasisTable(with_({ dims: ['chips', 'adoption'] }))).toEqual({
      chips: { us: [2, 25], cn: [1, 25] },
      adoption: { us: [3, 37.5], cn: [0, 0] },
    })
  })

  it('recomputes the denominator under the other filters (wording, instruments, search)', () => {
    // Official wording only drops cn-1-1 and cn-2-2 (described): China 2 left, diplomacy 1 and open weights 1.
    expect(emphasisTable(with_({ prov: 'verbatim', dims: ['diplomacy', 'open-weights'] }))).toEqual({
      'open-weights': { us: [0, 0], cn: [1, 50] },
      diplomacy: { us: [1, 12.5], cn: [1, 50] },
    })
    // Funding only: us-1-1-1, us-1-1-2 (adoption) and cn-2-2 (chips).
    const funding = selectEmphasis(d, with_({ instr: ['funding'] }))
    expect(funding.totals).toEqual({ us: 2, cn: 1 })
    expect(emphasisTable(with_({ instr: ['funding'], dims: ['adoption', 'chips'] }))).toEqual({
      chips: { us: [0, 0], cn: [1, 100] },
      adoption: { us: [2, 100], cn: [0, 0] },
    })
  })

  it('drops a plan that is filtered out', () => {
    expect(emphasisTable(with_({ plans: ['cn'], dims: ['diplomacy'] }))).toEqual({ diplomacy: { cn: [2, 50] } })
  })
})

describe('selectInstrumentMix', () => {
  const mix = (f: FilterState) =>
    Object.fromEntries(
      selectInstrumentMix(d, f).plans.map((p) => [
        p.planId,
        {
          provisions: p.provisions,
          codes: p.codes,
          cells: Object.fromEntries(p.cells.filter((c) => c.count > 0).map((c) => [c.instrumentId, [c.count, c.share, c.provisionShare]])),
        },
      ]),
    )

  it('gives each instrument’s share of the plan’s codes (100% stacked) and of its provisions', () => {
    expect(mix(all)).toEqual({
      us: {
        provisions: 8,
        codes: 10,
        cells: {
          deregulation: [2, 20, 25],
          funding: [2, 20, 25],
          research: [2, 20, 25],
          skills: [1, 10, 12.5],
          'export-control': [2, 20, 25],
          'export-promotion': [1, 10, 12.5],
        },
      },
      cn: { provisions: 4, codes: 5, cells: { standards: [1, 20, 25], funding: [1, 20, 25], cooperation: [3, 60, 75] } },
    })
  })

  it('stacks to exactly 100% per plan', () => {
    for (const p of selectInstrumentMix(d, all).plans) expect(p.cells.reduce((s, c) => s + (c.share ?? 0), 0)).toBeCloseTo(100, 10)
  })

  it('counts only the selected instruments, and only provisions of the selected dimensions', () => {
    // Funding + research: US us-1-1-1 (funding), us-1-1-2 (funding), us-1-1-3 (research), us-3-1-2 (research); China cn-2-2 (funding).
    expect(mix(with_({ instr: ['funding', 'research'] }))).toEqual({
      us: { provisions: 4, codes: 4, cells: { funding: [2, 50, 50], research: [2, 50, 50] } },
      cn: { provisions: 1, codes: 1, cells: { funding: [1, 100, 100] } },
    })
    expect(mix(with_({ dims: ['chips'] }))).toEqual({
      us: { provisions: 2, codes: 3, cells: { research: [1, (1 / 3) * 100, 50], 'export-control': [2, (2 / 3) * 100, 100] } },
      cn: { provisions: 1, codes: 1, cells: { funding: [1, 100, 100] } },
    })
  })
})

describe('selectOrientation', () => {
  const profile = (f: FilterState) => Object.fromEntries(selectOrientation(d, f).rows.map((r) => [r.code, r.cells.map((c) => c.share)]))

  it('gives each plan’s share of provisions per scope, framing and lead code', () => {
    expect(selectOrientation(d, all).plans).toEqual([
      { planId: 'us', total: 8 },
      { planId: 'cn', total: 4 },
    ])
    expect(profile(all)).toEqual({
      domestic: [75, 25],
      allies: [25, 0],
      global: [0, 75],
      competitive: [50, 0],
      cooperative: [0, 75],
      neutral: [50, 25],
      government: [62.5, 50],
      market: [25, 0],
      multistakeholder: [12.5, 50],
      'not-stated': [0, 0],
    })
  })

  it('sums to 100 within each group for each plan', () => {
    const o = selectOrientation(d, all)
    for (const group of ['scope', 'framing', 'lead'] as const) {
      for (const i of [0, 1]) expect(o.rows.filter((r) => r.group === group).reduce((s, r) => s + (r.cells[i]?.share ?? 0), 0)).toBe(100)
    }
  })

  it('follows the filters', () => {
    expect(profile(with_({ plans: ['us'], dims: ['infrastructure'] }))).toMatchObject({
      domestic: [100],
      competitive: [50],
      neutral: [50],
      government: [50],
      market: [50],
    })
  })
})

describe('selectConvergence', () => {
  const counts = (f: FilterState) =>
    Object.fromEntries(selectConvergence(d, f).rows.map((r) => [r.relation, r.dimensions.map((x) => x.id)]))

  it('groups the selected dimensions by relation, listing every relation', () => {
    expect(counts(all)).toEqual({
      converge: ['open-weights', 'adoption'],
      diverge: ['chips', 'diplomacy'],
      mixed: ['governance'],
      'us-only': ['infrastructure'],
      'cn-only': [],
    })
    const c = selectConvergence(d, all)
    expect(c.total).toBe(6)
    expect(c.uncompared.map((x) => x.id)).toEqual(['robotics', 'security'])
  })

  it('counts only the selected dimensions', () => {
    const c = selectConvergence(d, with_({ dims: ['chips', 'diplomacy', 'robotics'] }))
    expect(c.rows.map((r) => [r.relation, r.dimensions.length])).toEqual([
      ['converge', 0],
      ['diverge', 2],
      ['mixed', 0],
      ['us-only', 0],
      ['cn-only', 0],
    ])
    expect(c.total).toBe(2)
  })
})

describe('selectIndicators', () => {
  it('gives each indicator its own panel, grouped by dimension, lists for incomparable observations', () => {
    const x = selectIndicators(d, all)
    expect(x.count).toBe(4)
    expect(x.observations).toBe(6)
    expect(
      x.groups.map((g) => [g.dimension.id, g.panels.map((p) => [p.indicator.id, p.display, p.incomparableWith.map((i) => i.id)])]),
    ).toEqual([
      [
        'chips',
        [
          ['i1', 'bars', ['i2']],
          ['i2', 'bars', ['i1']],
        ],
      ],
      ['robotics', [['i4', 'bars', []]]],
      ['adoption', [['i3', 'list', []]]],
    ])
  })

  it('shows only the selected dimensions’ indicators', () => {
    expect(selectIndicators(d, with_({ dims: ['chips'] })).groups.flatMap((g) => g.panels.map((p) => p.indicator.id))).toEqual(['i1', 'i2'])
  })
})

describe('selectTimeline', () => {
  it('sorts events by date and counts them per lane', () => {
    const t = selectTimeline(d, all)
    expect(t.events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5'])
    expect(t.counts).toEqual([
      { lane: 'us', events: 2, notVerified: 1 },
      { lane: 'cn', events: 2, notVerified: 0 },
      { lane: 'intl', events: 1, notVerified: 1 },
    ])
  })

  it('drops a deselected plan’s lane but keeps the international lane', () => {
    const t = selectTimeline(d, with_({ plans: ['cn'] }))
    expect(t.lanes).toEqual(['cn', 'intl'])
    expect(t.events.map((e) => e.id)).toEqual(['e1', 'e4', 'e5'])
  })
})

describe('selectImplementation', () => {
  const byPillar = (f: FilterState) =>
    Object.fromEntries(
      selectImplementation(d, f).pillars.map((p) => [p.pillar.id, Object.fromEntries(p.counts.map((c) => [c.status, c.count]))]),
    )

  it('counts US provisions by status in each pillar', () => {
    expect(byPillar(all)).toEqual({
      'us-1': { 'no-evidence': 2, 'in-progress': 0, delivered: 1, contradicted: 0 },
      'us-2': { 'no-evidence': 0, 'in-progress': 1, delivered: 0, contradicted: 1 },
      'us-3': { 'no-evidence': 2, 'in-progress': 1, delivered: 0, contradicted: 0 },
    })
    const x = selectImplementation(d, all)
    expect([x.included, x.total, x.pillars.map((p) => p.total)]).toEqual([true, 8, [3, 2, 3]])
  })

  it('follows the status and dimension filters, and is empty without the US plan', () => {
    expect(byPillar(with_({ status: ['in-progress', 'delivered'], dims: ['chips', 'adoption'] }))).toEqual({
      'us-1': { 'in-progress': 0, delivered: 1 },
      'us-2': { 'in-progress': 0, delivered: 0 },
      'us-3': { 'in-progress': 1, delivered: 0 },
    })
    const none = selectImplementation(d, with_({ plans: ['cn'] }))
    expect([none.included, none.total]).toEqual([false, 0])
  })
})

describe('selectChartData', () => {
  it('answers for every chart id and reports emptiness', () => {
    for (const id of chartIds) {
      const c = selectChartData(d, all, id)
      expect(c.id).toBe(id)
      expect(isChartEmpty(c), id).toBe(false)
    }
    const nothing = with_({ q: 'no provision says this' })
    expect(chartIds.filter((id) => isChartEmpty(selectChartData(d, nothing, id)))).toEqual([
      'emphasis',
      'instruments',
      'orientation',
      'implementation',
      'agencies',
    ])
  })

  it('matches the real dataset’s plan sizes (102 US, 25 China provisions)', () => {
    const real = loadDataset()
    const e = selectEmphasis(real, all)
    expect(e.totals).toEqual({
      us: real.provisions.filter((p) => p.planId === 'us').length,
      cn: real.provisions.filter((p) => p.planId === 'cn').length,
    })
    const sum = (plan: PlanId, dims: readonly DimensionId[]) =>
      selectEmphasis(real, with_({ dims })).rows.reduce((s, r) => s + (r.cells.find((c) => c.planId === plan)?.count ?? 0), 0)
    expect(sum('us', dimensionIds)).toBe(e.totals.us)
    expect(selectImplementation(real, all).total).toBe(e.totals.us)
  })
})

describe('pickIndicatorPanels', () => {
  it('keeps only the named panels and recounts them', async () => {
    const { loadDataset } = await import('../data/index')
    const { pickIndicatorPanels, selectIndicators } = await import('./chart-selectors')
    const { defaultViewState } = await import('../url-state/view-state')
    const d = loadDataset()
    const all = selectIndicators(d, defaultViewState)
    const [a, b] = all.groups.flatMap((g) => g.panels.map((p) => p.indicator))
    if (!a || !b) throw new Error('fixture needs two indicators')
    const picked = pickIndicatorPanels(all, [a.id, b.id])
    expect(picked.groups.flatMap((g) => g.panels.map((p) => p.indicator.id))).toEqual([a.id, b.id])
    expect(picked.count).toBe(2)
    expect(picked.observations).toBe(a.observations.length + b.observations.length)
  })
})

describe('selectAgencies (who must act)', () => {
  it('counts the provisions naming each agency by its strongest role, with parts of the plan and statuses', () => {
    const c = selectAgencies(d, all)
    const row = (id: string) => c.rows.find((r) => r.agency.id === id)
    expect(c.rows.map((r) => [r.agency.id, r.total])).toEqual([
      ['doc', 2],
      ['doe', 2],
      ['nist', 1],
      ['cn-governments', 1],
    ])
    expect(row('doc')?.roles).toEqual({ lead: 1, support: 1, partner: 0, addressee: 0 })
    expect(row('doe')?.roles).toEqual({ lead: 1, support: 0, partner: 0, addressee: 1 })
    expect(row('doe')?.statuses).toMatchObject({ 'in-progress': 1, contradicted: 1 })
    expect(row('doc')?.parts.map((p) => [p.part.id, p.count])).toEqual([['us-3', 2]])
    expect(row('doc')?.provisionIds).toEqual(['us-3-1-1', 'us-3-1-2'])
    expect(c.plans).toEqual([
      { planId: 'us', provisions: 8, notStated: 1, inferredOnly: 1 },
      { planId: 'cn', provisions: 4, notStated: 1, inferredOnly: 0 },
    ])
  })

  it('never counts an inferred actor', () => {
    expect(selectAgencies(d, all).rows.some((r) => r.agency.id === 'dol')).toBe(false)
  })
})

describe('the agency filter', () => {
  it('keeps provisions naming the agency or a body within it, and never inferred ones', () => {
    expect(filterProvisions(d, with_({ agency: ['doc'] })).map((p) => p.id)).toEqual(['us-3-1-1', 'us-3-1-2'])
    expect(filterProvisions(d, with_({ agency: ['nist'] })).map((p) => p.id)).toEqual(['us-3-1-2'])
    expect(filterProvisions(d, with_({ agency: ['dol'] })).map((p) => p.id)).toEqual([])
    expect(filterProvisions(d, with_({ agency: ['doe', 'cn-governments'] })).map((p) => p.id)).toEqual(['us-2-1-1', 'us-2-1-2', 'cn-1-2'])
  })
})

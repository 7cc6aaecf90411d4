/**
 * The selectors every view counts with (Compare's matrix and its "Showing N provisions" line, the
 * Charts view's count). Expected ids are read off the comments in tiny-dataset.fixture.ts: each
 * filter is checked on its own and must drop exactly the provisions a user would expect.
 */
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../data/dataset-schema'
import type { Provision } from '../data/schema'
import { dimensionIds, instrumentIds, planIds, statuses } from '../data/vocabulary'
import { dimensionOrder, filterProvisions, memoizeLast, relatedProvisions, selectCompareMatrix, type FilterState } from './selectors'
import { tinyDataset } from './tiny-dataset.fixture'

const all: FilterState = { plans: planIds, dims: dimensionIds, instr: instrumentIds, prov: 'all', status: statuses, q: '', agency: [] }
const with_ = (patch: Partial<FilterState>): FilterState => ({ ...all, ...patch })
const ids = (ps: readonly Provision[]) => ps.map((p) => p.id)

const d = tinyDataset()
const allIds = [
  'us-3-1-1',
  'us-3-1-2',
  'us-1-1-1',
  'us-1-1-2',
  'us-1-1-3',
  'us-2-1-1',
  'us-2-1-2',
  'us-3-1-3',
  'cn-1-1',
  'cn-1-2',
  'cn-2-1',
  'cn-2-2',
]

/** The tiny dataset with one secondary code: cn-2-1 (open weights) also touches chips. */
function withSecondary(): Dataset {
  const base = tinyDataset()
  return { ...base, provisions: base.provisions.map((p): Provision => (p.id === 'cn-2-1' ? { ...p, secondary: ['chips'] } : p)) }
}

describe('filterProvisions', () => {
  it('keeps every provision, in data order, when nothing is filtered', () => {
    expect(ids(filterProvisions(d, all))).toEqual(allIds)
  })

  it('filters by implementation status (no record means no evidence)', () => {
    expect(ids(filterProvisions(d, with_({ status: ['delivered'] })))).toEqual(['us-1-1-1'])
    expect(ids(filterProvisions(d, with_({ status: ['in-progress', 'contradicted'] })))).toEqual(['us-3-1-1', 'us-2-1-1', 'us-2-1-2'])
    expect(ids(filterProvisions(d, with_({ status: ['no-evidence'] })))).toEqual([
      'us-3-1-2',
      'us-1-1-2',
      'us-1-1-3',
      'us-3-1-3',
      'cn-1-1',
      'cn-1-2',
      'cn-2-1',
      'cn-2-2',
    ])
    expect(filterProvisions(d, with_({ status: [] }))).toEqual([])
  })

  it('filters by plan', () => {
    expect(ids(filterProvisions(d, with_({ plans: ['cn'] })))).toEqual(['cn-1-1', 'cn-1-2', 'cn-2-1', 'cn-2-2'])
    expect(filterProvisions(d, with_({ plans: [] }))).toEqual([])
  })

  it('filters by primary dimension only', () => {
    expect(ids(filterProvisions(d, with_({ dims: ['chips'] })))).toEqual(['us-3-1-1', 'us-3-1-2', 'cn-2-2'])
    // cn-2-1 touches chips only as a secondary code, so it stays out of the chips filter.
    expect(ids(filterProvisions(withSecondary(), with_({ dims: ['chips'] })))).toEqual(['us-3-1-1', 'us-3-1-2', 'cn-2-2'])
  })

  it('keeps a provision when any of its instruments is selected', () => {
    expect(ids(filterProvisions(d, with_({ instr: ['research'] })))).toEqual(['us-3-1-2', 'us-1-1-3'])
    expect(ids(filterProvisions(d, with_({ instr: ['standards', 'skills'] })))).toEqual(['us-1-1-2', 'cn-1-2'])
    expect(filterProvisions(d, with_({ instr: [] }))).toEqual([])
  })

  it('keeps only the plans’ own words (official or quoted) under the wording filter', () => {
    expect(ids(filterProvisions(d, with_({ prov: 'verbatim' })))).toEqual(allIds.filter((id) => id !== 'cn-1-1' && id !== 'cn-2-2'))
  })

  it('searches ids, titles, texts and summaries; every term must match', () => {
    expect(ids(filterProvisions(d, with_({ q: 'cn-1-2' })))).toEqual(['cn-1-2'])
    expect(ids(filterProvisions(d, with_({ q: 'Summary OF us-1' })))).toEqual(['us-1-1-1', 'us-1-1-2', 'us-1-1-3'])
    expect(ids(filterProvisions(d, with_({ q: 'us-3 us-3-1-3' })))).toEqual(['us-3-1-3'])
    expect(filterProvisions(d, with_({ q: 'nothing-like-this' }))).toEqual([])
    expect(ids(filterProvisions(d, with_({ q: '   ' })))).toEqual(allIds)
  })

  it('uses the search engine’s hits once they are known, and ignores them without a query', () => {
    expect(ids(filterProvisions(d, with_({ q: 'anything', hits: new Set(['cn-2-1', 'us-1-1-2']) })))).toEqual(['us-1-1-2', 'cn-2-1'])
    expect(filterProvisions(d, with_({ q: 'cn-1-2', hits: new Set() }))).toEqual([])
    expect(ids(filterProvisions(d, with_({ q: '', hits: new Set(['cn-2-1']) })))).toEqual(allIds)
  })

  it('filters by named agency, a parent body matching the bodies within it; inferred actors do not count', () => {
    // From the fixture's comment: Commerce leads us-3-1-1 and supports us-3-1-2, which NIST leads;
    // Energy leads us-2-1-1 and is addressed in us-2-1-2; Labor is only inferred for us-1-1-1.
    expect(ids(filterProvisions(d, with_({ agency: ['nist'] })))).toEqual(['us-3-1-2'])
    expect(ids(filterProvisions(d, with_({ agency: ['doc'] })))).toEqual(['us-3-1-1', 'us-3-1-2'])
    expect(ids(filterProvisions(d, with_({ agency: ['nist', 'doe'] })))).toEqual(['us-3-1-2', 'us-2-1-1', 'us-2-1-2'])
    expect(ids(filterProvisions(d, with_({ agency: ['cn-governments'] })))).toEqual(['cn-1-2'])
    expect(filterProvisions(d, with_({ agency: ['dol'] }))).toEqual([])
    expect(ids(filterProvisions(d, with_({ agency: [] })))).toEqual(allIds)
    expect(ids(filterProvisions(d, { ...all, agency: undefined }))).toEqual(allIds)
  })

  it('combines filters with AND', () => {
    expect(ids(filterProvisions(d, with_({ plans: ['us'], dims: ['chips', 'infrastructure'], status: ['in-progress'] })))).toEqual([
      'us-3-1-1',
      'us-2-1-1',
    ])
  })
})

describe('selectCompareMatrix', () => {
  it('has one row per selected dimension in dimension order, one cell per selected plan, and counts what it shows', () => {
    const m = selectCompareMatrix(d, with_({ dims: ['diplomacy', 'chips'] }))
    expect(m.plans.map((p) => p.id)).toEqual(['us', 'cn'])
    expect(m.rows.map((r) => [r.dimension.id, r.comparison?.relation, r.cells.map((c) => [c.plan.id, ids(c.provisions)])])).toEqual([
      [
        'chips',
        'diverge',
        [
          ['us', ['us-3-1-1', 'us-3-1-2']],
          ['cn', ['cn-2-2']],
        ],
      ],
      [
        'diplomacy',
        'diverge',
        [
          ['us', ['us-3-1-3']],
          ['cn', ['cn-1-1', 'cn-1-2']],
        ],
      ],
    ])
    expect(m.shown).toBe(6)
    expect(m.total).toBe(12)
  })

  it('follows the status filter: the count users read in “Showing N provisions”', () => {
    const m = selectCompareMatrix(d, with_({ status: ['in-progress', 'delivered'] }))
    expect(m.shown).toBe(3)
    expect(m.total).toBe(12)
    const cells = m.rows.flatMap((r) =>
      r.cells.filter((c) => c.provisions.length).map((c) => `${r.dimension.id}/${c.plan.id}: ${ids(c.provisions)}`),
    )
    expect(cells).toEqual(['infrastructure/us: us-2-1-1', 'adoption/us: us-1-1-1', 'chips/us: us-3-1-1'].sort(byDimension))
  })

  it('lists secondary codes apart from the primary ones, under the same filters', () => {
    const da = withSecondary()
    const chips = selectCompareMatrix(da, all).rows.find((r) => r.dimension.id === 'chips')
    expect(chips?.cells.map((c) => [c.plan.id, ids(c.provisions), ids(c.secondary)])).toEqual([
      ['us', ['us-3-1-1', 'us-3-1-2'], []],
      ['cn', ['cn-2-2'], ['cn-2-1']],
    ])
    const filtered = selectCompareMatrix(da, with_({ status: ['delivered'] })).rows.find((r) => r.dimension.id === 'chips')
    expect(filtered?.cells.map((c) => ids(c.secondary))).toEqual([[], []])
  })

  it('orders rows by the dimensions’ order field, not by their place in the file', () => {
    const reversed: Dataset = { ...d, dimensions: [...d.dimensions].reverse() }
    expect(selectCompareMatrix(reversed, with_({ dims: ['diplomacy', 'chips', 'adoption'] })).rows.map((r) => r.dimension.id)).toEqual([
      'chips',
      'diplomacy',
      'adoption',
    ])
  })

  it('drops deselected plans from the columns and the count', () => {
    const m = selectCompareMatrix(d, with_({ plans: ['cn'] }))
    expect(m.plans.map((p) => p.id)).toEqual(['cn'])
    expect(m.rows.every((r) => r.cells.length === 1)).toBe(true)
    expect(m.shown).toBe(4)
    expect(m.rows.length).toBe(dimensionIds.length)
    expect(m.rows.find((r) => r.dimension.id === 'robotics')?.comparison).toBeUndefined()
  })
})

/** Sorts "dimension/plan: …" lines by the dimensions' order in the fixture. */
function byDimension(a: string, b: string): number {
  const order = (s: string) => dimensionIds.indexOf(s.split('/')[0] as (typeof dimensionIds)[number])
  return order(a) - order(b)
}

describe('memoizeLast', () => {
  function counted() {
    let calls = 0
    const select = memoizeLast((ds, f) => {
      calls++
      return filterProvisions(ds, f).length
    })
    return { select, calls: () => calls }
  }

  it('answers equal filters from the cache, compared by value', () => {
    const { select, calls } = counted()
    expect(select(d, all)).toBe(12)
    expect(select(d, { ...all, plans: [...planIds] })).toBe(12)
    expect(calls()).toBe(1)
  })

  it('recomputes when any filter or the dataset changes', () => {
    const { select, calls } = counted()
    const da = withSecondary()
    const steps: [Dataset, FilterState, number][] = [
      [d, all, 12],
      [d, with_({ plans: ['cn'] }), 4],
      [d, with_({ dims: ['chips'] }), 3],
      [d, with_({ instr: ['research'] }), 2],
      [d, with_({ prov: 'verbatim' }), 10],
      [d, with_({ status: ['delivered'] }), 1],
      [d, with_({ q: 'cn-1-2' }), 1],
      [da, all, 12],
      [d, all, 12],
      [da, with_({ agency: ['doe'] }), 2],
      [da, with_({ agency: ['doc', 'doe'] }), 4],
    ]
    for (const [ds, f, n] of steps) expect(select(ds, f)).toBe(n)
    expect(calls()).toBe(steps.length)
  })

  it('recomputes when the search engine’s hits arrive for the same query', () => {
    const { select, calls } = counted()
    expect(select(d, with_({ q: 'cn-1-2' }))).toBe(1)
    expect(select(d, with_({ q: 'cn-1-2', hits: new Set(['cn-1-2', 'cn-1-1']) }))).toBe(2)
    expect(calls()).toBe(2)
  })
})

describe('relatedProvisions', () => {
  it('gives the other plan’s provisions on the same primary dimension, the comparison’s picks first', () => {
    const us = (id: string) => d.provisions.find((p) => p.id === id) as Provision
    expect(ids(relatedProvisions(d, us('us-3-1-3')))).toEqual(['cn-1-1', 'cn-1-2'])
    expect(ids(relatedProvisions(d, us('us-3-1-1')))).toEqual(['cn-2-2'])
    expect(ids(relatedProvisions(d, us('us-1-1-1')))).toEqual([])
    const picked: Dataset = {
      ...d,
      comparisons: d.comparisons.map((c) => (c.dimensionId === 'diplomacy' ? { ...c, provisionIds: ['cn-1-2'] } : c)),
    }
    expect(ids(relatedProvisions(picked, us('us-3-1-3')))).toEqual(['cn-1-2', 'cn-1-1'])
    expect(ids(relatedProvisions(d, d.provisions.find((p) => p.id === 'cn-1-2') as Provision))).toEqual(['us-3-1-3'])
    const uncompared: Dataset = { ...d, comparisons: d.comparisons.filter((c) => c.dimensionId !== 'chips') }
    expect(ids(relatedProvisions(uncompared, us('us-3-1-1')))).toEqual(['cn-2-2'])
  })
})

describe('dimensionOrder', () => {
  it('sorts dimension ids by their order field, not by their place in the file', () => {
    expect(dimensionOrder(d)).toEqual([...dimensionIds])
    const reversed: Dataset = { ...d, dimensions: [...d.dimensions].reverse() }
    expect(dimensionOrder(reversed)).toEqual([...dimensionIds])
    const swapped: Dataset = { ...d, dimensions: d.dimensions.map((x) => ({ ...x, order: -x.order })) }
    expect(dimensionOrder(swapped)).toEqual([...dimensionIds].reverse())
  })
})

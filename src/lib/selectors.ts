/**
 * Pure selectors: the only place where provisions are filtered and counted, so every view, chart,
 * table twin and export agrees. Each takes (dataset, view state) and is memoised on its inputs.
 */
import type { Dataset } from '../data/dataset-schema'
import type { Comparison, Dimension, DimensionId, Plan, Provision } from '../data/schema'
import type { ViewState } from '../url-state/view-state'
import { indexDataset, namesAnyAgency, statusOf, type DatasetIndex } from './dataset-index'
import { isPlanWording } from './format'
import { matchesTerms, queryTerms } from './search'

export type FilterState = Pick<ViewState, 'plans' | 'dims' | 'instr' | 'prov' | 'status' | 'q'> & {
  agency?: ViewState['agency']
  /**
   * The provisions the search engine matched for `q` (src/lib/search-engine.ts), once it has
   * loaded. Without it, `q` is matched by folded substrings (src/lib/search.ts), which finds a
   * subset of what the engine finds, so a link with `q` never shows a provision the engine would not.
   */
  hits?: ReadonlySet<string>
  /** Charts only (`secondary=1`): a provision also counts under its secondary dimensions. */
  secondary?: boolean
}

/** Whether a provision matches the search: the engine's hits when known, else the plain matcher. */
export function matchesSearch(index: DatasetIndex, p: Provision, f: Pick<FilterState, 'q' | 'hits'>, terms: readonly string[]): boolean {
  if (!f.q) return true
  if (f.hits) return f.hits.has(p.id)
  return terms.length === 0 || matchesTerms(index.haystacks.get(p.id) ?? '', terms)
}

/** Every filter except dimensions: the plan, instrument, provenance, status and search filters. */
export function passesNonDimensionFilters(index: DatasetIndex, p: Provision, f: FilterState, terms: readonly string[]): boolean {
  if (!f.plans.includes(p.planId)) return false
  if (!p.instruments.some((i) => f.instr.includes(i))) return false
  if (f.prov === 'verbatim' && !isPlanWording(p)) return false
  if (!f.status.includes(statusOf(index, p.id))) return false
  if (f.agency?.length && !namesAnyAgency(index, p, f.agency)) return false
  return matchesSearch(index, p, f, terms)
}

/** Provisions that pass every filter; a provision belongs to the dimension it is primarily coded to. */
export function filterProvisions(d: Dataset, f: FilterState): Provision[] {
  const index = indexDataset(d)
  const terms = queryTerms(f.q)
  return d.provisions.filter((p) => f.dims.includes(p.primary) && passesNonDimensionFilters(index, p, f, terms))
}

export interface MatrixCell {
  plan: Plan
  /** Provisions primarily coded to the row's dimension. */
  provisions: Provision[]
  /** Provisions that touch the dimension as a secondary code. */
  secondary: Provision[]
}

export interface MatrixRow {
  dimension: Dimension
  comparison: Comparison | undefined
  cells: MatrixCell[]
}

export interface CompareMatrix {
  plans: Plan[]
  rows: MatrixRow[]
  /** Provisions shown as primary across the matrix. */
  shown: number
  total: number
}

/**
 * A cell leads with what matters: the provisions the dimension's comparison cites, in the
 * comparison's order, then the rest in document order.
 */
export function citedFirst(provisions: Provision[], cited: readonly string[]): Provision[] {
  const rank = (p: Provision) => {
    const i = cited.indexOf(p.id)
    return i === -1 ? cited.length : i
  }
  // Array.prototype.sort is stable, so the uncited keep their document order.
  return provisions.slice().sort((a, b) => rank(a) - rank(b))
}

export function selectCompareMatrix(d: Dataset, f: FilterState): CompareMatrix {
  const index = indexDataset(d)
  const terms = queryTerms(f.q)
  const plans = d.plans.filter((p) => f.plans.includes(p.id))
  const passing = d.provisions.filter((p) => passesNonDimensionFilters(index, p, f, terms))
  const dims = [...d.dimensions].sort((a, b) => a.order - b.order).filter((x) => f.dims.includes(x.id))
  const rows = dims.map((dimension) => ({
    dimension,
    comparison: index.comparisons.get(dimension.id),
    cells: plans.map((plan) => {
      const cited = index.comparisons.get(dimension.id)?.provisionIds ?? []
      return {
        plan,
        provisions: citedFirst(
          passing.filter((p) => p.planId === plan.id && p.primary === dimension.id),
          cited,
        ),
        secondary: citedFirst(
          passing.filter((p) => p.planId === plan.id && p.primary !== dimension.id && p.secondary.includes(dimension.id)),
          cited,
        ),
      }
    }),
  }))
  const shown = rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.provisions.length, 0), 0)
  return { plans, rows, shown, total: d.provisions.length }
}

/** Memoises a selector on its last (dataset, filters) call; filters compare by value, search hits by identity. */
export function memoizeLast<R>(fn: (d: Dataset, f: FilterState) => R): (d: Dataset, f: FilterState) => R {
  let lastD: Dataset | undefined
  let lastKey = ''
  let lastHits: FilterState['hits']
  let last: R | undefined
  return (d, f) => {
    const key = JSON.stringify([f.plans, f.dims, f.instr, f.prov, f.status, f.agency ?? [], f.q, f.secondary ?? false])
    if (d !== lastD || key !== lastKey || f.hits !== lastHits || last === undefined) {
      last = fn(d, f)
      lastD = d
      lastKey = key
      lastHits = f.hits
    }
    return last
  }
}

/** Provisions of the other plan(s) on the same primary dimension, comparison picks first. */
export function relatedProvisions(d: Dataset, p: Provision): Provision[] {
  const index = indexDataset(d)
  const picked = index.comparisons.get(p.primary)?.provisionIds ?? []
  const others = d.provisions.filter((o) => o.planId !== p.planId && o.primary === p.primary)
  return others.sort((a, b) => Number(picked.includes(b.id)) - Number(picked.includes(a.id)))
}

export const dimensionOrder = (d: Dataset): DimensionId[] => [...d.dimensions].sort((a, b) => a.order - b.order).map((x) => x.id)

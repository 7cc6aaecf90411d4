/** Emphasis by dimension: each plan's share of provisions per primary dimension. */
import type { Dataset } from '../../data/dataset-schema'
import type { Dimension, PlanId } from '../../data/schema'
import { formatPercent } from '../chart-config'
import { partialCoverage, type PlanCoverage } from '../coverage'
import { indexDataset } from '../dataset-index'
import { queryTerms } from '../search'
import { passesNonDimensionFilters, type FilterState } from '../selectors'
import {
  byDesc,
  defineChart,
  dimensionCounting,
  planCounts,
  list,
  partialCaveats,
  pct,
  planLabel,
  provisionSourceLine,
  selectedPlans,
  sortedDimensions,
  type ChartTable,
  type PlanCell,
  type TableColumn,
} from './types'
import { chartTitles } from './titles'

export interface EmphasisData {
  plans: PlanId[]
  /** Each plan's provisions after every filter except dimensions: the share's denominator. */
  totals: Record<PlanId, number>
  rows: { dimension: Dimension; cells: PlanCell[] }[]
  /** Selected plans read only in part: their shares are shares of what could be read. */
  partial: PlanCoverage[]
}

/**
 * Share of each plan's provisions per primary dimension. The denominator is the plan's provisions
 * after every filter except the dimension filter, so picking dimensions picks rows without
 * changing the shares (a plan's emphasis on chips stays its emphasis on chips). With `secondary`, a
 * provision counts under each of its dimensions, so a plan's shares add up to more than 100.
 */
export function selectEmphasis(d: Dataset, f: FilterState): EmphasisData {
  const index = indexDataset(d)
  const terms = queryTerms(f.q)
  const plans = selectedPlans(d, f)
  const passing = d.provisions.filter((p) => passesNonDimensionFilters(index, p, f, terms))
  const totals = { us: 0, cn: 0 } as Record<PlanId, number>
  const counts = new Map<string, number>()
  for (const p of passing) {
    totals[p.planId] += 1
    for (const dim of f.secondary ? [p.primary, ...p.secondary] : [p.primary]) {
      counts.set(`${p.planId}:${dim}`, (counts.get(`${p.planId}:${dim}`) ?? 0) + 1)
    }
  }
  const rows = sortedDimensions(d)
    .filter((x) => f.dims.includes(x.id))
    .map((dimension) => ({
      dimension,
      cells: plans.map((planId) => {
        const count = counts.get(`${planId}:${dimension.id}`) ?? 0
        return { planId, count, share: pct(count, totals[planId]) }
      }),
    }))
  return { plans, totals, rows, partial: partialCoverage(d, plans) }
}

const title = chartTitles.emphasis

function table(c: EmphasisData): ChartTable {
  const denominators = c.plans.map((p) => `${planLabel(p)} ${c.totals[p]}`).join(', ')
  return {
    caption: `${title}. Share of each plan’s provisions by primary dimension; denominators after filters: ${denominators || 'none'}.`,
    columns: [
      { key: 'dimension', header: 'Dimension', kind: 'text' },
      ...c.plans.flatMap((p): TableColumn[] => [
        { key: `${p}-share`, header: `${planLabel(p)}: share of provisions (%)`, kind: 'percent', planId: p },
        { key: `${p}-count`, header: `${planLabel(p)}: provisions (count)`, kind: 'count', planId: p },
      ]),
    ],
    rows: c.rows.map((r) => ({
      dimension: r.dimension.label,
      ...Object.fromEntries(
        r.cells.flatMap((x) => [
          [`${x.planId}-share`, x.share ?? 'n/a'],
          [`${x.planId}-count`, x.count],
        ]),
      ),
    })),
  }
}

function summary(c: EmphasisData): string {
  if (c.plans.length === 0 || c.rows.length === 0) return 'No plan or dimension is selected.'
  const parts = c.plans.map((planId, i) => {
    const total = c.totals[planId]
    if (total === 0) return `${planLabel(planId)}: no provision matches the filters.`
    const cells = c.rows.map((r) => ({ dim: r.dimension.label, cell: r.cells[i] ?? { count: 0, share: null } }))
    const top = byDesc(cells, (x) => x.cell.count)[0]
    const silent = cells.filter((x) => x.cell.count === 0).map((x) => x.dim)
    const lead =
      top && top.cell.count > 0
        ? `the largest share on ${top.dim} (${formatPercent(top.cell.share)}, ${top.cell.count} of ${total})`
        : `none on the selected dimensions (of ${total})`
    return `${planLabel(planId)}: ${lead}${silent.length && silent.length < cells.length ? `; none on ${list(silent)}` : ''}.`
  })
  if (c.plans.length === 2) {
    // A gap needs a share on both sides: a plan with no provision (0/0) has no share to compare.
    const gaps = c.rows.flatMap((r) => {
      const a = r.cells[0]?.share ?? null
      const b = r.cells[1]?.share ?? null
      return a === null || b === null ? [] : [{ dim: r.dimension.label, a, b }]
    })
    const widest = byDesc(gaps, (g) => Math.abs(g.a - g.b))[0]
    if (widest && widest.a !== widest.b) {
      parts.push(
        `The widest gap is on ${widest.dim}: ${planLabel(c.plans[0] as PlanId)} ${formatPercent(widest.a)} against ${planLabel(c.plans[1] as PlanId)} ${formatPercent(widest.b)}.`,
      )
    }
  }
  return parts.join(' ')
}

export const emphasisChart = defineChart({
  id: 'emphasis',
  title,
  subtitle: 'Share of each plan’s provisions whose primary dimension is each one (%). Shares, because the plans differ in granularity.',
  file: 'emphasis',
  select: selectEmphasis,
  isEmpty: (c) => c.rows.every((r) => r.cells.every((x) => x.count === 0)),
  emptyMessage: () => 'No provision matches these filters.',
  table: (_d, c) => table(c),
  summary,
  source: provisionSourceLine,
  coverageCaveats: (c, variant) => partialCaveats(c.partial, variant),
  countLine: (c, f) =>
    `${planCounts(c.plans.map((planId) => ({ planId, n: c.totals[planId] })))} · ${dimensionCounting(f)}${f.secondary ? ': a provision counts under each of its dimensions, so shares add up to more than 100%' : ''}.`,
})

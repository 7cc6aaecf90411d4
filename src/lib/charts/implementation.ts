/** Implementation of the US plan: US provisions by implementation status, per pillar. */
import type { Dataset } from '../../data/dataset-schema'
import type { Provision, Section, Status } from '../../data/schema'
import { indexDataset, statusOf } from '../dataset-index'
import { plural, statusLabels } from '../format'
import type { FilterState } from '../selectors'
import { chartProvisions, defineChart, dimensionCounting, planCounts, list, sourceLine, type ChartTable, type TableColumn } from './types'
import { chartTitles } from './titles'

export interface ImplementationData {
  /** False when the US plan is filtered out: implementation is tracked for US provisions. */
  included: boolean
  statuses: Status[]
  pillars: { pillar: Section; counts: { status: Status; count: number }[]; total: number }[]
  total: number
}

/** Filtered US provisions by implementation status, per pillar (a section's parent `us-1..3`). */
export function selectImplementation(d: Dataset, f: FilterState): ImplementationData {
  const index = indexDataset(d)
  const us = d.plans.find((p) => p.id === 'us')
  const included = f.plans.includes('us')
  const statuses = f.status.slice()
  const provisions = included ? chartProvisions(d, f).filter((p) => p.planId === 'us') : []
  const pillarOf = (p: Provision) => {
    const s = index.sections.get(p.sectionId)
    return s?.kind === 'pillar' ? s.id : s?.parentId
  }
  const pillars = (us?.sections ?? [])
    .filter((s) => s.kind === 'pillar')
    .map((pillar) => {
      const own = provisions.filter((p) => pillarOf(p) === pillar.id)
      return {
        pillar,
        counts: statuses.map((status) => ({ status, count: own.filter((p) => statusOf(index, p.id) === status).length })),
        total: own.length,
      }
    })
  return { included, statuses, pillars, total: provisions.length }
}

const title = chartTitles.implementation

/** The one thing the chart, its summary and its slide say when there is nothing to draw. */
const emptyMessage = (c: ImplementationData) =>
  c.included ? 'No US provision matches the filters.' : 'Implementation is tracked for the US plan, which the plan filter hides.'

function table(c: ImplementationData): ChartTable {
  return {
    caption: `${title}. ${c.total} US provisions by implementation status and pillar.`,
    columns: [
      { key: 'pillar', header: 'Pillar', kind: 'text' },
      ...c.statuses.map((s): TableColumn => ({ key: s, header: `${statusLabels[s]} (count)`, kind: 'count' })),
      { key: 'total', header: 'Total (count)', kind: 'count' },
    ],
    rows: c.pillars.map((p) => ({
      pillar: `${p.pillar.label}: ${p.pillar.heading ?? ''}`.replace(/: $/, ''),
      ...Object.fromEntries(p.counts.map((x) => [x.status, x.count])),
      total: p.total,
    })),
  }
}

function summary(c: ImplementationData): string {
  if (c.total === 0) return emptyMessage(c)
  const totals = c.statuses.map((s) => ({
    s,
    n: c.pillars.reduce((sum, p) => sum + (p.counts.find((x) => x.status === s)?.count ?? 0), 0),
  }))
  const parts = totals.map(({ s, n }) => `${n} ${s === 'no-evidence' ? 'with no implementing act found' : statusLabels[s].toLowerCase()}`)
  const pillars = c.pillars.map((p) => {
    const acted = p.counts.filter((x) => x.status !== 'no-evidence').reduce((n, x) => n + x.count, 0)
    return `${p.pillar.label} ${acted} of ${p.total}`
  })
  return `Of ${plural(c.total, 'US provision')} shown: ${list(parts)}. With an implementing act or a later reversal, by pillar: ${list(pillars)}.`
}

export const implementationChart = defineChart({
  id: 'implementation',
  title,
  subtitle: 'US provisions by implementation status, per pillar (number of provisions). Status comes from dated evidence only.',
  file: 'implementation',
  filters: 'US provisions only; follows every other filter.',
  select: selectImplementation,
  isEmpty: (c) => c.total === 0,
  emptyMessage,
  table: (_d, c) => table(c),
  summary,
  source: sourceLine('status coded from dated implementing acts (executive orders, programs, publications).'),
  countLine: (c, f) => `${planCounts(c.included ? [{ planId: 'us', n: c.total }] : [])} · ${dimensionCounting(f)}.`,
})

/** Orientation profile: each plan's provisions by scope, framing and lead. */
import type { Dataset } from '../../data/dataset-schema'
import type { PlanId, Provision } from '../../data/schema'
import { framings, leads, scopes } from '../../data/vocabulary'
import { formatPercent } from '../chart-config'
import { partialCoverage, type PlanCoverage } from '../coverage'
import { orientationLabels, plural } from '../format'
import type { FilterState } from '../selectors'
import {
  byDesc,
  chartProvisions,
  defineChart,
  dimensionCounting,
  planCounts,
  list,
  partialCaveats,
  pct,
  planLabel,
  provisionSourceLine,
  selectedPlans,
  type ChartTable,
  type PlanCell,
  type TableColumn,
} from './types'
import { chartTitles } from './titles'

export type OrientationGroup = 'scope' | 'framing' | 'lead'
export const orientationGroupLabels: Record<OrientationGroup, string> = { scope: 'Scope', framing: 'Framing', lead: 'Lead' }
export const orientationAxes: { group: OrientationGroup; code: string; label: string }[] = [
  ...scopes.map((code) => ({ group: 'scope' as const, code, label: orientationLabels[code] })),
  ...framings.map((code) => ({ group: 'framing' as const, code, label: orientationLabels[code] })),
  ...leads.map((code) => ({ group: 'lead' as const, code, label: orientationLabels[code] })),
]

export interface OrientationData {
  plans: { planId: PlanId; total: number }[]
  rows: { group: OrientationGroup; code: string; label: string; cells: PlanCell[] }[]
  partial: PlanCoverage[]
}

/** Share of each plan's filtered provisions with each orientation code; each group sums to 100. */
export function selectOrientation(d: Dataset, f: FilterState): OrientationData {
  const provisions = chartProvisions(d, f)
  const byPlan = new Map<PlanId, Provision[]>(selectedPlans(d, f).map((id) => [id, provisions.filter((p) => p.planId === id)]))
  return {
    plans: [...byPlan].map(([planId, own]) => ({ planId, total: own.length })),
    rows: orientationAxes.map(({ group, code, label }) => ({
      group,
      code,
      label,
      cells: [...byPlan].map(([planId, own]) => {
        const count = own.filter((p) => p.orientation[group] === code).length
        return { planId, count, share: pct(count, own.length) }
      }),
    })),
    partial: partialCoverage(d, [...byPlan.keys()]),
  }
}

export interface OrientationSegment {
  code: string
  label: string
  count: number
  /** % of the plan's provisions; every segment of a facet adds up to 100. */
  share: number
  /** "Not stated" is drawn as its own neutral segment, never dropped and never read as a code. */
  notStated: boolean
}

export interface OrientationFacet {
  group: OrientationGroup
  label: string
  /** The facet's codes, in order (for the legend). */
  codes: { code: string; label: string; notStated: boolean }[]
  /** One 100% bar per plan with provisions; a plan with none has no bar (no data, not 0%). */
  bars: { planId: PlanId; total: number; segments: OrientationSegment[] }[]
  /** Plans with no provision under the filters: named, never drawn as an empty bar. */
  noData: PlanId[]
}

/** Below this share (%) a segment is too short to carry even its value: it is listed beside the bar instead. */
export const SHORT_SEGMENT_SHARE = 15

/** The profile as three facets (scope, framing, lead), one 100% bar per plan in each, zero-count codes left out of the bars. */
export function orientationFacets(c: OrientationData): OrientationFacet[] {
  return (['scope', 'framing', 'lead'] as const).map((group) => {
    const rows = c.rows.filter((r) => r.group === group)
    return {
      group,
      label: orientationGroupLabels[group],
      codes: rows.map((r) => ({ code: r.code, label: r.label, notStated: r.code === 'not-stated' })),
      bars: c.plans.flatMap((p, i) =>
        p.total === 0
          ? []
          : [
              {
                planId: p.planId,
                total: p.total,
                segments: rows.flatMap((r) => {
                  const cell = r.cells[i]
                  return cell && cell.count > 0 && cell.share !== null
                    ? [{ code: r.code, label: r.label, count: cell.count, share: cell.share, notStated: r.code === 'not-stated' }]
                    : []
                }),
              },
            ],
      ),
      noData: c.plans.filter((p) => p.total === 0).map((p) => p.planId),
    }
  })
}

/** The segments of a bar shorter than `below` (%), whose names are listed beside it. */
export const shortSegments = (segments: readonly OrientationSegment[], below = SHORT_SEGMENT_SHARE) =>
  segments.filter((x) => x.share < below)

const title = chartTitles.orientation

function table(c: OrientationData): ChartTable {
  return {
    caption: `${title}. ${c.plans.map((p) => `${planLabel(p.planId)}: ${p.total} provisions`).join('; ')}.`,
    columns: [
      { key: 'code', header: 'Orientation', kind: 'text' },
      { key: 'group', header: 'Group', kind: 'text' },
      ...c.plans.flatMap(({ planId: p }): TableColumn[] => [
        { key: `${p}-share`, header: `${planLabel(p)}: share of provisions (%)`, kind: 'percent', planId: p },
        { key: `${p}-count`, header: `${planLabel(p)}: provisions (count)`, kind: 'count', planId: p },
      ]),
    ],
    rows: c.rows.map((r) => ({
      code: r.label,
      group: orientationGroupLabels[r.group],
      ...Object.fromEntries(
        r.cells.flatMap((x) => [
          [`${x.planId}-share`, x.share ?? 'n/a'],
          [`${x.planId}-count`, x.count],
        ]),
      ),
    })),
  }
}

function summary(c: OrientationData): string {
  if (c.plans.length === 0) return 'No plan is selected.'
  return c.plans
    .map((p, i) => {
      if (p.total === 0) return `${planLabel(p.planId)}: no provision matches the filters.`
      const dominant = (['scope', 'framing', 'lead'] as const).map((group) => {
        const top = byDesc(
          c.rows.filter((r) => r.group === group),
          (r) => r.cells[i]?.share ?? 0,
        )[0]
        return top ? `${top.label.toLowerCase()} (${formatPercent(top.cells[i]?.share)})` : ''
      })
      return `${planLabel(p.planId)} (${plural(p.total, 'provision')}): mostly ${list(dominant)}.`
    })
    .join(' ')
}

export const orientationChart = defineChart({
  id: 'orientation',
  title,
  subtitle: 'Share of each plan’s provisions by scope, framing and lead (%; each of the three groups adds up to 100).',
  file: 'orientation',
  select: selectOrientation,
  isEmpty: (c) => c.plans.every((p) => p.total === 0),
  emptyMessage: () => 'No provision matches these filters.',
  table: (_d, c) => table(c),
  summary,
  source: provisionSourceLine,
  coverageCaveats: (c, variant) => partialCaveats(c.partial, variant),
  codeCaveats: (c) =>
    c.plans.flatMap((p, i) => {
      const row = c.rows.find((r) => r.group === 'lead' && r.code === 'not-stated')
      const n = row?.cells[i]?.count ?? 0
      return n > 0
        ? [`${planLabel(p.planId)}: ${n} of ${plural(p.total, 'provision')} name no actor; shown as “Actor not stated”, not as a lead.`]
        : []
    }),
  countLine: (c, f) => `${planCounts(c.plans.map((p) => ({ planId: p.planId, n: p.total })))} · ${dimensionCounting(f)}.`,
})

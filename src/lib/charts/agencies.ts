/** Who must act: the agencies and actors the filtered provisions name, by role. */
import type { Dataset } from '../../data/dataset-schema'
import type { Agency, PlanId, Provision, Section, Status } from '../../data/schema'
import { actorRoles } from '../../data/vocabulary'
import { actorRoleLabels } from '../actors'
import { indexDataset, statusOf } from '../dataset-index'
import { plural, statusLabels } from '../format'
import type { FilterState } from '../selectors'
import {
  chartProvisions,
  defineChart,
  dimensionCounting,
  planCounts,
  list,
  planLabel,
  selectedPlans,
  sourceLine,
  type ChartTable,
  type TableColumn,
} from './types'
import { chartTitles } from './titles'

export type ActorRoleId = (typeof actorRoles)[number]

export interface AgencyRow {
  agency: Agency
  /** Provisions naming the agency, by the strongest role each gives it (lead > support > partner > addressee). */
  roles: Record<ActorRoleId, number>
  total: number
  /** By pillar (US) or point (China): section ids of the plan's top level, in document order. */
  parts: { part: Section; count: number }[]
  statuses: Record<Status, number>
  provisionIds: string[]
}

export interface AgenciesData {
  rows: AgencyRow[]
  /** Filtered provisions per plan, and how many of them name no actor. */
  plans: { planId: PlanId; provisions: number; notStated: number; inferredOnly: number }[]
}

/**
 * For each agency, the filtered provisions that name it, by role, part of the plan and status.
 * Named actors only (docs/coding-method.md § Actors): an inferred actor is never counted.
 */
export function selectAgencies(d: Dataset, f: FilterState): AgenciesData {
  const index = indexDataset(d)
  const provisions = chartProvisions(d, f)
  const topOf = (p: Provision) => {
    let s = index.sections.get(p.sectionId)
    while (s?.parentId) s = index.sections.get(s.parentId)
    return s
  }
  const rows = new Map<string, AgencyRow>()
  for (const p of provisions) {
    if (!Array.isArray(p.actors)) continue
    const strongest = new Map<string, ActorRoleId>()
    for (const a of p.actors) {
      const prev = strongest.get(a.agencyId)
      if (!prev || actorRoles.indexOf(a.role) < actorRoles.indexOf(prev)) strongest.set(a.agencyId, a.role)
    }
    for (const [agencyId, role] of strongest) {
      const agency = index.agencies.get(agencyId)
      if (!agency) continue
      const row =
        rows.get(agencyId) ??
        ({
          agency,
          roles: { lead: 0, support: 0, partner: 0, addressee: 0 },
          total: 0,
          parts: [],
          statuses: { 'no-evidence': 0, 'in-progress': 0, delivered: 0, contradicted: 0 },
          provisionIds: [],
        } satisfies AgencyRow)
      row.roles[role] += 1
      row.total += 1
      row.statuses[statusOf(index, p.id)] += 1
      row.provisionIds.push(p.id)
      const part = topOf(p)
      if (part) {
        const cell = row.parts.find((x) => x.part.id === part.id)
        if (cell) cell.count += 1
        else row.parts.push({ part, count: 1 })
      }
      rows.set(agencyId, row)
    }
  }
  const order = new Map(d.plans.flatMap((plan) => plan.sections.map((s, i) => [s.id, i] as const)))
  for (const row of rows.values()) row.parts.sort((a, b) => (order.get(a.part.id) ?? 0) - (order.get(b.part.id) ?? 0))
  return {
    rows: [...rows.values()].sort((a, b) => b.total - a.total || b.roles.lead - a.roles.lead || a.agency.name.localeCompare(b.agency.name)),
    plans: selectedPlans(d, f).map((planId) => {
      const own = provisions.filter((p) => p.planId === planId)
      return {
        planId,
        provisions: own.length,
        notStated: own.filter((p) => p.actors === 'not-stated').length,
        inferredOnly: own.filter((p) => p.actors === 'not-stated' && p.inferredActors.length > 0).length,
      }
    }),
  }
}

const title = chartTitles.agencies
const empty = 'No provision that matches the filters names an agency.'

function table(c: AgenciesData): ChartTable {
  const partHeaders = [...new Map(c.rows.flatMap((r) => r.parts.map((p) => [p.part.id, p.part] as const))).values()]
  return {
    caption: `${title}. ${c.rows.length} agencies and actors named by ${c.plans
      .map((p) => `${p.provisions - p.notStated} of ${p.provisions} ${planLabel(p.planId)} provisions`)
      .join(' and ')}; named actors only.`,
    columns: [
      { key: 'agency', header: 'Agency or actor', kind: 'text' },
      { key: 'plan', header: 'Plan', kind: 'text' },
      ...actorRoles.map((r): TableColumn => ({ key: r, header: `${actorRoleLabels[r]} (provisions)`, kind: 'count' })),
      { key: 'total', header: 'Named in (provisions)', kind: 'count' },
      ...partHeaders.map((p): TableColumn => ({ key: `part-${p.id}`, header: `${p.label} (provisions)`, kind: 'count' })),
      { key: 'in-progress', header: `${statusLabels['in-progress']} (provisions)`, kind: 'count' },
      { key: 'delivered', header: `${statusLabels.delivered} (provisions)`, kind: 'count' },
      { key: 'provisions', header: 'Provisions', kind: 'provisions' },
    ],
    rows: c.rows.map((r) => ({
      agency: r.agency.shortName === r.agency.name ? r.agency.name : `${r.agency.name} (${r.agency.shortName})`,
      plan: planLabel(r.agency.planId),
      ...r.roles,
      total: r.total,
      ...Object.fromEntries(partHeaders.map((p) => [`part-${p.id}`, r.parts.find((x) => x.part.id === p.id)?.count ?? 0])),
      'in-progress': r.statuses['in-progress'],
      delivered: r.statuses.delivered,
      provisions: r.provisionIds.join(' '),
    })),
  }
}

function summary(c: AgenciesData): string {
  if (c.rows.length === 0) return empty
  const top = c.rows.slice(0, 3).map((r) => `${r.agency.shortName} (${plural(r.total, 'provision')}, lead in ${r.roles.lead})`)
  const silent = c.plans
    .filter((p) => p.notStated > 0)
    .map((p) => `${p.notStated} of ${p.provisions} ${planLabel(p.planId)} provisions name no actor`)
  return `Most named: ${list(top)}.${silent.length ? ` ${list(silent)}.` : ''}`
}

export const agenciesChart = defineChart({
  id: 'agencies',
  title,
  subtitle:
    'Provisions that name each agency or actor, by the role the provision gives it (number of provisions; the 15 most named). Named actors only; inferred ones are not counted.',
  file: 'who-must-act',
  filters: 'Follows every filter; the Agencies filter narrows it to provisions naming the checked agencies.',
  select: selectAgencies,
  isEmpty: (c) => c.rows.length === 0,
  emptyMessage: () => empty,
  table: (_d, c) => table(c),
  summary,
  source: sourceLine('actors coded from each provision’s own words.'),
  codeCaveats: (c) =>
    c.plans
      .filter((p) => p.notStated > 0)
      .map(
        (p) =>
          `${planLabel(p.planId)}: ${p.notStated} of ${plural(p.provisions, 'provision')} name no actor (“not stated”) and are not shown${p.inferredOnly ? `; for ${p.inferredOnly} of them an actor is inferred, shown on the provision, never counted here` : ''}.`,
      ),
  countLine: (c, f) => `${planCounts(c.plans.map((p) => ({ planId: p.planId, n: p.provisions })))} · ${dimensionCounting(f)}.`,
})

/**
 * The Charts view's counting (docs/architecture.md § Charts): pure selectors shared by each chart, its table twin, its
 * text summary and its CSV, so they cannot disagree. Shares are percentages (0–100), unrounded.
 */
import { orientationLabels } from './format'
import type { Dataset } from '../data/dataset-schema'
import type { Agency, Dimension, Event, Indicator, Instrument, PlanId, Provision, Relation, Section, Status } from '../data/schema'
import { actorRoles, framings, leads, relations, scopes } from '../data/vocabulary'
import type { ChartId } from '../url-state/view-state'
import { partialCoverage, type PlanCoverage } from './coverage'
import { indexDataset, statusOf } from './dataset-index'
import { countByLane, filterEvents, timelineRange, visibleLanes, type Lane, type LaneCount, type TimeRange } from './event-selectors'
import { queryTerms } from './search'
import { filterProvisions, memoizeLast, passesNonDimensionFilters, type FilterState } from './selectors'

export interface PlanCell {
  planId: PlanId
  count: number
  /** % of the plan's denominator; null when the denominator is 0 (no data, shown as "n/a", never as 0%). */
  share: number | null
}

/** A share in percent, or null for 0/0: missing data is drawn as no data, never as 0%. */
export const pct = (n: number, of: number): number | null => (of === 0 ? null : (n / of) * 100)
const sortedDimensions = (d: Dataset) => [...d.dimensions].sort((a, b) => a.order - b.order)
const selectedPlans = (d: Dataset, f: FilterState): PlanId[] => d.plans.map((p) => p.id).filter((id) => f.plans.includes(id))

// ── 1. Emphasis ─────────────────────────────────────────────────────────────
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
 * changing the shares (a plan's emphasis on chips stays its emphasis on chips).
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
    counts.set(`${p.planId}:${p.primary}`, (counts.get(`${p.planId}:${p.primary}`) ?? 0) + 1)
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

// ── 2. Instrument mix ───────────────────────────────────────────────────────
export interface InstrumentCell {
  instrumentId: Instrument['id']
  /** Provisions coded with the instrument. */
  count: number
  /** % of the plan's instrument codes (the 100% stacked bar); null when it has none. */
  share: number | null
  /** % of the plan's provisions that use the instrument; null when it has none. */
  provisionShare: number | null
}

export interface InstrumentMixData {
  instruments: Instrument[]
  plans: {
    planId: PlanId
    provisions: number
    codes: number
    cells: InstrumentCell[]
    /** Provisions whose wording names no tool: shown apart, never counted as an instrument. */
    notStated: number
  }[]
  partial: PlanCoverage[]
}

/**
 * Each plan's instrument codes among the filtered provisions; only the selected instruments count.
 * "Tool not stated" is not an instrument: those provisions are counted apart (notStated) and left
 * out of every share (docs/coding-method.md § Unknown is not a code).
 */
export function selectInstrumentMix(d: Dataset, f: FilterState): InstrumentMixData {
  const provisions = filterProvisions(d, f)
  const instruments = d.instruments.filter((i) => f.instr.includes(i.id) && i.id !== 'not-stated')
  const plans = selectedPlans(d, f).map((planId) => {
    const own = provisions.filter((p) => p.planId === planId)
    const notStated = own.filter((p) => p.instruments.includes('not-stated')).length
    const counts = instruments.map((i) => own.filter((p) => p.instruments.includes(i.id)).length)
    const codes = counts.reduce((a, b) => a + b, 0)
    return {
      planId,
      provisions: own.length,
      notStated,
      codes,
      cells: instruments.map((i, k) => ({
        instrumentId: i.id,
        count: counts[k] ?? 0,
        share: pct(counts[k] ?? 0, codes),
        provisionShare: pct(counts[k] ?? 0, own.length),
      })),
    }
  })
  return { instruments, plans, partial: partialCoverage(d, selectedPlans(d, f)) }
}

// ── 3. Orientation profile ──────────────────────────────────────────────────
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
  const provisions = filterProvisions(d, f)
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

// ── 4. Convergence ──────────────────────────────────────────────────────────
export interface ConvergenceData {
  rows: { relation: Relation; dimensions: Dimension[] }[]
  /** Selected dimensions that have no comparison yet. */
  uncompared: Dimension[]
  total: number
}

/** Selected dimensions grouped by the relation of the two plans on them (every relation listed, even at 0). */
export function selectConvergence(d: Dataset, f: FilterState): ConvergenceData {
  const index = indexDataset(d)
  const dims = sortedDimensions(d).filter((x) => f.dims.includes(x.id))
  const rows = relations.map((relation) => ({
    relation,
    dimensions: dims.filter((x) => index.comparisons.get(x.id)?.relation === relation),
  }))
  const uncompared = dims.filter((x) => !index.comparisons.has(x.id))
  return { rows, uncompared, total: dims.length - uncompared.length }
}

// ── 5. Context indicators ───────────────────────────────────────────────────
export interface IndicatorPanel {
  indicator: Indicator
  /** 'list' where the observations cannot share one axis (comparable: false). */
  display: 'bars' | 'list'
  /** Indicators it must never share an axis with, among those shown. */
  incomparableWith: Indicator[]
}

export interface IndicatorsData {
  groups: { dimension: Dimension; panels: IndicatorPanel[] }[]
  count: number
  observations: number
}

/** Indicators of the selected dimensions, each in its own panel (its own axis). */
export function selectIndicators(d: Dataset, f: FilterState): IndicatorsData {
  const shown = d.indicators.filter((i) => f.dims.includes(i.dimensionId))
  const byId = new Map(shown.map((i) => [i.id, i]))
  const groups = sortedDimensions(d)
    .map((dimension) => ({
      dimension,
      panels: shown
        .filter((i) => i.dimensionId === dimension.id)
        .map((indicator): IndicatorPanel => ({
          indicator,
          display: indicator.comparable ? 'bars' : 'list',
          incomparableWith: indicator.incomparableWith.map((id) => byId.get(id)).filter((i) => i !== undefined),
        })),
    }))
    .filter((g) => g.panels.length > 0)
  return { groups, count: shown.length, observations: shown.reduce((n, i) => n + i.observations.length, 0) }
}

/** The same indicators, keeping only the panels named (a presentation slide shows a few at a time). */
export function pickIndicatorPanels(data: IndicatorsData, ids: readonly string[]): IndicatorsData {
  const keep = new Set(ids)
  const groups = data.groups
    .map((g) => ({ ...g, panels: g.panels.filter((panel) => keep.has(panel.indicator.id)) }))
    .filter((g) => g.panels.length > 0)
  const panels = groups.flatMap((g) => g.panels)
  return { groups, count: panels.length, observations: panels.reduce((n, panel) => n + panel.indicator.observations.length, 0) }
}

// ── 6. Timeline ─────────────────────────────────────────────────────────────
export interface TimelineData {
  range: TimeRange
  lanes: Lane[]
  events: Event[]
  counts: LaneCount[]
}

export function selectTimeline(d: Dataset, f: FilterState): TimelineData {
  const events = filterEvents(d, f)
  const lanes = visibleLanes(f)
  return { range: timelineRange(d), lanes, events, counts: countByLane(events).filter((c) => lanes.includes(c.lane)) }
}

// ── 7. Implementation ───────────────────────────────────────────────────────
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
  const provisions = included ? filterProvisions(d, f).filter((p) => p.planId === 'us') : []
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

// ── 8. Who must act ─────────────────────────────────────────────────────────
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
  const provisions = filterProvisions(d, f)
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

// ── All charts ──────────────────────────────────────────────────────────────
export type ChartData =
  | { id: 'emphasis'; data: EmphasisData }
  | { id: 'instruments'; data: InstrumentMixData }
  | { id: 'orientation'; data: OrientationData }
  | { id: 'convergence'; data: ConvergenceData }
  | { id: 'indicators'; data: IndicatorsData }
  | { id: 'timeline'; data: TimelineData }
  | { id: 'implementation'; data: ImplementationData }
  | { id: 'agencies'; data: AgenciesData }

const memo = {
  emphasis: memoizeLast(selectEmphasis),
  instruments: memoizeLast(selectInstrumentMix),
  orientation: memoizeLast(selectOrientation),
  convergence: memoizeLast(selectConvergence),
  indicators: memoizeLast(selectIndicators),
  timeline: memoizeLast(selectTimeline),
  implementation: memoizeLast(selectImplementation),
  agencies: memoizeLast(selectAgencies),
}

/** The rows behind one chart (memoised per chart on the last dataset and filters). */
export function selectChartData(d: Dataset, f: FilterState, id: ChartId): ChartData {
  switch (id) {
    case 'emphasis':
      return { id, data: memo.emphasis(d, f) }
    case 'instruments':
      return { id, data: memo.instruments(d, f) }
    case 'orientation':
      return { id, data: memo.orientation(d, f) }
    case 'convergence':
      return { id, data: memo.convergence(d, f) }
    case 'indicators':
      return { id, data: memo.indicators(d, f) }
    case 'timeline':
      return { id, data: memo.timeline(d, f) }
    case 'implementation':
      return { id, data: memo.implementation(d, f) }
    case 'agencies':
      return { id, data: memo.agencies(d, f) }
    default:
      return id satisfies never
  }
}

/** True when a chart has nothing to draw under the current filters. */
export function isChartEmpty(c: ChartData): boolean {
  switch (c.id) {
    case 'emphasis':
      return c.data.rows.every((r) => r.cells.every((x) => x.count === 0))
    case 'instruments':
      return c.data.plans.every((p) => p.codes === 0)
    case 'orientation':
      return c.data.plans.every((p) => p.total === 0)
    case 'convergence':
      return c.data.total === 0
    case 'indicators':
      return c.data.count === 0
    case 'timeline':
      return c.data.events.length === 0
    case 'implementation':
      return c.data.total === 0
    case 'agencies':
      return c.data.rows.length === 0
    default:
      return c satisfies never
  }
}

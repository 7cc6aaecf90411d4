/**
 * Events on a time axis: which events a filter shows, where each sits in time, and how markers
 * that would overlap are stacked. Shared by the Timeline view and the Timeline chart.
 */
import type { Dataset } from '../data/dataset-schema'
import type { DimensionId, Event, PlanId } from '../data/schema'
import type { ViewState } from '../url-state/view-state'
import { indexDataset, namesAnyAgency } from './dataset-index'

export type Lane = Event['lane']
export const lanes: readonly Lane[] = ['us', 'cn', 'intl']
export type EventFilter = Pick<ViewState, 'plans' | 'dims'> & { agency?: ViewState['agency'] }

export const linkKindLabels = { implements: 'Implements', contradicts: 'Points the other way', context: 'Context' } as const

/**
 * An event shows if any of its dimensions is selected and its lane is a selected plan; the
 * international lane always shows (it concerns both plans). With agencies picked, only events
 * linked to a provision that names one of them show ("what has happened since" for that agency).
 * Sorted by date, then lane order.
 */
export function filterEvents(d: Dataset, f: EventFilter): Event[] {
  const index = f.agency?.length ? indexDataset(d) : undefined
  const agencies = f.agency ?? []
  const namesPicked = (e: Event) =>
    !index ||
    e.links.some((l) => {
      const p = index.provisions.get(l.provisionId)
      return !!p && namesAnyAgency(index, p, agencies)
    })
  return d.events
    .filter(
      (e) => e.dimensions.some((x) => f.dims.includes(x)) && (e.lane === 'intl' || f.plans.includes(e.lane as PlanId)) && namesPicked(e),
    )
    .sort((a, b) => eventTime(a.date) - eventTime(b.date) || lanes.indexOf(a.lane) - lanes.indexOf(b.lane) || a.id.localeCompare(b.id))
}

/** Lanes shown for a plan selection: the selected plans' lanes, then international. */
export function visibleLanes(f: Pick<EventFilter, 'plans'>): Lane[] {
  return lanes.filter((l) => l === 'intl' || f.plans.includes(l as PlanId))
}

/**
 * A date's position in time (ms since epoch, UTC). Reduced-precision dates sit in the middle of
 * their period: "2025-02" at 15 February, "2025" at 2 July.
 */
export function eventTime(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined]
  if (m === undefined) return Date.UTC(y, 6, 2)
  if (d === undefined) return Date.UTC(y, m - 1, 15)
  return Date.UTC(y, m - 1, d)
}

export interface TimeRange {
  start: number
  end: number
}

/** The axis: 1 January 2025 (the earliest events) to the data's as-of date. */
export function timelineRange(d: Dataset): TimeRange {
  const first = d.events.reduce((min, e) => Math.min(min, eventTime(e.date)), Date.UTC(2025, 0, 1))
  const start = new Date(first)
  return { start: Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1), end: eventTime(d.meta.asOf) }
}

/** 0 at the start of the range, 1 at its end. */
export function timeFraction(t: number, r: TimeRange): number {
  return r.end === r.start ? 0 : Math.min(1, Math.max(0, (t - r.start) / (r.end - r.start)))
}

/** First-of-month ticks every `step` months within the range, as ISO months ("2025-01"). */
export function monthTicks(r: TimeRange, step = 3): string[] {
  const ticks: string[] = []
  const s = new Date(r.start)
  for (let y = s.getUTCFullYear(), m = s.getUTCMonth(); Date.UTC(y, m, 1) <= r.end; m += step) {
    while (m > 11) {
      m -= 12
      y += 1
    }
    if (Date.UTC(y, m, 1) >= r.start) ticks.push(`${y}-${String(m + 1).padStart(2, '0')}`)
  }
  return ticks
}

/**
 * Stacks markers within each lane so that no two closer than `minGap` (a fraction of the axis)
 * share a row: greedy, in date order, lowest free row first. Returns event id → row (0-based).
 */
export function stackRows(events: readonly Event[], r: TimeRange, minGap: number): Map<string, number> {
  const rows = new Map<string, number>()
  for (const lane of lanes) {
    const lastInRow: number[] = []
    for (const e of events.filter((x) => x.lane === lane)) {
      const x = timeFraction(eventTime(e.date), r)
      let row = lastInRow.findIndex((last) => x - last >= minGap)
      if (row === -1) row = lastInRow.length
      lastInRow[row] = x
      rows.set(e.id, row)
    }
  }
  return rows
}

/** Number of rows each lane needs after stacking. */
export function laneDepths(events: readonly Event[], rows: ReadonlyMap<string, number>): Record<Lane, number> {
  const depth: Record<Lane, number> = { us: 0, cn: 0, intl: 0 }
  for (const e of events) depth[e.lane] = Math.max(depth[e.lane], (rows.get(e.id) ?? 0) + 1)
  return depth
}

export interface LaneCount {
  lane: Lane
  events: number
  /** Events whose evidence is secondary or unverified. */
  notVerified: number
}

export function countByLane(events: readonly Event[]): LaneCount[] {
  return lanes.map((lane) => {
    const inLane = events.filter((e) => e.lane === lane)
    return { lane, events: inLane.length, notVerified: inLane.filter((e) => e.verification !== 'verified').length }
  })
}

/** Dimensions in the dataset's order (for labelling an event's dimensions). */
export function eventDimensions(d: Dataset, e: Event): DimensionId[] {
  const order = new Map(d.dimensions.map((x) => [x.id, x.order]))
  return [...e.dimensions].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
}

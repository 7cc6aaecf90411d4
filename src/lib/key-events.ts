/**
 * The key events the Timeline labels directly on its lanes and in its PNG (after Datawrapper's and
 * Our World in Data's annotations): a handful, so a reader sees the landmarks without hovering.
 * Chosen by a rule from the data, not a dataset field (docs/data-contract.md keeps events lean):
 *
 * 1. Each plan's release: the event in the plan's lane, on the plan's `releaseDate`, that cites the
 *    plan's first source (its official text) — found in the data, whatever its id.
 * 2. A short list of the turning points the two plans are read against (below), by id. The list
 *    names only events; a test fails when one of them is no longer in the data.
 */
import type { Dataset } from '../data/dataset-schema'
import type { Event, PlanId } from '../data/schema'
import { eventTime, timeFraction, type Lane, type TimeRange } from './event-selectors'

/**
 * The turning points, with the short label drawn beside each marker (the marker's button and the
 * event list carry the full title): the model that set off the chips debate, the rule the US plan
 * replaced, China's headline institutional proposal, and the two H200 decisions that reversed the
 * export-control line.
 */
export const KEY_EVENT_LABELS: Readonly<Record<string, string>> = {
  'deepseek-r1-release': 'DeepSeek R1',
  'ai-diffusion-rule-rescinded': 'Diffusion rule rescinded',
  'waico-proposed': 'WAICO proposed',
  'h200-sales-allowed': 'H200 sales allowed',
  'bis-h200-licensing-rule': 'BIS H200 rule',
}

export interface KeyEvent {
  event: Event
  label: string
}

/** The plan whose release an event is, if any (rule 1 above). */
export function releasedPlan(d: Dataset, e: Event): PlanId | null {
  const plan = d.plans.find((p) => p.id === e.lane && p.releaseDate === e.date && p.sourceIds[0] !== undefined)
  return plan && e.sourceIds.includes(plan.sourceIds[0] as string) ? plan.id : null
}

/** The key events among `events` (those shown), in their order, each with its label. */
export function keyEvents(d: Dataset, events: readonly Event[]): KeyEvent[] {
  return events.flatMap((event): KeyEvent[] => {
    const plan = releasedPlan(d, event)
    if (plan) {
      const name = plan === 'us' ? 'US' : 'China'
      return [{ event, label: `${name} plan released` }]
    }
    const label = KEY_EVENT_LABELS[event.id]
    return label ? [{ event, label }] : []
  })
}

export interface PlacedLabel extends KeyEvent {
  /** Where the marker sits, 0–1 along the axis. */
  x: number
  /** The label's row within its lane, 0 nearest the markers. */
  row: number
  /** `start`: the text begins at the marker; `end`: it ends there (near the axis's right edge). */
  anchor: 'start' | 'end'
}

/**
 * Places labels so that none overlaps another: within each lane, in time order, each label takes the
 * lowest row whose last label ends (with `gap` px to spare) before it begins. Widths are estimated
 * from the text (`charWidth` px per character); labels near the right edge end at their marker.
 */
export function placeLabels(items: readonly KeyEvent[], range: TimeRange, trackWidth: number, charWidth: number, gap = 8): PlacedLabel[] {
  const placed: PlacedLabel[] = []
  const rowEnds = new Map<Lane, number[]>()
  const sorted = [...items].sort((a, b) => eventTime(a.event.date) - eventTime(b.event.date))
  for (const item of sorted) {
    const x = timeFraction(eventTime(item.event.date), range)
    const width = item.label.length * charWidth
    const px = x * trackWidth
    const anchor = px + width > trackWidth ? 'end' : 'start'
    const left = anchor === 'start' ? px : px - width
    const ends = rowEnds.get(item.event.lane) ?? []
    let row = ends.findIndex((end) => left >= end + gap)
    if (row === -1) row = ends.length
    ends[row] = left + width
    rowEnds.set(item.event.lane, ends)
    placed.push({ ...item, x, row, anchor })
  }
  return placed
}

/** Label rows each lane needs. */
export function labelRows(placed: readonly PlacedLabel[]): Record<Lane, number> {
  const rows: Record<Lane, number> = { us: 0, cn: 0, intl: 0 }
  for (const p of placed) rows[p.event.lane] = Math.max(rows[p.event.lane], p.row + 1)
  return rows
}

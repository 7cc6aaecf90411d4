/** Timeline of events: dated events around the plans, by lane. */
import type { Dataset } from '../../data/dataset-schema'
import type { Event } from '../../data/schema'
import { laneSeries } from '../chart-config'
import { indexDataset } from '../dataset-index'
import {
  countByLane,
  eventDimensions,
  filterEvents,
  timelineRange,
  visibleLanes,
  type Lane,
  type LaneCount,
  type TimeRange,
} from '../event-selectors'
import { formatDate, plural, verificationLabels } from '../format'
import type { FilterState } from '../selectors'
import { defineChart, list, sourceLine, type ChartTable } from './types'
import { chartTitles } from './titles'

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

const title = chartTitles.timeline
const empty = 'No event matches the selected plans, dimensions and agencies.'

function table(d: Dataset, c: TimelineData): ChartTable {
  const index = indexDataset(d)
  return {
    caption: `${title}. ${c.events.length} events in ${c.lanes.length} lanes.`,
    columns: [
      { key: 'date', header: 'Date', kind: 'date' },
      { key: 'lane', header: 'Lane', kind: 'text' },
      { key: 'event', header: 'Event', kind: 'text' },
      { key: 'dimensions', header: 'Dimensions', kind: 'text' },
      { key: 'verification', header: 'Verification', kind: 'text' },
      { key: 'links', header: 'Linked provisions (count)', kind: 'count' },
    ],
    rows: c.events.map((e) => ({
      date: e.date,
      lane: laneSeries[e.lane].label,
      event: e.title,
      dimensions: eventDimensions(d, e)
        .map((x) => index.dimensions.get(x)?.shortLabel ?? x)
        .join('; '),
      verification: verificationLabels[e.verification],
      links: e.links.length,
    })),
  }
}

function summary(c: TimelineData): string {
  if (c.events.length === 0) return empty
  const first = c.events[0]
  const last = c.events.at(-1)
  const lanes = c.counts.map((x) => `${x.events} ${x.lane === 'intl' ? 'international' : `in the ${laneSeries[x.lane].label} lane`}`)
  const notVerified = c.counts.reduce((n, x) => n + x.notVerified, 0)
  return `${plural(c.events.length, 'event')} from ${formatDate(first?.date ?? '')} to ${formatDate(last?.date ?? '')}: ${list(lanes)}.${notVerified ? ` ${notVerified} rest on secondary or unverified reports and are marked.` : ''}`
}

export const timelineChart = defineChart({
  id: 'timeline',
  title,
  subtitle: 'Dated events around the plans from January 2025 to the as-of date, by lane (US, China, international).',
  file: 'timeline',
  filters: 'Follows the plan and dimension filters; international events always show.',
  select: selectTimeline,
  isEmpty: (c) => c.events.length === 0,
  emptyMessage: () => empty,
  table,
  summary,
  source: sourceLine('events from the official and news sources cited for each (see the Sources view).'),
  countLine: (c) => `${c.counts.map((x) => `${laneSeries[x.lane].shortLabel} n=${x.events}`).join(' · ') || 'No lane selected'} events.`,
})

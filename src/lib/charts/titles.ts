/**
 * Each chart's title, on its own so that code in the first view (citations, brief item names) can
 * name a chart without loading the chart definitions; each definition in this folder takes its title
 * from here, so there is still one place per title.
 */
import type { ChartId } from '../../url-state/view-state'

export const chartTitles = {
  agencies: 'Who must act',
  convergence: 'Convergence',
  emphasis: 'Emphasis by dimension',
  implementation: 'Implementation of the US plan',
  indicators: 'Context indicators',
  instruments: 'Instrument mix',
  orientation: 'Orientation profile',
  timeline: 'Timeline of events',
} as const satisfies Record<ChartId, string>

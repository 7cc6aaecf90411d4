/**
 * The headline of a chart slide: the finding, in the words of the chart's own text summary
 * (its definition in src/lib/charts/), so the slide, the table twin and the screen-reader text agree.
 */
import type { Dataset } from '../../data/dataset-schema'
import { pickIndicatorPanels, selectChartData, type ChartData } from '../../lib/chart-selectors'
import { chartSummary } from '../../lib/charts/registry'
import type { FilterState } from '../../lib/selectors'
import type { ChartId } from '../../url-state/view-state'

/** Longest headline before a second sentence is left to the figure (characters). */
export const HEADLINE_CHARS = 300

/** Sentences of a summary (a full stop inside a number, "12.5%", does not end one). */
export function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z“"(])/u)
    .filter((s) => s.length > 0)
}

/**
 * The finding: a comparison's widest gap when the summary states one, else its opening sentences
 * while they stay short (at least the first).
 */
export function findingOf(summary: string, max = HEADLINE_CHARS): string {
  const all = sentences(summary)
  const gap = all.find((s) => s.startsWith('The widest gap'))
  if (gap) return gap
  const picked: string[] = []
  for (const s of all) {
    if (picked.length > 0 && [...picked, s].join(' ').length > max) break
    picked.push(s)
  }
  return picked.join(' ')
}

export function chartHeadline(d: Dataset, state: FilterState, chartId: ChartId, indicatorIds?: readonly string[]): string {
  const full = selectChartData(d, state, chartId)
  const chart: ChartData = full.id === 'indicators' && indicatorIds ? { ...full, data: pickIndicatorPanels(full.data, indicatorIds) } : full
  return findingOf(chartSummary(chart))
}

/**
 * The chart registry (docs/architecture.md § How to add a chart): one definition per chart id, and
 * the functions every consumer calls — the card, its table twin, summary, caveats, CSV, exports and
 * slides — so no code outside a definition branches on a chart id.
 */
import type { Dataset } from '../../data/dataset-schema'
import type { ChartId } from '../../url-state/view-state'
import { memoizeLast, type FilterState } from '../selectors'
import { agenciesChart } from './agencies'
import { convergenceChart } from './convergence'
import { emphasisChart } from './emphasis'
import { implementationChart } from './implementation'
import { indicatorsChart } from './indicators'
import { instrumentsChart } from './instruments'
import { orientationChart } from './orientation'
import { timelineChart } from './timeline'
import type { CaveatVariant, ChartDefinition, ChartTable } from './types'

const definitions = {
  emphasis: emphasisChart,
  instruments: instrumentsChart,
  orientation: orientationChart,
  convergence: convergenceChart,
  indicators: indicatorsChart,
  timeline: timelineChart,
  implementation: implementationChart,
  agencies: agenciesChart,
} satisfies Record<ChartId, unknown>

/** The rows each chart's selector returns. A chart id without a definition fails to compile here. */
export type ChartDataMap = { [K in ChartId]: ReturnType<(typeof definitions)[K]['select']> }

/** Every chart, by id; each entry is checked against its own id and data type. */
export const chartRegistry: { readonly [K in ChartId]: ChartDefinition<K, ChartDataMap[K]> } = definitions

/** One chart's rows, tagged with its id (a union over every chart when K is left open). */
export type ChartData<K extends ChartId = ChartId> = { [P in K]: { id: P; data: ChartDataMap[P] } }[K]

/** The metadata of every chart (title, subtitle, file stem, filters line). */
export const chartMeta: { readonly [K in ChartId]: Pick<ChartDefinition<K, unknown>, 'title' | 'subtitle' | 'file' | 'filters'> } =
  chartRegistry

const definition = <K extends ChartId>(id: K): ChartDefinition<K, ChartDataMap[K]> => chartRegistry[id]

type Memo = { [K in ChartId]: (d: Dataset, f: FilterState) => ChartDataMap[K] }
const memo = Object.fromEntries(
  Object.values(chartRegistry).map((c) => [c.id, memoizeLast((d: Dataset, f: FilterState) => c.select(d, f))]),
) as Memo

/** The rows behind one chart (memoised per chart on the last dataset and filters). */
export function selectChartData<K extends ChartId>(d: Dataset, f: FilterState, id: K): ChartData<K> {
  const select: Memo[K] = memo[id]
  return { id, data: select(d, f) } as ChartData<K>
}

/** True when a chart has nothing to draw under the current filters. */
export function isChartEmpty<K extends ChartId>(c: ChartData<K>): boolean {
  return definition<K>(c.id).isEmpty(c.data)
}

/** What the chart says instead of drawing, when `isChartEmpty`. */
export function chartEmptyMessage<K extends ChartId>(c: ChartData<K>): string {
  return definition<K>(c.id).emptyMessage(c.data)
}

export function chartTable<K extends ChartId>(d: Dataset, c: ChartData<K>): ChartTable {
  return definition<K>(c.id).table(d, c.data)
}

export function chartSummary<K extends ChartId>(c: ChartData<K>): string {
  return definition<K>(c.id).summary(c.data)
}

/** The provenance line printed under every chart and in every export. */
export function chartSourceLine(d: Dataset, id: ChartId, variant: CaveatVariant = 'full'): string {
  return chartRegistry[id].source(d, variant)
}

/**
 * On every chart that compares shares: a plan read only in part is compared on what could be read,
 * so its share is not its whole plan's emphasis and a missing bar is not its silence.
 */
export function coverageCaveats<K extends ChartId>(c: ChartData<K>, variant: CaveatVariant = 'full'): string[] {
  return definition<K>(c.id).coverageCaveats?.(c.data, variant) ?? []
}

/**
 * Caveats printed under a chart, in its exports and on its slide: above all, codes that say "not
 * stated" are shown as such and never read as a finding.
 */
export function chartCaveats<K extends ChartId>(c: ChartData<K>, variant: CaveatVariant = 'full'): string[] {
  return [...coverageCaveats(c, variant), ...(definition<K>(c.id).codeCaveats?.(c.data) ?? [])]
}

/** The chart's count line ("US n=102 · China n=21 provisions · primary dimension only."), or '' where it counts no plan's sample. */
export function chartCountLine<K extends ChartId>(c: ChartData<K>, f: FilterState): string {
  return definition<K>(c.id).countLine?.(c.data, f) ?? ''
}

import { chartState } from '../brief/items'
import type { Dataset } from '../data/dataset-schema'
import { ExportFrame } from '../features/charts/export-frame'
import type { BriefChartSpec } from '../features/brief/brief-deck'
import { pickIndicatorPanels, selectChartData } from '../lib/chart-selectors'
import { chartCountLine } from '../lib/charts/registry'
import { shareUrl } from '../url-state/url'

/** A chart of the brief drawn in the charts feature's export frame, with the filters it was added with (loaded on demand). */
export function BriefExportFrame({
  dataset,
  spec,
  onReady,
}: {
  dataset: Dataset
  spec: BriefChartSpec
  onReady: (node: HTMLElement) => void
}) {
  const state = chartState(spec.filters)
  const full = selectChartData(dataset, state, spec.chartId)
  const chart = full.id === 'indicators' && spec.indicatorIds ? { ...full, data: pickIndicatorPanels(full.data, spec.indicatorIds) } : full
  const url = shareUrl({ ...state, view: 'charts', chart: spec.chartId }, window.location.origin, import.meta.env.BASE_URL)
  return <ExportFrame dataset={dataset} chart={chart} url={url} countLine={chartCountLine(chart, state)} onReady={onReady} />
}

import { useId } from 'react'
import type { Dataset } from '../../data/dataset-schema'
import { asOfLine, chartMeta, chartSourceLine } from '../../lib/chart-config'
import { selectChartData } from '../../lib/chart-selectors'
import { chartSummary } from '../../lib/chart-summaries'
import type { ChartId, ViewState } from '../../url-state/view-state'
import { ChartBody } from './chart-body'
import './charts.css'

/** One chart, large, for a presentation slide: title, subtitle, chart, source and as-of date; no controls. */
export function ChartSlide({ dataset, chartId, state }: { dataset: Dataset; chartId: ChartId; state: ViewState }) {
  const titleId = useId()
  const chart = selectChartData(dataset, state, chartId)
  const meta = chartMeta[chartId]
  return (
    <figure className={`chart-slide chart-slide--${chartId}`} aria-labelledby={titleId} data-chart={chartId}>
      <h2 id={titleId} className="chart-slide__title">
        {meta.title}
      </h2>
      <p className="chart-slide__subtitle">{meta.subtitle}</p>
      <p className="visually-hidden">{chartSummary(chart)}</p>
      <div className="chart-slide__body">
        <ChartBody chart={chart} dataset={dataset} size="slide" />
      </div>
      <figcaption className="chart-slide__source">
        {chartSourceLine(dataset, chartId)} <time dateTime={dataset.meta.asOf}>{asOfLine(dataset)}</time>.
      </figcaption>
    </figure>
  )
}

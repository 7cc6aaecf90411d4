import { useCallback, useId, useState } from 'react'
import type { Dataset } from '../../data/dataset-schema'
import { asOfLine } from '../../lib/chart-config'
import { chartCountLine, chartMeta, chartSourceLine, chartSummary } from '../../lib/charts/registry'
import { pickIndicatorPanels, selectChartData, type ChartData } from '../../lib/chart-selectors'
import { ChartCaveats } from './chart-caveats'
import type { ChartId, ViewState } from '../../url-state/view-state'
import { ChartBody } from './chart-body'
import { ChartScaleContext } from './chart-scale'
import './charts.css'

/** The body size (px) the slide chart scale is drawn for: the deck's type at 1920×1080. */
const DESIGN_BODY = 32

/**
 * The figure's type size relative to DESIGN_BODY, kept up to date as the deck resizes. The
 * computed font size ignores the fit guardrail's zoom, so zooming never feeds back into it.
 */
function useBodyScale(): [(node: HTMLElement | null) => void, number] {
  const [scale, setScale] = useState(1)
  const ref = useCallback((node: HTMLElement | null) => {
    if (!node || typeof ResizeObserver === 'undefined') return
    const read = () => {
      const body = parseFloat(getComputedStyle(node).fontSize)
      if (body > 0) setScale(Math.round((body / DESIGN_BODY) * 100) / 100)
    }
    read()
    const observer = new ResizeObserver(read)
    observer.observe(node)
    return () => observer.disconnect()
  }, [])
  return [ref, scale]
}

/** One chart, large, for a presentation slide: title, subtitle, chart, source and as-of date; no controls. */
export function ChartSlide({
  dataset,
  chartId,
  state,
  indicatorIds,
}: {
  dataset: Dataset
  chartId: ChartId
  state: ViewState
  /** Context indicators span several slides; this one shows these panels. */
  indicatorIds?: readonly string[]
}) {
  const titleId = useId()
  const [ref, scale] = useBodyScale()
  const full = selectChartData(dataset, state, chartId)
  const chart: ChartData = full.id === 'indicators' && indicatorIds ? { ...full, data: pickIndicatorPanels(full.data, indicatorIds) } : full
  const meta = chartMeta[chartId]
  const countLine = chartCountLine(full, state)
  return (
    <figure ref={ref} className={`chart-slide chart-slide--${chartId}`} aria-labelledby={titleId} data-chart={chartId}>
      <h2 id={titleId} className="chart-slide__title">
        {meta.title}
      </h2>
      {/* One paragraph, so the count line shares the subtitle's last line on a projector slide. */}
      <p className="chart-slide__subtitle">
        {meta.subtitle} {countLine && <span className="chart-slide__count">{countLine}</span>}
      </p>
      <p className="visually-hidden">{chartSummary(chart)}</p>
      <div className="chart-slide__body">
        <ChartScaleContext value={scale}>
          <ChartBody chart={chart} dataset={dataset} size="slide" />
        </ChartScaleContext>
      </div>
      <figcaption className="chart-slide__source">
        <ChartCaveats chart={chart} className="chart-slide__caveats" variant="slide" />
        {chartSourceLine(dataset, chartId, 'slide')} <time dateTime={dataset.meta.asOf}>{asOfLine(dataset)}</time>.
      </figcaption>
    </figure>
  )
}

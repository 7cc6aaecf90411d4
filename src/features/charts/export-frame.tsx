import { ChartCaveats } from './chart-caveats'
import { useEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import type { Dataset } from '../../data/dataset-schema'
import { asOfLine } from '../../lib/chart-config'
import { chartMeta, chartSourceLine } from '../../lib/charts/registry'
import type { ChartData } from '../../lib/chart-selectors'
import { ChartBody } from './chart-body'
import { waitForCharts } from './capture'

/**
 * What an exported image shows: title, subtitle, the chart at a fixed 1200 px width, the source
 * line, the as-of date and the view's URL. Drawn off-screen, inert and hidden from assistive
 * technology, only while an export runs.
 */
export function ExportFrame({
  dataset,
  chart,
  url,
  countLine,
  onReady,
}: {
  dataset: Dataset
  chart: ChartData
  url: string
  countLine: string
  onReady: (node: HTMLElement) => void
}) {
  const ref = useRef<HTMLDivElement>(null)
  const ready = useRef(onReady)
  useEffect(() => {
    let cancelled = false
    const node = ref.current
    if (!node) return
    void waitForCharts(node).then(() => {
      if (!cancelled) ready.current(node)
    })
    return () => {
      cancelled = true
    }
  }, [])
  const meta = chartMeta[chart.id]
  return createPortal(
    <div className="export-host" aria-hidden="true" inert>
      <div className="export-frame" ref={ref} data-export-frame={chart.id}>
        <p className="export-frame__brand">Parallax · US and China AI action plans</p>
        <h2 className="export-frame__title">{meta.title}</h2>
        <p className="export-frame__subtitle">{meta.subtitle}</p>
        {countLine && <p className="export-frame__count">{countLine}</p>}
        <div className="export-frame__chart">
          <ChartBody chart={chart} dataset={dataset} size="export" />
        </div>
        <ChartCaveats chart={chart} className="export-frame__caveats" />
        <div className="export-frame__footer">
          <p>{chartSourceLine(dataset, chart.id)}</p>
          <p>
            {asOfLine(dataset)} · {url}
          </p>
        </div>
      </div>
    </div>,
    document.body,
  )
}

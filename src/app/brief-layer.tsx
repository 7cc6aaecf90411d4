import { lazy, Suspense, useCallback, type ReactNode } from 'react'
import { chartState } from '../brief/items'
import { hasBriefParam } from '../brief/link-param'
import { useBriefStore } from '../brief/store'
import type { Dataset } from '../data/dataset-schema'
import type { BriefChartSpec } from '../features/brief/brief-deck'

// The brief panel, its drag and drop and its exports load on demand (docs/architecture.md § Code loaded on demand).
const BriefPanel = lazy(() => import('../features/brief/brief-panel').then((m) => ({ default: m.BriefPanel })))
const BriefExportFrame = lazy(() => import('./brief-frames').then((m) => ({ default: m.BriefExportFrame })))
const ChartSlide = lazy(() => import('../features/charts/chart-slide').then((m) => ({ default: m.ChartSlide })))

/** The brief panel, composed with the charts feature's export frames (features never import each other). */
export function BriefLayer({ dataset }: { dataset: Dataset }) {
  const open = useBriefStore((s) => s.open)
  const renderExportFrame = useCallback(
    (spec: BriefChartSpec, onReady: (node: HTMLElement) => void): ReactNode => (
      <Suspense fallback={null}>
        <BriefExportFrame dataset={dataset} spec={spec} onReady={onReady} />
      </Suspense>
    ),
    [dataset],
  )
  if (!open && !hasBriefParam()) return null
  return (
    <Suspense fallback={null}>
      <BriefPanel dataset={dataset} renderExportFrame={renderExportFrame} />
    </Suspense>
  )
}

/** A chart of the brief on a slide, with the filters it was added with. */
export function useBriefChart(dataset: Dataset) {
  return useCallback(
    (spec: BriefChartSpec): ReactNode => (
      <Suspense fallback={<p className="chart-loading">Loading the chart…</p>}>
        <ChartSlide dataset={dataset} chartId={spec.chartId} state={chartState(spec.filters)} indicatorIds={spec.indicatorIds} />
      </Suspense>
    ),
    [dataset],
  )
}

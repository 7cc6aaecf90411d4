import { lazy, Suspense, type ReactNode } from 'react'
import { useFilterState } from '../components/search'
import type { Dataset } from '../data/dataset-schema'
import { useBriefStore } from '../brief/store'
import { useUrlStore } from '../url-state/store'
import type { ChartId } from '../url-state/view-state'
import { useBriefChart } from './brief-layer'
import './presentation-layer.css'

// Presentation and chart code load on demand (docs/architecture.md § Code loaded on demand), when a briefer presses Present or opens a deck link.
const Presentation = lazy(() => import('../features/present/presentation').then((m) => ({ default: m.Presentation })))
const ChartSlide = lazy(() => import('../features/charts/chart-slide').then((m) => ({ default: m.ChartSlide })))
const BriefDeckProvider = lazy(() => import('../features/brief/brief-deck').then((m) => ({ default: m.BriefDeckProvider })))

function exitBrief() {
  useBriefStore.getState().setPresenting(false)
  useUrlStore.getState().update({ present: false })
  // Back to the panel the brief was presented from.
  useBriefStore.getState().setOpen(true)
}

/** Composes the presentation with the charts feature's slide charts (features never import each other). */
export function PresentationLayer({ dataset, notice }: { dataset: Dataset; notice: ReactNode }) {
  const { state } = useFilterState(dataset)
  const briefing = useBriefStore((s) => s.presenting)
  const renderBriefChart = useBriefChart(dataset)
  const renderChart = (chartId: ChartId, indicatorIds?: readonly string[]): ReactNode => (
    <Suspense fallback={<p className="chart-loading">Loading the chart…</p>}>
      <ChartSlide dataset={dataset} chartId={chartId} state={state} indicatorIds={indicatorIds} />
    </Suspense>
  )
  return (
    <Suspense
      fallback={
        <div className="deck-loading" role="status">
          Loading the presentation…
        </div>
      }
    >
      {briefing ? (
        // The open brief as the deck (src/features/brief/brief-deck.tsx), with the same keys, notes and print rules.
        <BriefDeckProvider dataset={dataset} renderChart={renderBriefChart}>
          {(deck) => <Presentation dataset={dataset} renderChart={renderChart} notice={notice} deck={deck} onExit={exitBrief} />}
        </BriefDeckProvider>
      ) : (
        <Presentation dataset={dataset} renderChart={renderChart} notice={notice} />
      )}
    </Suspense>
  )
}

import { useEffect, useRef } from 'react'
import { useFilterState } from '../../components/search'
import type { Dataset } from '../../data/dataset-schema'
import { plural } from '../../lib/format'
import { filterProvisions, memoizeLast } from '../../lib/selectors'
import { useUrlStore } from '../../url-state/store'
import { chartIds, type ChartId } from '../../url-state/view-state'
import { ChartCard } from './chart-card'
import './charts.css'

const selectShown = memoizeLast((d, f) => filterProvisions(d, f).length)

/** Moves focus to the focused chart's title, and back to the chart's card on "Show all charts". */
function useFocusManagement(chart: ChartId | null) {
  const previous = useRef<ChartId | null>(chart)
  useEffect(() => {
    const before = previous.current
    previous.current = chart
    if (chart === before) return
    if (chart) {
      window.scrollTo({ top: 0 })
      document.querySelector<HTMLElement>(`[data-chart="${chart}"] h2`)?.focus()
    } else if (before) {
      const card = document.querySelector<HTMLElement>(`[data-chart="${before}"]`)
      if (typeof card?.scrollIntoView === 'function') card.scrollIntoView({ block: 'start' })
      card?.querySelector<HTMLElement>('h2')?.focus()
    }
  }, [chart])
}

/** The Charts view (docs/architecture.md § Charts): seven charts on the current filters, or one focused by `chart=`. */
export function ChartsView({ dataset }: { dataset: Dataset }) {
  const { state } = useFilterState(dataset)
  const update = useUrlStore((s) => s.update)
  const resetFilters = useUrlStore((s) => s.resetFilters)
  const shown = selectShown(dataset, state)
  useFocusManagement(state.chart)

  return (
    <section className="charts-view" id="results" tabIndex={-1} aria-labelledby="charts-title">
      <div className="view-intro">
        <h1 id="charts-title">Charts</h1>
        <p className="view-count" role="status" aria-live="polite">
          Counting {plural(shown, 'provision')} of {dataset.provisions.length}
          {state.q ? ` matching “${state.q}”` : ''}. Every chart, table and download follows the filters.
        </p>
        <label className="charts-view__secondary">
          <input type="checkbox" checked={state.secondary} onChange={(e) => update({ secondary: e.currentTarget.checked })} />
          Count secondary dimensions too
        </label>
        {state.chart && (
          <button type="button" className="button charts-view__back" onClick={() => update({ chart: null, tab: 'chart' }, 'push')}>
            <span aria-hidden="true">←</span> Show all charts
          </button>
        )}
      </div>
      {shown === 0 && (
        <div className="empty-state" role="note">
          <p>No provision matches these filters, so the provision charts are empty.</p>
          <button type="button" className="button button--primary" onClick={resetFilters}>
            Reset filters
          </button>
        </div>
      )}
      {state.chart ? (
        <ChartCard key={state.chart} dataset={dataset} chartId={state.chart} state={state} focused />
      ) : (
        <div className="charts-grid">
          {chartIds.map((id) => (
            <ChartCard key={id} dataset={dataset} chartId={id} state={state} focused={false} />
          ))}
        </div>
      )}
    </section>
  )
}

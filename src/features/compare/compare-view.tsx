import { lazy, Suspense, useEffect, useMemo } from 'react'
import { HighlightProvider, useFilterState } from '../../components/search'
import type { Dataset } from '../../data/dataset-schema'
import { selectCoverage } from '../../lib/coverage'
import { indexDataset } from '../../lib/dataset-index'
import { plural } from '../../lib/format'
import { memoizeLast, selectCompareMatrix } from '../../lib/selectors'
import { useUrlStore } from '../../url-state/store'
import { CompareExports } from './compare-exports'
import { CompareMatrix } from './compare-matrix'
import { ProvisionDetail } from './provision-detail'
import './compare.css'

const selectMatrix = memoizeLast(selectCompareMatrix)
// The result line and grouped results load with the search engine, off the first view.
const SearchSummary = lazy(() => import('./search-summary').then((m) => ({ default: m.SearchSummary })))

/**
 * Brings the selected card (`sel`) into view when it is off screen — a shared link, a related
 * provision opened from the panel — where its outline marks it (`.provision--selected`).
 */
function useScrollToSelected(sel: string | null): void {
  useEffect(() => {
    if (!sel) return
    const card = document.querySelector<HTMLElement>(`.compare__main [data-provision="${sel}"]`)
    if (!card) return
    const box = card.getBoundingClientRect()
    if (box.top >= 0 && box.bottom <= window.innerHeight) return
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true
    card.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' })
  }, [sel])
}

export function CompareView({ dataset }: { dataset: Dataset }) {
  const { state, search } = useFilterState(dataset)
  const resetFilters = useUrlStore((s) => s.resetFilters)
  const index = indexDataset(dataset)
  const matrix = selectMatrix(dataset, state)
  const addressed = useMemo(() => {
    const set = new Set(dataset.provisions.map((p) => `${p.planId}:${p.primary}`))
    return (planId: string, dimensionId: string) => set.has(`${planId}:${dimensionId}`)
  }, [dataset])
  const selected = state.sel ? index.provisions.get(state.sel) : undefined
  useScrollToSelected(state.sel)

  return (
    <div className={`compare${selected ? ' compare--with-detail' : ''}`}>
      <section className="compare__main" id="results" tabIndex={-1} aria-labelledby="compare-title">
        <div className="view-intro compare__intro">
          <h1 id="compare-title">Compare the plans</h1>
          <p className="view-count compare__count" role="status" aria-live="polite">
            Showing {plural(matrix.shown, 'provision')} of {matrix.total} across {plural(matrix.rows.length, 'dimension')}
            {state.q ? ` matching “${state.q}”` : ''}.
          </p>
          {state.q && (
            <Suspense
              fallback={
                <p className="search-summary search-summary--loading" role="status">
                  Searching…
                </p>
              }
            >
              <SearchSummary dataset={dataset} matrix={matrix} state={state} search={search} />
            </Suspense>
          )}
          <CompareExports dataset={dataset} state={state} />
        </div>
        {matrix.shown === 0 && (
          <div className="empty-state compare__empty" role="note">
            <p>No provision matches these filters.</p>
            <button type="button" className="button button--primary" onClick={resetFilters}>
              Reset filters
            </button>
          </div>
        )}
        <HighlightProvider results={search.results}>
          <CompareMatrix
            matrix={matrix}
            index={index}
            addressed={addressed}
            searching={state.q !== ''}
            coverage={selectCoverage(dataset)}
          />
        </HighlightProvider>
      </section>
      {selected && (
        <HighlightProvider results={search.results}>
          <ProvisionDetail dataset={dataset} index={index} provision={selected} />
        </HighlightProvider>
      )}
    </div>
  )
}

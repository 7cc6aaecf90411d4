import type { Dataset } from '../data/dataset-schema'
import { appliedFilters, filtersOfView } from '../lib/filter-description'
import { useUrlStore } from '../url-state/store'
import './applied-filters.css'

/**
 * The applied-filter line above a view's content: what a link is filtered to, in the filter
 * panel's labels, each filter a button that removes it, and "Clear all" (docs/architecture.md §
 * Views and what they promise). Renders nothing when the view applies no filter.
 */
export function AppliedFilters({ dataset }: { dataset: Dataset }) {
  const state = useUrlStore((s) => s.state)
  const update = useUrlStore((s) => s.update)
  const resetFilters = useUrlStore((s) => s.resetFilters)
  const applied = appliedFilters(dataset, state, filtersOfView(state.view))
  if (applied.length === 0) return null
  return (
    <section className="applied-filters" aria-label="Applied filters">
      <span className="applied-filters__title">Filtered to:</span>
      <ul className="applied-filters__list">
        {applied.map((f) => (
          <li key={`${f.param}:${f.value}`}>
            <button
              type="button"
              className="applied-filters__chip"
              aria-label={`Remove filter: ${f.label}`}
              onClick={() => update(f.patch, 'replace')}
            >
              <span lang={f.param === 'q' ? undefined : 'en'}>{f.label}</span>
              <span aria-hidden="true" className="applied-filters__x">
                ✕
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--quiet applied-filters__clear" onClick={resetFilters}>
        Clear all
      </button>
    </section>
  )
}

import { Highlight, HighlightProvider, type SearchState } from '../../components/search'
import { StateLink } from '../../components/state-link'
import type { Dataset } from '../../data/dataset-schema'
import { filterEvents } from '../../lib/event-selectors'
import { formatDate, plural } from '../../lib/format'
import type { CompareMatrix } from '../../lib/selectors'
import type { ViewState } from '../../url-state/view-state'

const LISTED = 5

/**
 * The result line of a search on Compare ("7 hits in 2 dimensions · 3 events · 1 indicator"),
 * with the matching events and context indicators as grouped results linking to the Timeline and
 * to the Charts view's indicators panel. Events and indicators follow the plan and dimension filters.
 */
export function SearchSummary({
  dataset,
  matrix,
  state,
  search,
}: {
  dataset: Dataset
  matrix: CompareMatrix
  state: ViewState
  search: SearchState
}) {
  if (search.status === 'loading') {
    return (
      <p className="search-summary search-summary--loading" role="status">
        Searching…
      </p>
    )
  }
  const dims = matrix.rows.filter((r) => r.cells.some((c) => c.provisions.length > 0 || c.secondary.length > 0)).length
  const eventIds = new Set(search.results?.events ?? [])
  const events = search.results ? filterEvents(dataset, state).filter((e) => eventIds.has(e.id)) : []
  const indicatorIds = new Set(search.results?.indicators ?? [])
  const indicators = dataset.indicators.filter((i) => indicatorIds.has(i.id) && state.dims.includes(i.dimensionId))
  const parts = [`${plural(matrix.shown, 'hit')} in ${plural(dims, 'dimension')}`]
  if (search.results) parts.push(plural(events.length, 'event'), plural(indicators.length, 'indicator'))
  return (
    <div className="search-summary">
      <p className="search-summary__line" role="status" data-testid="search-result-line">
        {parts.join(' · ')}
      </p>
      <HighlightProvider results={search.results}>
        {events.length > 0 && (
          <section className="search-summary__group" aria-label="Matching events">
            <h2 className="search-summary__title">Events</h2>
            <ul>
              {events.slice(0, LISTED).map((e) => (
                <li key={e.id} data-event={e.id}>
                  <time dateTime={e.date}>{formatDate(e.date)}</time>{' '}
                  <StateLink to={{ view: 'timeline', sel: null }}>
                    <Highlight text={e.title} />
                  </StateLink>
                </li>
              ))}
            </ul>
            {events.length > LISTED && (
              <p>
                <StateLink to={{ view: 'timeline', sel: null }}>
                  and {plural(events.length - LISTED, 'more event')} on the Timeline
                </StateLink>
              </p>
            )}
          </section>
        )}
        {indicators.length > 0 && (
          <section className="search-summary__group" aria-label="Matching context indicators">
            <h2 className="search-summary__title">Context indicators</h2>
            <ul>
              {indicators.slice(0, LISTED).map((i) => (
                <li key={i.id} data-indicator={i.id}>
                  <StateLink to={{ view: 'charts', chart: 'indicators', tab: 'chart', sel: null }}>
                    <Highlight text={i.label} />
                  </StateLink>
                </li>
              ))}
            </ul>
            {indicators.length > LISTED && (
              <p>
                <StateLink to={{ view: 'charts', chart: 'indicators', tab: 'chart', sel: null }}>
                  and {plural(indicators.length - LISTED, 'more indicator')} in Charts › Context indicators
                </StateLink>
              </p>
            )}
          </section>
        )}
      </HighlightProvider>
    </div>
  )
}

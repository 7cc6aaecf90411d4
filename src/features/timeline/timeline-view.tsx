import { useCallback, useMemo, useRef } from 'react'
import type { Dataset } from '../../data/dataset-schema'
import { selectTimeline } from '../../lib/chart-selectors'
import { plural } from '../../lib/format'
import { keyEvents } from '../../lib/key-events'
import { memoizeLast } from '../../lib/selectors'
import { useUrlStore } from '../../url-state/store'
import { EventDetail } from './event-detail'
import { EventList } from './event-list'
import { TimelineFilters } from './timeline-filters'
import { TimelineLanes } from './timeline-lanes'
import './timeline.css'

const select = memoizeLast(selectTimeline)

/**
 * The Timeline view (docs/architecture.md § Timeline): events in lanes on a time axis, the same
 * events as a list, one opened in detail beside the lanes. The open event is the URL's `event`
 * parameter, so it can be linked (docs/url-contract.md § Event).
 */
export function TimelineView({ dataset }: { dataset: Dataset }) {
  const state = useUrlStore((s) => s.state)
  const update = useUrlStore((s) => s.update)
  const resetFilters = useUrlStore((s) => s.resetFilters)
  const timeline = select(dataset, state)
  const labels = useMemo(() => keyEvents(dataset, timeline.events), [dataset, timeline.events])
  // An event hidden by the filters still opens from a link; it just has no marker to return to.
  const open = state.event ? dataset.events.find((e) => e.id === state.event) : undefined
  const opener = useRef<HTMLElement | null>(null)

  const onOpen = (id: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    update({ event: id })
  }
  const onClose = useCallback(() => {
    const id = useUrlStore.getState().state.event
    update({ event: null })
    // Back to the event's marker on the lanes, else to whatever opened it, else the timeline.
    const marker = id ? document.querySelector<HTMLElement>(`.lane__event[data-event="${CSS.escape(id)}"]`) : null
    const back = marker ?? (opener.current?.isConnected ? opener.current : null) ?? document.getElementById('timeline')
    back?.focus()
  }, [update])

  const shownLanes = timeline.counts
    .map((c) => `${c.events} ${c.lane === 'intl' ? 'international' : c.lane === 'us' ? 'US' : 'China'}`)
    .join(', ')
  return (
    <div className={`timeline-view${open ? ' timeline-view--with-detail' : ''}`}>
      <div className="view-intro">
        <h1>Timeline</h1>
        <p className="view-count" role="status" aria-live="polite">
          Showing {plural(timeline.events.length, 'event')} of {dataset.events.length} ({shownLanes}), January 2025 to the data’s as-of
          date.
          {state.agency.length > 0 &&
            ` Only events linked to provisions that name ${state.agency.map((id) => dataset.agencies.find((a) => a.id === id)?.shortName ?? id).join(' or ')}.`}
        </p>
      </div>
      <TimelineFilters dataset={dataset} />
      <div className="timeline-view__body">
        {/* "Skip to timeline" lands here, past the header and the timeline's filters. */}
        <div id="timeline" className="timeline-view__lanes" tabIndex={-1}>
          {timeline.events.length === 0 ? (
            <div className="empty-state" role="note">
              <p>No event matches the selected plans, dimensions and agencies.</p>
              <button type="button" className="button button--primary" onClick={resetFilters}>
                Reset filters
              </button>
            </div>
          ) : (
            <TimelineLanes
              events={timeline.events}
              lanes={timeline.lanes}
              range={timeline.range}
              labels={labels}
              openId={open?.id ?? null}
              onOpen={onOpen}
            />
          )}
        </div>
        {open && <EventDetail dataset={dataset} event={open} onClose={onClose} />}
        <div className="timeline-view__list">
          <EventList dataset={dataset} events={timeline.events} openId={open?.id ?? null} onOpen={onOpen} />
        </div>
      </div>
    </div>
  )
}

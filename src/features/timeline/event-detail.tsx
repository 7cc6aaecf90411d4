import { useEffect, useRef, type MouseEvent } from 'react'
import { AddToBrief } from '../../components/add-to-brief'
import { PlanSwatch, VerificationBadge } from '../../components/badges'
import { CiteMenu } from '../../components/cite-menu'
import { SourceList } from '../../components/source-list'
import type { Dataset } from '../../data/dataset-schema'
import type { Event } from '../../data/schema'
import { laneSeries } from '../../lib/chart-config'
import { eventItem } from '../../lib/cite-item'
import { indexDataset } from '../../lib/dataset-index'
import { eventDimensions, linkKindLabels } from '../../lib/event-selectors'
import { formatDate } from '../../lib/format'
import { useUrlStore } from '../../url-state/store'
import { stateHref } from '../../url-state/url'
import { LaneMarker } from './lane-marker'

/** One event opened: summary, dimensions, sources, and the provisions it implements, contradicts or frames. */
export function EventDetail({ dataset, event, onClose }: { dataset: Dataset; event: Event; onClose: () => void }) {
  const index = indexDataset(dataset)
  const state = useUrlStore((s) => s.state)
  const update = useUrlStore((s) => s.update)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [event.id])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !useUrlStore.getState().state.present) onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  const open = (sel: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return
    e.preventDefault()
    update({ view: 'compare', sel, event: null })
  }

  return (
    <aside className={`event-detail event-detail--${event.lane}`} aria-labelledby="event-detail-title">
      <div className="event-detail__head">
        <p className="event-detail__lane">
          <LaneMarker lane={event.lane} size={14} />
          {laneSeries[event.lane].label}
        </p>
        <button type="button" className="button button--quiet" onClick={onClose} aria-label="Close event details">
          ✕
        </button>
      </div>
      <h2 id="event-detail-title" tabIndex={-1} ref={heading}>
        {event.title}
      </h2>
      <p className="event-detail__date">
        <time dateTime={event.date}>{formatDate(event.date)}</time> <VerificationBadge verification={event.verification} />
      </p>
      <p className="event-detail__summary">{event.summary}</p>
      <CiteMenu what={`event ${event.id}`} fileName={`parallax-event-${event.id}`} getItem={(ctx) => eventItem(dataset, event, ctx)} />
      <AddToBrief item={{ kind: 'event', id: event.id }} name={event.title} className="button" />
      <p className="event-detail__dims">
        <span className="event-detail__label">Dimensions: </span>
        {eventDimensions(dataset, event)
          .map((x) => index.dimensions.get(x)?.label ?? x)
          .join(' · ')}
      </p>
      <h3>Sources</h3>
      <SourceList ids={event.sourceIds} index={index} />
      <h3>Linked provisions</h3>
      {event.links.length === 0 ? (
        <p className="event-detail__none">No provision is linked to this event; it is context for the timeline.</p>
      ) : (
        <ul className="event-detail__links">
          {event.links.map((link) => {
            const p = index.provisions.get(link.provisionId)
            return (
              <li key={`${link.provisionId}-${link.kind}`}>
                <span className={`link-kind link-kind--${link.kind}`}>{linkKindLabels[link.kind]}</span>{' '}
                <a
                  href={stateHref({ ...state, view: 'compare', sel: link.provisionId, event: null, chart: null })}
                  onClick={open(link.provisionId)}
                >
                  {p && <PlanSwatch planId={p.planId} />}
                  {p?.title ?? link.provisionId}
                </a>{' '}
                <span className="event-detail__id">{link.provisionId}</span>
                {link.note && <p className="event-detail__note">{link.note}</p>}
              </li>
            )
          })}
        </ul>
      )}
    </aside>
  )
}

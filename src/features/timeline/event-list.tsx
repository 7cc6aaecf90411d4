import { VerificationBadge } from '../../components/badges'
import type { Dataset } from '../../data/dataset-schema'
import type { Event } from '../../data/schema'
import { laneSeries } from '../../lib/chart-config'
import { indexDataset } from '../../lib/dataset-index'
import { eventDimensions } from '../../lib/event-selectors'
import { formatDate, plural } from '../../lib/format'
import { LaneMarker } from './lane-marker'

/** The same events as an ordered list: date, lane, title (opens the details), badges and dimensions. */
export function EventList({
  dataset,
  events,
  openId,
  onOpen,
}: {
  dataset: Dataset
  events: Event[]
  openId: string | null
  onOpen: (id: string) => void
}) {
  const index = indexDataset(dataset)
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title">All events ({events.length})</h2>
      <ol>
        {events.map((e) => (
          <li key={e.id} className={`event-item event-item--${e.lane}${e.id === openId ? ' is-open' : ''}`} data-event={e.id}>
            <time className="event-item__date" dateTime={e.date}>
              {formatDate(e.date)}
            </time>
            <span className="event-item__lane">
              <LaneMarker lane={e.lane} size={12} hollow={e.verification !== 'verified'} />
              {laneSeries[e.lane].label}
            </span>
            <button
              type="button"
              className="link-button event-item__title"
              onClick={() => onOpen(e.id)}
              aria-current={e.id === openId ? 'true' : undefined}
            >
              {e.title}
            </button>
            <span className="event-item__meta">
              <VerificationBadge verification={e.verification} />
              <span>
                {eventDimensions(dataset, e)
                  .map((x) => index.dimensions.get(x)?.shortLabel ?? x)
                  .join(' · ')}
              </span>
              {e.links.length > 0 && <span>{plural(e.links.length, 'linked provision')}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}

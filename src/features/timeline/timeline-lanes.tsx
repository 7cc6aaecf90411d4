import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { Event } from '../../data/schema'
import { laneSeries } from '../../lib/chart-config'
import { eventTime, laneDepths, monthTicks, stackRows, timeFraction, type Lane, type TimeRange } from '../../lib/event-selectors'
import { formatDate, verificationLabels } from '../../lib/format'
import { labelRows, placeLabels, type KeyEvent } from '../../lib/key-events'
import { LaneMarker } from './lane-marker'

/** The track is at least 680 px wide, so 26 px between marker centres is this fraction of it. */
const MIN_GAP = 26 / 680
const ROW = 26
/** One row of key-event labels above a lane's markers (px), and the labels' width per character at 12 px, rounded up. */
const LABEL_ROW = 18
const LABEL_CHAR = 7.2
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Arrow-key target: next or previous in time, or the nearest-in-time event in the lane above or below. */
function nextIndex(events: readonly Event[], lanes: readonly Lane[], from: number, key: string): number {
  const current = events[from]
  if (!current) return from
  switch (key) {
    case 'ArrowRight':
      return Math.min(events.length - 1, from + 1)
    case 'ArrowLeft':
      return Math.max(0, from - 1)
    case 'Home':
      return 0
    case 'End':
      return events.length - 1
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowDown' ? 1 : -1
      const t = eventTime(current.date)
      for (let l = lanes.indexOf(current.lane) + step; l >= 0 && l < lanes.length; l += step) {
        const candidates = events.map((e, i) => ({ e, i })).filter(({ e }) => e.lane === lanes[l])
        if (candidates.length === 0) continue
        return candidates.reduce((best, c) => (Math.abs(eventTime(c.e.date) - t) < Math.abs(eventTime(best.e.date) - t) ? c : best)).i
      }
      return from
    }
    default:
      return from
  }
}

/**
 * Events on a time axis in lanes. One tab stop (roving focus): arrows move between events,
 * Enter or Space opens one. Each marker is a 24 px button whose name is its date, lane and title.
 */
export function TimelineLanes({
  events,
  lanes,
  range,
  labels,
  openId,
  onOpen,
}: {
  events: Event[]
  lanes: Lane[]
  range: TimeRange
  /** Key events labelled directly on the lanes (src/lib/key-events.ts). */
  labels: readonly KeyEvent[]
  openId: string | null
  onOpen: (id: string) => void
}) {
  const [activeId, setActiveId] = useState<string | null>(null)
  const [hoverId, setHoverId] = useState<string | null>(null)
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const inner = useRef<HTMLDivElement>(null)
  const [trackWidth, setTrackWidth] = useState(680)
  const rows = stackRows(events, range, MIN_GAP)
  const depth = laneDepths(events, rows)
  const placed = placeLabels(labels, range, trackWidth, LABEL_CHAR, 16)
  const bands = labelRows(placed)

  // Labels are placed for the track's real width, so they never overlap at any window size.
  useLayoutEffect(() => {
    const track = inner.current?.querySelector<HTMLElement>('.lane__track')
    if (!track || typeof ResizeObserver === 'undefined') return
    const read = () => setTrackWidth(Math.max(1, Math.round(track.clientWidth)))
    read()
    const observer = new ResizeObserver(read)
    observer.observe(track)
    return () => observer.disconnect()
  }, [])
  // A linked event (`event=`) is scrolled into view, sideways inside the lanes too.
  useEffect(() => {
    const marker = openId ? buttons.current.get(openId) : undefined
    if (marker && typeof marker.scrollIntoView === 'function') marker.scrollIntoView({ block: 'nearest', inline: 'center' })
  }, [openId])
  const active = events.find((e) => e.id === activeId) ?? events.find((e) => e.id === openId) ?? events[0]
  const preview = events.find((e) => e.id === hoverId) ?? active
  const months = monthTicks(range, 1)

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = nextIndex(events, lanes, index, e.key)
    if (next === index && !['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return
    e.preventDefault()
    const target = events[next]
    if (!target) return
    setActiveId(target.id)
    buttons.current.get(target.id)?.focus()
  }

  return (
    <div className="lanes">
      <p className="lanes__preview" aria-hidden="true">
        {preview ? (
          <>
            <strong>{formatDate(preview.date)}</strong> · {laneSeries[preview.lane].label} — {preview.title}
          </>
        ) : (
          'No events'
        )}
      </p>
      <div className="lanes__scroll">
        <div
          className="lanes__inner"
          ref={inner}
          role="group"
          aria-label="Events on a time axis. Arrow keys move between events; Enter opens one."
        >
          <div className="lanes__axis" aria-hidden="true">
            {months.map((m) => {
              const [y, mm] = m.split('-').map(Number) as [number, number]
              const quarter = (mm - 1) % 3 === 0
              return (
                <span
                  key={m}
                  className={`lanes__tick${quarter ? ' lanes__tick--major' : ''}`}
                  style={{ left: `${timeFraction(eventTime(`${m}-01`), range) * 100}%` }}
                >
                  {quarter && `${MONTHS[mm - 1]} ${y}`}
                </span>
              )
            })}
          </div>
          {lanes.map((lane) => (
            <div key={lane} className={`lane lane--${lane}`}>
              <div className="lane__label" aria-hidden="true">
                <LaneMarker lane={lane} size={14} />
                {laneSeries[lane].shortLabel}
              </div>
              <div className="lane__track" style={{ height: `${bands[lane] * LABEL_ROW + Math.max(1, depth[lane]) * ROW + 10}px` }}>
                {placed
                  .filter((p) => p.event.lane === lane)
                  .map((p) => (
                    <span
                      key={p.event.id}
                      className={`lane__annotation lane__annotation--${p.anchor}`}
                      aria-hidden="true"
                      data-label-for={p.event.id}
                      style={{
                        left: `${p.x * 100}%`,
                        top: `${(bands[lane] - 1 - p.row) * LABEL_ROW + 2}px`,
                      }}
                    >
                      {p.label}
                    </span>
                  ))}
                {events.map((e, i) =>
                  e.lane !== lane ? null : (
                    <button
                      key={e.id}
                      type="button"
                      ref={(node) => {
                        if (node) buttons.current.set(e.id, node)
                        else buttons.current.delete(e.id)
                      }}
                      className={`lane__event${e.id === openId ? ' is-open' : ''}`}
                      style={{
                        left: `calc(${timeFraction(eventTime(e.date), range) * 100}% - 12px)`,
                        top: `${bands[lane] * LABEL_ROW + (rows.get(e.id) ?? 0) * ROW + 5}px`,
                      }}
                      tabIndex={e.id === active?.id ? 0 : -1}
                      aria-current={e.id === openId ? 'true' : undefined}
                      onClick={() => {
                        setActiveId(e.id)
                        onOpen(e.id)
                      }}
                      onKeyDown={(k) => onKeyDown(k, i)}
                      onFocus={() => setActiveId(e.id)}
                      onMouseEnter={() => setHoverId(e.id)}
                      onMouseLeave={() => setHoverId(null)}
                      data-event={e.id}
                    >
                      <LaneMarker lane={lane} size={14} hollow={e.verification !== 'verified'} />
                      <span className="visually-hidden">
                        <time dateTime={e.date}>{formatDate(e.date)}</time>, {laneSeries[lane].label}: {e.title}
                        {e.verification !== 'verified' ? ` (${verificationLabels[e.verification]})` : ''}
                      </span>
                    </button>
                  ),
                )}
              </div>
            </div>
          ))}
        </div>
      </div>
      <p className="lanes__legend">
        <span>
          <LaneMarker lane="us" size={12} /> <LaneMarker lane="cn" size={12} /> <LaneMarker lane="intl" size={12} /> Filled: verified
        </span>
        <span>
          <LaneMarker lane="us" size={12} hollow /> <LaneMarker lane="cn" size={12} hollow /> <LaneMarker lane="intl" size={12} hollow />{' '}
          Hollow: secondary source or unverified
        </span>
      </p>
    </div>
  )
}

import { describe, expect, it } from 'vitest'
import { dimensionIds, planIds } from '../data/schema'
import { loadDataset } from '../data/index'
import { eventTime, filterEvents, laneDepths, monthTicks, stackRows, timeFraction, timelineRange, visibleLanes } from './event-selectors'
import { tinyDataset } from './tiny-dataset.fixture'

const d = tinyDataset()
const all = { plans: planIds, dims: dimensionIds }

describe('filterEvents', () => {
  it('returns every event in date order when nothing is filtered', () => {
    expect(filterEvents(d, all).map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5'])
  })

  it('shows an event when any of its dimensions is selected', () => {
    // e1 is open-weights + chips; e5 chips.
    expect(filterEvents(d, { ...all, dims: ['chips'] }).map((e) => e.id)).toEqual(['e1', 'e5'])
    expect(filterEvents(d, { ...all, dims: ['open-weights'] }).map((e) => e.id)).toEqual(['e1'])
  })

  it('keeps the international lane whatever the plans, and drops a deselected plan’s lane', () => {
    expect(filterEvents(d, { ...all, plans: ['us'] }).map((e) => e.id)).toEqual(['e2', 'e3', 'e4'])
    expect(visibleLanes({ plans: ['us'] })).toEqual(['us', 'intl'])
    expect(visibleLanes({ plans: ['us', 'cn'] })).toEqual(['us', 'cn', 'intl'])
  })
})

describe('time axis', () => {
  it('places reduced-precision dates mid-period', () => {
    expect(new Date(eventTime('2025-02')).toISOString().slice(0, 10)).toBe('2025-02-15')
    expect(new Date(eventTime('2025')).toISOString().slice(0, 10)).toBe('2025-07-02')
    expect(new Date(eventTime('2025-07-23')).toISOString().slice(0, 10)).toBe('2025-07-23')
  })

  it('runs from the first of the earliest month to the as-of date', () => {
    const r = timelineRange(d)
    expect(new Date(r.start).toISOString().slice(0, 10)).toBe('2025-01-01')
    expect(new Date(r.end).toISOString().slice(0, 10)).toBe('2026-06-30')
    expect(timeFraction(r.start, r)).toBe(0)
    expect(timeFraction(r.end, r)).toBe(1)
    expect(timeFraction(r.end + 1e10, r)).toBe(1)
  })

  it('puts a tick at each quarter start', () => {
    expect(monthTicks(timelineRange(d))).toEqual(['2025-01', '2025-04', '2025-07', '2025-10', '2026-01', '2026-04'])
    expect(monthTicks(timelineRange(d), 6)).toEqual(['2025-01', '2025-07', '2026-01'])
  })
})

describe('stackRows', () => {
  it('moves markers that would touch to the next row, per lane', () => {
    const r = timelineRange(d)
    const events = filterEvents(d, all)
    // The US lane has e2 (Feb 2025) and e3 (Jul 2025), about a third of the axis apart.
    expect(Object.fromEntries(stackRows(events, r, 0.05))).toEqual({ e2: 0, e3: 0, e1: 0, e5: 0, e4: 0 })
    const tight = stackRows(events, r, 0.5)
    expect(Object.fromEntries(tight)).toEqual({ e2: 0, e3: 1, e1: 0, e5: 0, e4: 0 })
    expect(laneDepths(events, tight)).toEqual({ us: 2, cn: 1, intl: 1 })
  })

  it('never puts two real events closer than the gap in one row', () => {
    const real = loadDataset()
    const r = timelineRange(real)
    const events = filterEvents(real, all)
    const rows = stackRows(events, r, 0.02)
    for (const a of events) {
      for (const b of events) {
        if (a.id >= b.id || a.lane !== b.lane || rows.get(a.id) !== rows.get(b.id)) continue
        expect(
          Math.abs(timeFraction(eventTime(a.date), r) - timeFraction(eventTime(b.date), r)),
          `${a.id} / ${b.id}`,
        ).toBeGreaterThanOrEqual(0.02)
      }
    }
  })
})

describe('events for an agency', () => {
  it('keeps only events linked to a provision that names a picked agency', () => {
    const tiny = tinyDataset()
    const all = { plans: planIds, dims: dimensionIds }
    const linkedTo = (ids: string[]) => filterEvents(tiny, { ...all, agency: ids }).map((e) => e.id)
    const expected = tiny.events
      .filter((e) => e.links.some((l) => ['us-3-1-1', 'us-3-1-2'].includes(l.provisionId)))
      .map((e) => e.id)
      .sort()
    expect(linkedTo(['doc']).sort()).toEqual(expected)
    expect(expected.length).toBeGreaterThan(0)
    expect(linkedTo(['dol'])).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { dimensionIds, planIds } from '../data/schema'
import { loadDataset } from '../data/index'
import { filterEvents, timelineRange } from './event-selectors'
import { KEY_EVENT_LABELS, keyEvents, labelRows, placeLabels, releasedPlan } from './key-events'

const d = loadDataset()
const all = filterEvents(d, { plans: planIds, dims: dimensionIds })

describe('keyEvents', () => {
  it('finds both plans’ releases by rule and the listed turning points, in date order', () => {
    expect(keyEvents(d, all).map((k) => [k.event.id, k.label])).toEqual([
      ['deepseek-r1-release', 'DeepSeek R1'],
      ['ai-diffusion-rule-rescinded', 'Diffusion rule rescinded'],
      ['us-ai-action-plan-release', 'US plan released'],
      ['cn-global-ai-governance-plan', 'China plan released'],
      ['waico-proposed', 'WAICO proposed'],
      ['h200-sales-allowed', 'H200 sales allowed'],
      ['bis-h200-licensing-rule', 'BIS H200 rule'],
    ])
  })

  it('does not take the executive orders signed on the US plan’s release day for the release', () => {
    const sameDay = d.events.filter((e) => e.date === '2025-07-23').map((e) => [e.id, releasedPlan(d, e)])
    expect(sameDay).toEqual([
      ['us-ai-action-plan-release', 'us'],
      ['eo-14318-data-center-permitting', null],
      ['eo-14319-preventing-woke-ai', null],
      ['eo-14320-ai-exports', null],
    ])
  })

  it('names only events that are in the data', () => {
    const ids = new Set(d.events.map((e) => e.id))
    expect(Object.keys(KEY_EVENT_LABELS).filter((id) => !ids.has(id))).toEqual([])
  })

  it('labels only the events that are shown', () => {
    const cnChips = filterEvents(d, { plans: ['cn'], dims: ['chips'] })
    expect(keyEvents(d, cnChips).map((k) => k.event.id)).toEqual(['deepseek-r1-release'])
  })
})

describe('placeLabels', () => {
  const ev = (id: string, lane: 'us' | 'cn', t: number) =>
    ({ id, lane, date: new Date(t).toISOString().slice(0, 10) }) as unknown as (typeof all)[number]
  it('stacks a label that would touch the previous one and ends labels at the right edge', () => {
    const day = 86_400_000
    const r = { start: 0, end: 100 * day }
    const placed = placeLabels(
      [
        { event: ev('a', 'us', 10 * day), label: 'aaaaaaaaaa' }, // 10 chars × 10 px = 100 px from x 100
        { event: ev('b', 'us', 15 * day), label: 'bb' }, // starts at 150 < 100 + 100 + 8: next row
        { event: ev('c', 'us', 30 * day), label: 'cc' }, // starts at 300 ≥ 208: back to row 0
        { event: ev('d', 'cn', 15 * day), label: 'dd' }, // another lane: its own rows
        { event: ev('e', 'us', 98 * day), label: 'eeeee' }, // 980 + 50 > 1000: ends at the marker
      ],
      r,
      1000,
      10,
    )
    expect(placed.map((p) => [p.event.id, p.row, p.anchor])).toEqual([
      ['a', 0, 'start'],
      ['b', 1, 'start'],
      ['d', 0, 'start'],
      ['c', 0, 'start'],
      ['e', 0, 'end'],
    ])
    expect(labelRows(placed)).toEqual({ us: 2, cn: 1, intl: 0 })
  })

  it('needs two label rows in the China lane for the release and WAICO on the same day, at any width', () => {
    const placed = placeLabels(keyEvents(d, all), timelineRange(d), 680, 7)
    expect(labelRows(placed)).toEqual({ us: 2, cn: 2, intl: 0 })
  })
})

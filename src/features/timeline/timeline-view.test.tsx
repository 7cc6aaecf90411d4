import { render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../data/index'
import { dimensionIds, planIds } from '../../data/schema'
import { filterEvents } from '../../lib/event-selectors'
import { formatDate } from '../../lib/format'
import userEvent from '@testing-library/user-event'
import { renderApp } from '../../test-utils'
import { useUrlStore } from '../../url-state/store'
import { TimelineView } from './timeline-view'

const data = loadDataset()
const eventList = async () => {
  const section = (await screen.findByRole('heading', { name: /^All events \(\d+\)$/ }, { timeout: 8000 })).closest(
    'section',
  ) as HTMLElement
  return within(section).getAllByRole('listitem')
}
const titlesOf = (items: HTMLElement[]) => items.map((li) => within(li).getByRole('button').textContent)
const markers = () => within(screen.getByRole('group', { name: /Events on a time axis/ })).getAllByRole('button')

describe('Timeline view', () => {
  it('lists every event in date order, each date a <time datetime>', async () => {
    renderApp('/?view=timeline')
    const items = await eventList()
    const expected = filterEvents(data, { plans: planIds, dims: dimensionIds })
    expect(expected).toHaveLength(data.events.length)
    expect(titlesOf(items)).toEqual(expected.map((e) => e.title))
    items.forEach((li, i) => {
      const time = li.querySelector('time')
      expect(time).toHaveAttribute('datetime', expected[i]?.date)
      expect(time).toHaveTextContent(formatDate(expected[i]?.date ?? ''))
    })
    expect(markers()).toHaveLength(data.events.length)
  })

  it('filters by dimension and plan from the link; the international lane always shows', async () => {
    renderApp('/?view=timeline&plans=cn&dims=chips')
    const items = await eventList()
    const expected = data.events.filter((e) => e.dimensions.includes('chips') && (e.lane === 'cn' || e.lane === 'intl'))
    expect(expected.some((e) => e.lane === 'intl')).toBe(true)
    expect(new Set(titlesOf(items))).toEqual(new Set(expected.map((e) => e.title)))
    expect(items.map((li) => li.querySelector('.event-item__lane')?.textContent)).not.toContain('United States')
  })

  it('writes the dims and plans parameters when its filters change', async () => {
    const { user } = renderApp('/?view=timeline')
    await eventList()
    await user.click(screen.getByRole('checkbox', { name: 'United States' }))
    expect(window.location.search).toBe('?view=timeline&plans=cn')
    const group = screen.getByRole('group', { name: 'Dimensions' })
    for (const box of within(group).getAllByRole('checkbox')) {
      if (!/Robotics/.test(box.closest('label')?.textContent ?? '')) await user.click(box)
    }
    expect(window.location.search).toBe('?view=timeline&plans=cn&dims=robotics')
    const expected = filterEvents(data, { plans: ['cn'], dims: ['robotics'] })
    expect(titlesOf(await eventList())).toEqual(expected.map((e) => e.title))
  })

  it('opens an event with its summary, sources and linked provisions, which lead to the Compare view', async () => {
    const linked = data.events.find((e) => e.links.length > 0)
    if (!linked) throw new Error('no linked event')
    const link = linked.links[0]
    const provision = data.provisions.find((p) => p.id === link?.provisionId)
    const { user } = renderApp('/?view=timeline')
    const item = (await eventList()).find((li) => li.getAttribute('data-event') === linked.id) as HTMLElement
    await user.click(within(item).getByRole('button', { name: linked.title }))
    const panel = screen.getByRole('complementary', { name: linked.title })
    expect(panel).toHaveTextContent(linked.summary)
    expect(within(panel).getByRole('heading', { name: linked.title })).toHaveFocus()
    const source = data.sources.find((s) => s.id === linked.sourceIds[0])
    expect(within(panel).getByRole('link', { name: source?.title })).toHaveAttribute('href', source?.url)
    const kind = { implements: 'Implements', contradicts: 'Points the other way', context: 'Context' }[link?.kind ?? 'context']
    const a = within(panel).getByRole('link', { name: provision?.title })
    expect(a.closest('li')).toHaveTextContent(kind)
    expect(a).toHaveAttribute('href', `/provisions/${provision?.id}/`)
    await user.click(a)
    expect(`${window.location.pathname}${window.location.search}`).toBe(`/provisions/${provision?.id}/`)
    expect(await screen.findByRole('complementary', { name: provision?.title })).toBeInTheDocument()
  })

  it('marks unverified and secondary events with a visible badge', async () => {
    renderApp('/?view=timeline')
    const items = await eventList()
    for (const e of data.events.filter((x) => x.verification !== 'verified')) {
      const li = items.find((x) => x.getAttribute('data-event') === e.id) as HTMLElement
      expect(li).toHaveTextContent(e.verification === 'unverified' ? 'Unverified' : 'Secondary source')
    }
  })

  it('is one tab stop whose arrow keys move through the events; Enter opens one and Escape closes it', async () => {
    const { user } = renderApp('/?view=timeline')
    await eventList()
    const all = markers()
    const sorted = filterEvents(data, { plans: planIds, dims: dimensionIds })
    expect(all.filter((b) => b.tabIndex === 0)).toHaveLength(1)
    const first = all.find((b) => b.tabIndex === 0) as HTMLElement
    expect(first).toHaveAccessibleName(
      `${formatDate(sorted[0]?.date ?? '')}, ${sorted[0]?.lane === 'cn' ? 'China' : sorted[0]?.lane === 'us' ? 'United States' : 'International'}: ${sorted[0]?.title}`,
    )
    first.focus()
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement?.getAttribute('data-event')).toBe(sorted[1]?.id)
    await user.keyboard('{End}')
    expect(document.activeElement?.getAttribute('data-event')).toBe(sorted.at(-1)?.id)
    await user.keyboard('{Home}{Enter}')
    const panel = await screen.findByRole('complementary', { name: sorted[0]?.title })
    await waitFor(() => expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus())
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('complementary')).toBeNull()
    expect(document.activeElement?.getAttribute('data-event')).toBe(sorted[0]?.id)
  })

  it('says so when no event matches, and offers Reset filters', async () => {
    // Real data has events on every plan and dimension, so render the view on data where every event is about chips.
    const chipsOnly = { ...data, events: data.events.map((e) => ({ ...e, dimensions: ['chips' as const] })) }
    window.history.replaceState(null, '', '/?view=timeline&dims=robotics')
    useUrlStore.getState().syncFromLocation()
    const user = userEvent.setup()
    render(<TimelineView dataset={chipsOnly} />)
    const note = screen.getByText('No event matches the selected plans, dimensions and agencies.').closest('div') as HTMLElement
    expect(screen.getByRole('heading', { name: 'All events (0)' })).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: /Events on a time axis/ })).toBeNull()
    await user.click(within(note).getByRole('button', { name: 'Reset filters' }))
    expect(window.location.search).toBe('?view=timeline')
    expect(await eventList()).toHaveLength(data.events.length)
  })

  it('opens the event named by an `event` link, and labels the key events on the lanes', async () => {
    renderApp('/?view=timeline&event=h200-sales-allowed')
    const h200 = data.events.find((e) => e.id === 'h200-sales-allowed')
    const panel = await screen.findByRole('complementary', { name: h200?.title }, { timeout: 8000 })
    expect(panel).toHaveTextContent(h200?.summary ?? '')
    await waitFor(() => expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus())
    const labels = [...document.querySelectorAll('.lane__annotation')].map((l) => [l.getAttribute('data-label-for'), l.textContent])
    expect(labels).toEqual([
      ['ai-diffusion-rule-rescinded', 'Diffusion rule rescinded'],
      ['us-ai-action-plan-release', 'US plan released'],
      ['h200-sales-allowed', 'H200 sales allowed'],
      ['bis-h200-licensing-rule', 'BIS H200 rule'],
      ['deepseek-r1-release', 'DeepSeek R1'],
      ['cn-global-ai-governance-plan', 'China plan released'],
      ['waico-proposed', 'WAICO proposed'],
    ])
    expect(markers().find((b) => b.getAttribute('data-event') === 'h200-sales-allowed')).toHaveAttribute('aria-current', 'true')
  })

  it('writes `event` when a marker opens an event (a new history entry), and clears it on Escape, focus back on the marker', async () => {
    const { user } = renderApp('/?view=timeline&dims=chips')
    await eventList()
    const before = window.history.length
    const marker = markers().find((b) => b.getAttribute('data-event') === 'bis-h200-licensing-rule') as HTMLElement
    await user.click(marker)
    // An open event is written as its permanent page, the rest of the state in the query.
    expect(`${window.location.pathname}${window.location.search}`).toBe('/events/bis-h200-licensing-rule/?dims=chips')
    expect(window.history.length).toBe(before + 1)
    await screen.findByRole('complementary', { name: /H200-class chips/ })
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('complementary')).toBeNull()
    expect(`${window.location.pathname}${window.location.search}`).toBe('/?view=timeline&dims=chips')
    expect(document.activeElement).toBe(marker)
  })

  it('drops an `event` the data does not know, with a notice naming it', async () => {
    renderApp('/?view=timeline&event=no-such-event')
    await eventList()
    expect(await screen.findByText(/event: “no-such-event” is not an event in this data/)).toBeInTheDocument()
    expect(window.location.search).toBe('?view=timeline')
    expect(screen.queryByRole('complementary')).toBeNull()
  })
})

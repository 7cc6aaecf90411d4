import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../test-utils'

const matrix = () => screen.findByRole('table', { name: 'Side-by-side comparison' })
const chips = () =>
  within(screen.getByRole('region', { name: 'Applied filters' }))
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label') ?? b.textContent)

describe('a shared link says what it shows', () => {
  it('names the filters above the content, in the title, and removes them one by one', async () => {
    const { user } = renderApp('/?dims=chips~open-weights&q=export')
    await matrix()
    expect(chips()).toEqual([
      'Remove filter: Chips & compute',
      'Remove filter: Open source & open weights',
      'Remove filter: ‘export’',
      'Clear all',
    ])
    expect(screen.getByRole('region', { name: 'Applied filters' })).toHaveTextContent(
      'Filtered to:Chips & compute✕Open source & open weights✕‘export’✕Clear all',
    )
    await waitFor(() => expect(document.title).toBe('Chips & compute, Open source & open weights, ‘export’ — Compare — Parallax'))
    await user.click(screen.getByRole('button', { name: 'Remove filter: Chips & compute' }))
    expect(window.location.search).toBe('?dims=open-weights&q=export')
    await user.click(screen.getByRole('button', { name: 'Remove filter: ‘export’' }))
    expect(window.location.search).toBe('?dims=open-weights')
    await waitFor(() => expect(document.title).toBe('Open source & open weights — Compare — Parallax'))
    await user.click(screen.getByRole('button', { name: 'Clear all' }))
    expect(window.location.search).toBe('')
    expect(screen.queryByRole('region', { name: 'Applied filters' })).toBeNull()
    await waitFor(() => expect(document.title).toBe('Compare — Parallax: US and China AI action plans'))
  })

  it('shows no line for an unfiltered link', async () => {
    renderApp('/')
    await matrix()
    expect(screen.queryByRole('region', { name: 'Applied filters' })).toBeNull()
  })

  it('shows on the Timeline only the filters the Timeline applies', async () => {
    renderApp('/?view=timeline&dims=chips&q=export')
    expect(await screen.findByRole('heading', { name: 'Timeline', level: 1 }, { timeout: 10000 })).toBeInTheDocument()
    expect(chips()).toEqual(['Remove filter: Chips & compute', 'Clear all'])
  })
})

describe('link notices', () => {
  it('suggests the nearest dimension by its label, and reads commas and view aliases', async () => {
    renderApp('/?view=source&dims=chip')
    expect(await screen.findByRole('heading', { name: 'Sources and method', level: 1 })).toBeInTheDocument()
    const notice = screen.getByText('Parts of this link were ignored or corrected:').closest('div') as HTMLElement
    expect(notice).toHaveTextContent('view: read “source” as “Sources”')
    expect(notice).toHaveTextContent('dims: “chip” is not a dimension; did you mean “Chips & compute”?')
    expect(window.location.search).toBe('?view=sources')
  })

  it('rewrites a comma list to the canonical ~ list, silently', async () => {
    renderApp('/?dims=chips,open-weights')
    await matrix()
    expect(window.location.search).toBe('?dims=chips~open-weights')
    expect(screen.queryByText('Parts of this link were ignored or corrected:')).toBeNull()
  })

  it('suggests the nearest provision id for a near-miss selection', async () => {
    renderApp('/?sel=us-3-3-11')
    await matrix()
    expect(await screen.findByText(/sel: “us-3-3-11” is not a provision in this data; did you mean “us-3-3-1”\?/)).toBeInTheDocument()
  })
})

describe('a selected provision (sel)', () => {
  it('is shown and marked in its cell even when it would sit behind “Show N more”', async () => {
    const first = renderApp('/?dims=chips&plans=us')
    const table = await matrix()
    const shown = [...table.querySelectorAll('[data-provision]')].map((e) => e.getAttribute('data-provision'))
    const { loadDataset } = await import('../data/index')
    const hidden = loadDataset().provisions.filter((p) => p.planId === 'us' && p.primary === 'chips' && !shown.includes(p.id))
    expect(hidden.length).toBeGreaterThan(0)
    first.unmount()
    const target = hidden.at(-1)
    if (!target) throw new Error('no hidden provision')
    renderApp(`/?dims=chips&plans=us&sel=${target.id}`)
    const again = await matrix()
    const card = again.querySelector(`[data-provision="${target.id}"]`) as HTMLElement
    expect(card).not.toBeNull()
    expect(card).toHaveClass('provision--selected')
    expect(within(card).getByRole('link', { name: target.title })).toHaveAttribute('aria-current', 'true')
  })
})

describe('Copy citation', () => {
  it('shows what it copied, with the provision’s clean URL and no search or filters', async () => {
    const { user } = renderApp('/?dims=chips&q=export&sel=us-3-3-1')
    await matrix()
    await user.click(await screen.findByRole('button', { name: 'Copy citation' }))
    const shown = await screen.findByText(/Coded in Parallax/)
    const origin = window.location.origin
    expect(shown.textContent).toMatch(new RegExp(`as us-3-3-1: ${origin.replace(/[.]/g, '\\.')}/provisions/us-3-3-1/\\.$`))
    expect(shown.textContent).not.toContain('q=export')
    expect(shown.closest('.copy-button__copied')).toHaveTextContent(
      /^Copied: The White House, “Winning the Race: America’s AI Action Plan”/,
    )
    expect(await navigator.clipboard.readText()).toBe(shown.textContent)
  })
})

describe('printing Compare', () => {
  it('renders every provision that matches the filters, secondary lists open, and folds back after', async () => {
    const { loadDataset } = await import('../data/index')
    const d = loadDataset()
    renderApp('/?plans=us')
    const table = await matrix()
    const primaryIds = () =>
      new Set([...table.querySelectorAll('.provision:not(.provision--secondary)')].map((e) => e.getAttribute('data-provision')))
    const us = d.provisions.filter((p) => p.planId === 'us').map((p) => p.id)
    const before = primaryIds().size
    expect(before).toBeLessThan(us.length)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    expect([...primaryIds()].sort()).toEqual([...us].sort())
    expect(table.querySelectorAll('details.secondary-list:not([open])')).toHaveLength(0)
    expect(within(table).queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull()
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(primaryIds().size).toBe(before)
  })
})

describe('the badge legend', () => {
  it('explains every badge from Compare, and says what “No implementing act found” rests on', async () => {
    const { user } = renderApp('/?dims=chips')
    await matrix()
    await user.click(screen.getByText('What the badges mean'))
    const legend = screen.getByText('What the badges mean').closest('details') as HTMLElement
    expect(legend).toHaveAttribute('open')
    const terms = [...legend.querySelectorAll('dt')].map((t) => t.textContent)
    expect(terms).toEqual([
      'Official text',
      'Quoted in a third-party source',
      'Altered copy, not official wording',
      'Described, not quoted',
      'Implementation: No implementing act found',
      'Implementation: In progress',
      'Implementation: Delivered',
      'Implementation: Contradicted',
    ])
    expect(legend).toHaveTextContent(
      'No implementing act is recorded in this data. The data does not record which provisions were searched for one, so this is neither “checked, none found” nor “not done”.',
    )
  })

  it('adds the event verification badges on the Timeline', async () => {
    renderApp('/?view=timeline')
    expect(await screen.findByRole('heading', { name: 'Timeline', level: 1 }, { timeout: 10000 })).toBeInTheDocument()
    const legend = screen.getByText('What the badges mean').closest('details') as HTMLElement
    expect([...legend.querySelectorAll('dt')].map((t) => t.textContent).slice(-3)).toEqual(['Verified', 'Secondary source', 'Unverified'])
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../test-utils'

const matrix = () => screen.findByRole('table', { name: 'Side-by-side comparison' })
const resultLine = () => screen.findByTestId('search-result-line', {}, { timeout: 15_000 })
const marked = (el: Element | null) => [...(el?.querySelectorAll('mark') ?? [])].map((m) => m.textContent)

// The six queries of the UX review (issue 12, item 4), each with the records it must find.
const cases = [
  {
    q: 'open weights',
    provisions: ['us-1-3-5', 'cn-5-1', 'cn-5-3', 'cn-5-5'],
    events: ['hf-spring-2026-report'],
    indicators: ['qwen-open-models'],
  },
  { q: 'datacenter', provisions: ['us-2-1-1', 'us-2-1-2'], events: ['eo-14318-data-center-permitting'], indicators: [] },
  { q: '开源', provisions: ['us-1-3-5', 'cn-5-1', 'cn-5-3', 'cn-5-5'], events: [], indicators: [] },
  { q: '标准', provisions: ['cn-8-1', 'us-1-2-1'], events: [], indicators: [] },
  { q: 'H200', provisions: [], events: ['h200-sales-allowed', 'bis-h200-licensing-rule'], indicators: ['gpu-hbm-capacity'] },
  {
    q: 'DeepSeek',
    provisions: [],
    events: ['deepseek-r1-release', 'nvidia-deepseek-selloff'],
    indicators: ['nvidia-one-day-value-loss'],
  },
]

describe('Search at a URL', () => {
  it.each(cases)(
    '“$q” finds its provisions, events and indicators, with hits highlighted',
    async ({ q, provisions, events, indicators }) => {
      renderApp(`/?q=${encodeURIComponent(q)}`)
      const table = await matrix()
      const line = await resultLine()
      await waitFor(() => {
        for (const id of provisions) expect(table.querySelector(`[data-provision="${id}"]`), id).not.toBeNull()
      })
      for (const id of provisions) expect(marked(table.querySelector(`[data-provision="${id}"]`)).length, id).toBeGreaterThan(0)
      for (const id of events) expect(marked(document.querySelector(`[data-event="${id}"]`)).length, id).toBeGreaterThan(0)
      for (const id of indicators) expect(marked(document.querySelector(`[data-indicator="${id}"]`)).length, id).toBeGreaterThan(0)
      expect(line.textContent).toMatch(/^\d+ hits? in \d+ dimensions? · \d+ events? · \d+ indicators?$/)
      if (provisions.length === 0) expect(line.textContent).toMatch(/^0 hits in 0 dimensions/)
      expect(window.location.search).toBe(`?q=${encodeURIComponent(q)}`)
    },
  )

  it('collapses rows without hits and expands every hit', async () => {
    renderApp('/?q=open%20weights')
    const table = await matrix()
    await resultLine()
    const rows = within(table)
      .getAllByRole('row')
      .filter((r) => r.hasAttribute('data-dimension'))
    const collapsed = rows.filter((r) => r.classList.contains('matrix__row--no-hits')).map((r) => r.getAttribute('data-dimension'))
    expect(collapsed.length).toBeGreaterThan(0)
    expect(collapsed).not.toContain('open-weights')
    const open = rows.find((r) => r.getAttribute('data-dimension') === 'open-weights') as HTMLElement
    expect(within(open).queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull()
    for (const d of open.querySelectorAll('details.secondary-list')) expect((d as HTMLDetailsElement).open).toBe(true)
  })

  it('replaces the URL while typing and links grouped events to the Timeline', async () => {
    const { user } = renderApp('/')
    await matrix()
    const before = window.history.length
    await user.type(screen.getByRole('searchbox', { name: 'Search provisions' }), 'DeepSeek')
    expect(window.location.search).toBe('?q=DeepSeek')
    expect(window.history.length).toBe(before)
    await resultLine()
    const events = await screen.findByRole('region', { name: 'Matching events' })
    expect(within(events).getByRole('link', { name: 'DeepSeek releases its R1 model' }).getAttribute('href')).toMatch(
      /\?view=timeline&q=DeepSeek$/,
    )
    const indicators = screen.getByRole('region', { name: 'Matching context indicators' })
    expect(within(indicators).getAllByRole('link')[0]?.getAttribute('href')).toMatch(/^\/charts\/indicators\/\?q=DeepSeek$/)
  })
})

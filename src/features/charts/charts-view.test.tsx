import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../data/index'
import { dimensionIds, instrumentIds, planIds, statuses } from '../../data/schema'
import { chartMeta } from '../../lib/charts/registry'
import { selectChartData } from '../../lib/chart-selectors'
import { chartSummary } from '../../lib/charts/registry'
import { filterEvents } from '../../lib/event-selectors'
import { renderApp } from '../../test-utils'
import { chartIds } from '../../url-state/view-state'

const data = loadDataset()
const titles = chartIds.map((id) => chartMeta[id].title)
const figure = (id: (typeof chartIds)[number]) => screen.findByRole('figure', { name: chartMeta[id].title }, { timeout: 10_000 })
const headers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim())
const column = (table: HTMLElement, header: RegExp) => {
  const index = headers(table).findIndex((h) => header.test(h ?? ''))
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelectorAll('th, td')[index]?.textContent ?? '')
}

/** Opens every card's table twin and returns the tables by chart id. */
async function openAllTables(user: ReturnType<typeof renderApp>['user']) {
  const tables = {} as Record<(typeof chartIds)[number], HTMLElement>
  for (const id of chartIds) {
    const fig = await figure(id)
    await user.click(within(fig).getByRole('button', { name: 'Show table' }))
    tables[id] = within(fig).getByRole('table')
  }
  return tables
}

describe('Charts view', () => {
  it('shows every chart as figures named by their titles, each with its text summary', async () => {
    renderApp('/?view=charts')
    await figure('emphasis')
    expect(screen.getAllByRole('figure').map((f) => within(f).getByRole('heading', { level: 2 }).textContent)).toEqual(titles)
    const all = { plans: planIds, dims: dimensionIds, instr: instrumentIds, prov: 'all' as const, status: statuses, q: '' }
    expect(await figure('emphasis')).toHaveAccessibleDescription(chartSummary(selectChartData(data, all, 'emphasis')))
    for (const fig of screen.getAllByRole('figure')) {
      expect(within(fig).getByRole('button', { name: 'Download PNG' })).toBeInTheDocument()
      expect(within(fig).getByRole('button', { name: 'Download SVG' })).toBeInTheDocument()
      expect(within(fig).getByRole('button', { name: 'Download CSV' })).toBeInTheDocument()
      expect(fig).toHaveTextContent(`Source: Parallax dataset ${data.meta.version}`)
      expect(within(fig).getByText(/^Data as of/)).toHaveAttribute('datetime', data.meta.asOf)
    }
  })

  it('at /?view=charts&dims=chips, every table twin holds only the chips rows', async () => {
    const { user } = renderApp('/?view=charts&dims=chips')
    const t = await openAllTables(user)
    const chipsUs = data.provisions.filter((p) => p.primary === 'chips' && p.planId === 'us').length
    const chipsCn = data.provisions.filter((p) => p.primary === 'chips' && p.planId === 'cn').length

    expect(
      within(t.emphasis)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Chips & compute'])
    expect(column(t.emphasis, /^United States: provisions/)).toEqual([String(chipsUs)])
    expect(column(t.emphasis, /^China: provisions/)).toEqual([String(chipsCn)])
    expect(column(t.convergence, /^Dimensions$/).filter(Boolean)).toEqual(['Chips & compute'])
    const indicatorDims = column(t.indicators, /^Dimension$/)
    expect(indicatorDims.length).toBe(
      data.indicators.filter((i) => i.dimensionId === 'chips').reduce((n, i) => n + i.observations.length, 0),
    )
    expect(new Set(indicatorDims)).toEqual(new Set(['Chips & compute']))
    const events = filterEvents(data, { plans: planIds, dims: ['chips'] })
    expect(column(t.timeline, /^Event$/)).toEqual(events.map((e) => e.title))
    for (const dims of column(t.timeline, /^Dimensions$/)) expect(dims).toContain('Chips')
    // Orientation and implementation count only chips provisions.
    const scopeRows = within(t.orientation)
      .getAllByRole('row')
      .filter((r) => /Scope/.test(r.textContent ?? ''))
    const usScope = scopeRows.map((r) => Number(r.querySelectorAll('td')[2]?.textContent))
    expect(usScope.reduce((a, b) => a + b, 0)).toBe(chipsUs)
    expect(
      column(t.implementation, /^Total/)
        .map(Number)
        .reduce((a, b) => a + b, 0),
    ).toBe(chipsUs)
  })

  it('removes a plan’s series from every chart and table when the plan is unticked, without a reload', async () => {
    const { user } = renderApp('/?view=charts&dims=chips~open-weights')
    const t = await openAllTables(user)
    expect(headers(t.emphasis)).toContain('China: share of provisions (%)')
    expect(column(t.timeline, /^Lane$/)).toContain('China')
    await user.click(screen.getByRole('checkbox', { name: 'China' }))
    expect(window.location.search).toBe('?view=charts&plans=us&dims=chips~open-weights')
    await waitFor(() => expect(headers(t.emphasis)).not.toContain('China: share of provisions (%)'))
    for (const id of chartIds) {
      const table = within(screen.getByRole('figure', { name: chartMeta[id].title })).getByRole('table')
      expect(
        headers(table).filter((h) => /^China/.test(h ?? '')),
        id,
      ).toEqual([])
      expect(table.querySelector('.plan-swatch--cn'), id).toBeNull()
    }
    expect(column(within(screen.getByRole('figure', { name: chartMeta.timeline.title })).getByRole('table'), /^Lane$/)).not.toContain(
      'China',
    )
    expect(headers(within(screen.getByRole('figure', { name: chartMeta.instruments.title })).getByRole('table'))).toEqual([
      'Instrument',
      'United States: share of instrument codes (%)',
      'United States: provisions using it (count)',
      'United States: share of provisions using it (%)',
    ])
  })

  it('focuses one chart from a link, shows its table, and goes back to all charts', async () => {
    const { user } = renderApp('/?view=charts&chart=emphasis&tab=table')
    const fig = await figure('emphasis')
    expect(screen.getAllByRole('figure')).toHaveLength(1)
    expect(within(fig).getByRole('table')).toBeInTheDocument()
    await user.click(within(fig).getByRole('button', { name: 'Show chart' }))
    // One chart focused: its permanent page (docs/url-contract.md, "Permanent pages").
    expect(`${window.location.pathname}${window.location.search}`).toBe('/charts/emphasis/')
    expect(within(fig).queryByRole('table')).toBeNull()
    await user.click(screen.getByRole('button', { name: /Show all charts/ }))
    expect(`${window.location.pathname}${window.location.search}`).toBe('/?view=charts')
    await waitFor(() => expect(screen.getAllByRole('figure')).toHaveLength(chartIds.length))
    await user.click(within(await figure('convergence')).getByRole('link', { name: 'Focus on Convergence' }))
    expect(`${window.location.pathname}${window.location.search}`).toBe('/charts/convergence/')
    expect(screen.getAllByRole('figure')).toHaveLength(1)
  })

  it('sorts a table by a column and announces the sort on its header', async () => {
    const { user } = renderApp('/?view=charts&chart=emphasis&tab=table')
    const table = within(await figure('emphasis')).getByRole('table')
    const header = within(table).getByRole('columnheader', { name: /United States: share of provisions/ })
    expect(header).not.toHaveAttribute('aria-sort')
    await user.click(within(header).getByRole('button'))
    expect(header).toHaveAttribute('aria-sort', 'descending')
    const shares = column(table, /^United States: share/).map(Number)
    expect(shares).toEqual([...shares].sort((a, b) => b - a))
    await user.click(within(header).getByRole('button'))
    expect(header).toHaveAttribute('aria-sort', 'ascending')
    expect(column(table, /^United States: share/).map(Number)).toEqual([...shares].sort((a, b) => a - b))
    expect(screen.getByText(/^Sorted by United States: share of provisions \(%\), ascending\.$/)).toBeInTheDocument()
  })

  it('says so when nothing matches, and Reset filters brings the charts back', async () => {
    const { user } = renderApp('/?view=charts&q=zzqqxx')
    await figure('emphasis')
    const note = screen.getByText('No provision matches these filters, so the provision charts are empty.').closest('div') as HTMLElement
    expect(within(await figure('emphasis')).getByText('No provision matches these filters.')).toBeInTheDocument()
    await user.click(within(note).getByRole('button', { name: 'Reset filters' }))
    expect(`${window.location.pathname}${window.location.search}`).toBe('/?view=charts')
    await waitFor(() => expect(screen.queryByText('No provision matches these filters, so the provision charts are empty.')).toBeNull())
    expect((await figure('emphasis')).querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0)
  })

  it('draws each plan with its own pattern', async () => {
    renderApp('/?view=charts&chart=emphasis')
    const fig = await figure('emphasis')
    await waitFor(() => expect(fig.querySelectorAll('.recharts-bar-rectangle path').length).toBeGreaterThan(0))
    const fills = new Set([...fig.querySelectorAll('.recharts-bar-rectangle path')].map((p) => p.getAttribute('fill')))
    expect([...fills].map((f) => f?.replace(/^url\(#c[a-zA-Z0-9]+-/, 'url(#'))).toEqual(['url(#plan-pattern-us)', 'url(#plan-pattern-cn)'])
    expect(fig.querySelectorAll('pattern')).toHaveLength(2)
  })

  it('gives each indicator its own panel and axis, and lists an incomparable one instead of plotting it', async () => {
    renderApp('/?view=charts&dims=chips~diplomacy&chart=indicators')
    const fig = await figure('indicators')
    const listed = data.indicators.filter((i) => !i.comparable && ['chips', 'diplomacy'].includes(i.dimensionId))
    const plotted = data.indicators.filter((i) => i.comparable && ['chips', 'diplomacy'].includes(i.dimensionId))
    expect(listed.length).toBeGreaterThan(0)
    for (const i of listed) {
      const panel = fig.querySelector(`[data-indicator="${i.id}"]`) as HTMLElement
      expect(within(panel).getByText('Not comparable on one axis, so listed:')).toBeInTheDocument()
      expect(panel.querySelector('.recharts-wrapper')).toBeNull()
      expect(within(panel).getAllByRole('listitem')).toHaveLength(i.observations.length)
    }
    await waitFor(() => expect(fig.querySelectorAll('.recharts-wrapper')).toHaveLength(plotted.length))
    const guarded = plotted.find((i) => i.incomparableWith.length > 0)
    const panel = fig.querySelector(`[data-indicator="${guarded?.id}"]`) as HTMLElement
    expect(panel).toHaveTextContent(/Not comparable with: /)
  })
})

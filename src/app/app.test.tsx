import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { datasetConfig } from '../api/dataset'
import { loadDataset } from '../data/index'
import type { ScenarioName } from '../../mocks/handlers'
import { scenarios, server } from '../../mocks/node'
import { renderApp } from '../test-utils'

const data = loadDataset()
const matrix = () => screen.findByRole('table', { name: 'Side-by-side comparison' })
const rowHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((h) => within(h).getByRole('heading').textContent)

describe('Compare view at a URL', () => {
  it('shows exactly the two dimension rows a link asks for', async () => {
    renderApp('/?dims=chips~open-weights&plans=us~cn')
    const table = await matrix()
    expect(rowHeaders(table)).toEqual(['Chips & compute', 'Open source & open weights'])
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Dimension', expect.stringContaining('United States'), expect.stringContaining('China')])
    expect(window.location.search).toBe('?dims=chips~open-weights')
  })

  it('shows all eight dimensions by default', async () => {
    renderApp('/')
    expect(rowHeaders(await matrix())).toHaveLength(8)
  })

  it('updates the URL when a dimension is ticked, without a history entry', async () => {
    const { user } = renderApp('/?dims=chips')
    await matrix()
    const before = window.history.length
    await user.click(screen.getByRole('checkbox', { name: 'Robotics & physical AI' }))
    expect(window.location.search).toBe('?dims=chips~robotics')
    expect(window.history.length).toBe(before)
    expect(rowHeaders(await matrix())).toEqual(['Chips & compute', 'Robotics & physical AI'])
  })

  it('hides a plan’s column when it is unticked', async () => {
    const { user } = renderApp('/?dims=chips')
    const table = await matrix()
    await user.click(screen.getByRole('checkbox', { name: 'China' }))
    expect(window.location.search).toBe('?plans=us&dims=chips')
    expect(within(table).getAllByRole('columnheader')).toHaveLength(2)
    expect(screen.getByRole('checkbox', { name: 'United States' })).toBeDisabled()
  })

  it('restores the previous view on Back', async () => {
    const { user } = renderApp('/?dims=chips')
    await matrix()
    await user.click(screen.getByRole('link', { name: 'Sources' }))
    expect(window.location.search).toBe('?view=sources&dims=chips')
    expect(await screen.findByRole('heading', { name: 'Sources and method', level: 1 })).toBeInTheDocument()
    window.history.back()
    expect(rowHeaders(await matrix())).toEqual(['Chips & compute'])
    expect(window.location.search).toBe('?dims=chips')
  })

  it('names what a hostile link contained, shows the page, and normalises the URL', async () => {
    renderApp('/?view=%3Cscript%3Ealert(1)%3C/script%3E&dims=chips~robots&utm_source=x')
    const table = await matrix()
    expect(rowHeaders(table)).toEqual(['Chips & compute'])
    const notice = screen.getByText('Parts of this link were ignored or corrected:').closest('div') as HTMLElement
    expect(notice).toHaveTextContent('view: “<script>alert(1)</script>” is not a view')
    expect(notice).toHaveTextContent('dims: ignored “robots” (not a dimension; did you mean “Robotics & physical AI”?)')
    expect(notice).toHaveTextContent('ignored unknown parameter “utm_source”')
    expect(document.querySelector('script')).toBeNull()
    expect(window.location.search).toBe('?dims=chips')
  })

  it('drops a selection that names no provision, with a notice', async () => {
    renderApp('/?sel=us-9-9-9')
    await matrix()
    expect(await screen.findByText(/sel: “us-9-9-9” is not a provision in this data/)).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toBe(''))
  })

  it('finds a provision by a word of its verbatim text', async () => {
    const { user } = renderApp('/')
    await matrix()
    await user.type(screen.getByRole('searchbox', { name: 'Search provisions' }), 'location verification')
    expect(window.location.search).toBe('?q=location%20verification')
    const target = data.provisions.find((p) => p.text?.includes('location verification'))
    expect(target).toBeDefined()
    const table = await matrix()
    const chipsRow = within(table)
      .getAllByRole('row')
      .find((r) => r.getAttribute('data-dimension') === target?.primary) as HTMLElement
    expect(within(chipsRow).getAllByRole('link', { name: target?.title })[0]).toBeInTheDocument()
    expect(screen.getByText(/Showing 1 provision of/)).toBeInTheDocument()
  })

  it('opens the detail panel for sel with the full text and a citation button', async () => {
    const first = data.provisions.find((p) => p.planId === 'us')
    if (!first) throw new Error('no US provision')
    renderApp(`/?sel=${first.id}`)
    const panel = await screen.findByRole('complementary', { name: first.title })
    expect(within(panel).getByText(first.text ?? '')).toBeInTheDocument()
    expect(within(panel).getByRole('button', { name: 'Copy citation' })).toBeInTheDocument()
  })

  it('renders every described provision with its “Described, not quoted” badge and never as a quote', async () => {
    renderApp('/?plans=cn')
    const table = await matrix()
    for (const button of within(table).queryAllByRole('button', { name: /^Show \d+ more$/ })) button.click()
    const described = data.provisions.filter((p) => p.provenance === 'described')
    expect(described.length).toBeGreaterThan(0)
    await waitFor(() => {
      for (const p of described) {
        const card = table.querySelector(`[data-provision="${p.id}"]`)
        expect(card, p.id).not.toBeNull()
        expect(card).toHaveTextContent('Described, not quoted')
        expect(card?.querySelector('blockquote')).toBeNull()
      }
    })
  })
})

describe('data failures', () => {
  const failing: ScenarioName[] = ['http-500', 'network-error', 'timeout', 'malformed-json', 'invalid-record']
  const messages: Record<string, RegExp> = {
    'http-500': /The data server answered 500/,
    'network-error': /the network request failed/,
    timeout: /did not arrive within 0.3 seconds/,
    'malformed-json': /not valid JSON/,
    'invalid-record': /provision “[a-z0-9-]+” \(primary\)/,
  }

  it.each(failing)('shows the error panel for %s and Retry recovers', async (name) => {
    datasetConfig.timeoutMs = 300
    server.use(scenarios[name])
    const { user } = renderApp('/?dims=chips')
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 })
    expect(alert).toHaveTextContent(messages[name] as RegExp)
    server.resetHandlers()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(rowHeaders(await matrix())).toEqual(['Chips & compute'])
    expect(screen.queryByRole('alert')).toBeNull()
    datasetConfig.timeoutMs = 15_000
  })

  it('keeps already-loaded data on screen when a refetch fails', async () => {
    const { queryClient } = renderApp('/?dims=chips')
    await matrix()
    server.use(http.get('*/api/v1/dataset.json', () => new HttpResponse(null, { status: 503 })))
    await queryClient.refetchQueries({ queryKey: ['dataset'] })
    expect(await screen.findByText('The data could not be refreshed')).toBeInTheDocument()
    expect(rowHeaders(await matrix())).toEqual(['Chips & compute'])
  })
})

describe('Permanent pages at a URL (docs/url-contract.md, "Permanent pages")', () => {
  it('opens a provision page with its detail panel and keeps the path', async () => {
    renderApp('/provisions/us-3-3-1/?plans=us')
    const p = data.provisions.find((x) => x.id === 'us-3-3-1')
    expect(await screen.findByRole('complementary', { name: p?.title })).toBeInTheDocument()
    expect(`${window.location.pathname}${window.location.search}`).toBe('/provisions/us-3-3-1/?plans=us')
  })

  it('rewrites an old ?sel= link to the provision page', async () => {
    renderApp('/?sel=us-3-3-1&dims=chips')
    await matrix()
    expect(`${window.location.pathname}${window.location.search}`).toBe('/provisions/us-3-3-1/?dims=chips')
  })

  it('opens a dimension page as Compare filtered to that dimension', async () => {
    renderApp('/dimensions/chips/')
    expect(rowHeaders(await matrix())).toEqual(['Chips & compute'])
    expect(window.location.pathname).toBe('/dimensions/chips/')
  })

  it('names an unknown provision on a path and falls back to the default view', async () => {
    renderApp('/provisions/us-9-9-9/')
    await matrix()
    expect(await screen.findByText(/sel: “us-9-9-9” is not a provision in this data/)).toBeInTheDocument()
    await waitFor(() => expect(`${window.location.pathname}${window.location.search}`).toBe('/'))
  })

  it('names an unknown path and shows the default view', async () => {
    renderApp('/no/such/page/')
    expect(rowHeaders(await matrix())).toHaveLength(8)
    expect(await screen.findByText(/no page at “\/no\/such\/page\/”; showing the default view/)).toBeInTheDocument()
    expect(window.location.pathname).toBe('/')
  })
})

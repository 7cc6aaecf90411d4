import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../data/index'
import { renderApp } from '../../test-utils'

const data = loadDataset()

describe('Sources view', () => {
  it('lists every source of the data once, grouped by kind, with its link', async () => {
    renderApp('/?view=sources')
    const bibliography = await screen.findByRole('region', { name: 'Bibliography' })
    const items = within(bibliography)
      .getAllByRole('listitem')
      .filter((li) => li.id.startsWith('source-'))
    expect(items.map((li) => li.id.replace('source-', '')).sort()).toEqual(data.sources.map((s) => s.id).sort())
    const plan = items.find((li) => li.id === 'source-wh-plan') as HTMLElement
    expect(within(plan).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      'https://www.whitehouse.gov/wp-content/uploads/2025/07/Americas-AI-Action-Plan.pdf',
    )
  })

  it('links back from a source to every record citing it', async () => {
    const { user } = renderApp('/?view=sources')
    const entry = await screen.findByText((_, el) => el?.id === 'source-wh-plan')
    const backLinks = within(entry)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('/provisions/'))
    expect(backLinks.length).toBe(data.provisions.filter((p) => p.sourceIds.includes('wh-plan')).length)
    await user.click(within(entry).getByRole('link', { name: 'us-3-3-1' }))
    expect(`${window.location.pathname}${window.location.search}`).toBe('/provisions/us-3-3-1/')
    expect(await screen.findByRole('complementary')).toBeInTheDocument()
  })

  it('shows the version, the as-of date, the method from the notes file and the known gaps', async () => {
    renderApp('/?view=sources')
    expect(await screen.findByText(/^Data version/)).toHaveTextContent(`Data version ${data.meta.version}, as of`)
    expect(await screen.findByRole('heading', { name: 'Why charts use shares' })).toBeInTheDocument()
    const changes = screen.getByRole('region', { name: 'What changed' })
    expect(within(changes).getByText(data.meta.version)).toBeInTheDocument()
    const gaps = screen.getByRole('region', { name: 'Known gaps' })
    expect(within(gaps).getAllByRole('listitem')).toHaveLength(data.gaps.length)
  })
})

describe('plan structure in the Sources view', () => {
  it('shows every China point with what was read, and point 9 as official wording not available', async () => {
    renderApp('/?view=sources')
    const table = await screen.findByRole('table', { name: /^China:/ })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(15)
    const point9 = rows.find((r) => r.getAttribute('data-section') === 'cn-9') as HTMLElement
    expect(point9).toHaveTextContent('Official wording not available')
    expect(point9).toHaveTextContent('Official English heading not seen')
    expect(within(point9).getByText('none')).toBeInTheDocument()
  })
})

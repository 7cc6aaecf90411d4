import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../data/index'
import { renderApp } from '../../test-utils'

const data = loadDataset()
const cited = (dim: string) => data.comparisons.find((c) => c.dimensionId === dim)?.provisionIds ?? []
const cardIds = (el: Element) => [...el.querySelectorAll('article[data-provision]')].map((a) => a.getAttribute('data-provision'))

describe('cells lead with what matters', () => {
  it('lists the provisions the comparison cites first, in its order, then the rest in document order', async () => {
    const { user } = renderApp('/?dims=chips')
    const table = await screen.findByRole('table', { name: 'Side-by-side comparison' })
    const cell = table.querySelector('td[data-plan="us"]') as HTMLElement
    await user.click(within(cell).getByRole('button', { name: /^Show \d+ more$/ }))
    const ids = cardIds(within(cell).getByRole('list', { name: 'United States: Chips & compute' }))
    const usCited = cited('chips').filter((id) => id.startsWith('us-'))
    expect(ids.slice(0, usCited.length)).toEqual(usCited)
    const rest = data.provisions.filter((p) => p.planId === 'us' && p.primary === 'chips' && !usCited.includes(p.id)).map((p) => p.id)
    expect(ids.slice(usCited.length)).toEqual(rest)
  })

  it('shows a plan’s secondary provisions expanded when it has no primary one in the row', async () => {
    renderApp('/?dims=chips')
    const table = await screen.findByRole('table', { name: 'Side-by-side comparison' })
    const cell = table.querySelector('td[data-plan="cn"]') as HTMLElement
    expect(cell).toHaveTextContent('Not a main topic in the parts of the plan that could be read; this provision touches it:')
    const list = within(cell).getByRole('list', { name: 'China: also touching Chips & compute' })
    const secondary = data.provisions.filter((p) => p.planId === 'cn' && p.primary !== 'chips' && p.secondary.includes('chips'))
    expect(cardIds(list)).toEqual(secondary.map((p) => p.id))
    expect(within(list).getByRole('link', { name: secondary[0]?.title ?? '' })).toBeVisible()
    expect(cell.querySelector('details')).toBeNull()
  })

  it('keeps secondary provisions behind a disclosure when the plan has primary ones in the row', async () => {
    renderApp('/?dims=governance')
    const table = await screen.findByRole('table', { name: 'Side-by-side comparison' })
    const cell = table.querySelector('td[data-plan="cn"]') as HTMLElement
    expect(within(cell).getByText(/^Also touching this dimension: \d+ provisions?$/)).toBeInTheDocument()
  })
})

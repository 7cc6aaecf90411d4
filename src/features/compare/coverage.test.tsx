import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../data/index'
import { selectCoverage } from '../../lib/coverage'
import { renderApp } from '../../test-utils'

const data = loadDataset()
const cn = selectCoverage(data).get('cn')
const matrix = () => screen.findByRole('table', { name: 'Side-by-side comparison' })

describe('China’s partial reading is never shown as China’s silence', () => {
  it('puts a coverage line with provenance counts and a link to the explanation in China’s column header, not the US one', async () => {
    renderApp('/')
    const table = await matrix()
    const [, us, china] = within(table).getAllByRole('columnheader')
    expect(china).toHaveTextContent(
      /21 provisions: 5 in official wording, 6 quoted by third parties, 3 from altered copies, 7 described only\./,
    )
    expect(china).toHaveTextContent('Of its 15 parts, 3 were read in full, 5 in part, 6 only described and 1 not available.')
    const link = within(china as HTMLElement).getByRole('link', { name: 'How China’s plan was read' })
    expect(link).toHaveAttribute('href', '/?view=sources#plans')
    expect(us).not.toHaveTextContent('provisions')
    expect(cn?.provisions).toBe(21)
  })

  it('follows the link to the plans section of Sources', async () => {
    const { user } = renderApp('/?dims=chips')
    const table = await matrix()
    await user.click(within(table).getByRole('link', { name: 'How China’s plan was read' }))
    // The link keeps the reader's filters, like every link between views.
    expect(window.location.search).toBe('?view=sources&dims=chips')
    await waitFor(() => expect(document.activeElement?.id).toBe('plans'))
  })

  it('says what was checked in an empty China cell, and keeps “Not addressed in this plan” for the US, read in full', async () => {
    // No China provision is primarily coded to chips, and none names the Department of Commerce.
    renderApp('/?dims=chips&agency=doc')
    const table = await matrix()
    const cell = table.querySelector('td[data-plan="cn"]') as HTMLElement
    expect(cell).toHaveTextContent('Not found in the parts of the plan that could be read')
    expect(cell).not.toHaveTextContent('Not addressed in this plan')
  })

  it('adds the coverage caveat, with its link, under the emphasis chart', async () => {
    renderApp('/?view=charts&chart=emphasis')
    const fig = await screen.findByRole('figure', { name: 'Emphasis by dimension' }, { timeout: 10_000 })
    const notes = within(fig).getByRole('list', { name: 'Notes on this chart' })
    expect(notes).toHaveTextContent(
      /China, read only in part: 21 provisions \(5 in official wording, .*\)\. Read in full: Preamble, .* not available: Point 9\./,
    )
    expect(notes).toHaveTextContent('a missing bar is not the plan’s silence')
    expect(within(notes).getByRole('link', { name: 'How the plans were read' })).toHaveAttribute(
      'href',
      '/?view=sources&chart=emphasis#plans',
    )
  })

  it('shows the coverage line on a dimension slide and what was checked when China has nothing on it', async () => {
    renderApp('/?present=1&dims=chips&slide=2')
    await screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 5000 })
    const slide = document.querySelector('.slide--current') as HTMLElement
    const china = within(slide).getByRole('region', { name: /China/ })
    expect(china).toHaveTextContent('Read in part · 5 official wording · 6 quoted · 3 altered copy · 7 described')
    expect(within(china).getByRole('link', { name: 'How it was read' })).toBeInTheDocument()
    const us = within(slide).getByRole('region', { name: /United States/ })
    expect(us).not.toHaveTextContent('Read in part')
  })
})

import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test-utils'
import { parseUrl } from '../../url-state/url'
import { embedSnippet } from './embed-code'

const matrix = () => screen.findByRole('table', { name: 'Side-by-side comparison' })

describe('share menu', () => {
  it('keeps Copy link in the header and offers the iframe snippet for the current view', async () => {
    const { user } = renderApp('/?dims=robotics&q=drone')
    await matrix()
    const header = screen.getByRole('banner')
    expect(within(header).getByRole('button', { name: 'Copy link' })).toBeInTheDocument()
    const share = within(header).getByRole('button', { name: 'Share' })
    expect(share).toHaveAttribute('aria-expanded', 'false')
    await user.click(share)
    expect(share).toHaveAttribute('aria-expanded', 'true')
    const code = screen.getByRole('textbox', { name: 'Embed this view in a web page' })
    expect(code).toHaveValue(
      '<iframe src="http://localhost:3000/?dims=robotics&amp;q=drone&amp;embed=1" title="Parallax: US and China AI action plans, side-by-side comparison" width="100%" height="640" style="border:0" loading="lazy"></iframe>',
    )
    expect(screen.getByRole('button', { name: 'Copy embed code' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('textbox', { name: 'Embed this view in a web page' })).toBeNull()
    expect(share).toHaveFocus()
  })

  it('names the view in the iframe title and never embeds a presentation', () => {
    const state = { ...parseUrl('?view=timeline&present=1&slide=3').state }
    expect(embedSnippet(state, 'https://example.org', '/')).toContain(
      'src="https://example.org/?view=timeline&amp;embed=1" title="Parallax: US and China AI action plans, timeline"',
    )
  })
})

describe('embed=1', () => {
  it('shows the view without header, navigation, filters or exports, with a link back to the full app', async () => {
    renderApp('/?dims=chips&embed=1')
    const table = await matrix()
    expect(within(table).getAllByRole('rowheader')).toHaveLength(1)
    expect(screen.queryByRole('banner')).toBeNull()
    expect(screen.queryByRole('navigation')).toBeNull()
    expect(screen.queryByRole('group', { name: 'Dimensions' })).toBeNull()
    expect(screen.queryByRole('searchbox', { name: 'Search provisions' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Present' })).toBeNull()
    const open = screen.getByRole('link', { name: /^Open in Parallax/ })
    expect(open).toHaveAttribute('href', 'http://localhost:3000/?dims=chips')
    expect(open).toHaveAttribute('target', '_blank')
    expect(open).toHaveAttribute('rel', 'noopener')
  })
})

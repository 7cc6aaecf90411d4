import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test-utils'

describe('Cite on a provision', () => {
  it('opens from the detail panel with six formats, copies BibTeX, and Esc closes only the menu, back on its button', async () => {
    const { user } = renderApp('/?sel=us-3-3-1')
    const panel = await waitFor(() => document.querySelector<HTMLElement>('aside.detail') ?? Promise.reject(new Error('no panel')))
    const cite = within(panel).getByRole('button', { name: 'Cite provision us-3-3-1' })
    expect(cite).toHaveAttribute('aria-expanded', 'false')
    await user.click(cite)
    expect(cite).toHaveAttribute('aria-expanded', 'true')
    const menu = within(panel).getByRole('group', { name: 'Cite provision us-3-3-1' })
    const pre = await within(menu).findByLabelText('BibTeX citation', {}, { timeout: 15_000 })
    expect(pre.textContent).toMatch(/^@misc\{parallax_us_3_3_1,/)
    expect(pre.textContent).toContain('url = {http://localhost:3000/provisions/us-3-3-1/}')
    expect(within(menu).getByLabelText('APA (7th edition) citation').textContent).toMatch(
      /^The White House\. \(2025, July 23\)\. Winning the Race/,
    )
    expect(within(menu).getAllByRole('button', { name: /^Copy / })).toHaveLength(6)
    expect(
      within(menu)
        .getAllByRole('button', { name: /^Download / })
        .map((b) => b.textContent),
    ).toEqual(['Download .bib', 'Download .ris', 'Download .json'])

    await user.click(within(menu).getByRole('button', { name: 'Copy BibTeX' }))
    expect(await navigator.clipboard.readText()).toBe(pre.textContent)

    within(menu).getByRole('button', { name: 'Copy RIS' }).focus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('group', { name: 'Cite provision us-3-3-1' })).not.toBeInTheDocument()
    expect(cite).toHaveFocus()
    // The detail panel is still open.
    expect(document.querySelector('aside.detail')).toBeInTheDocument()
  }, 30_000)

  it('names the viewed version in the URL when v= is set', async () => {
    const { user } = renderApp('/?sel=cn-2-3&v=2026.12.06-1')
    const panel = await waitFor(() => document.querySelector<HTMLElement>('aside.detail') ?? Promise.reject(new Error('no panel')))
    await user.click(within(panel).getByRole('button', { name: 'Cite provision cn-2-3' }))
    const pre = await within(panel).findByLabelText('BibTeX citation', {}, { timeout: 15_000 })
    expect(pre.textContent).toContain('url = {http://localhost:3000/provisions/cn-2-3/?v=2026.12.06-1}')
    expect(pre.textContent).toContain('Not official wording')
    await waitFor(() => expect(within(panel).getByLabelText('MLA (9th edition) citation').textContent).toContain('Not official wording'))
  }, 30_000)
})

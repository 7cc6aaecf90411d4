import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../test-utils'

describe('the detail panel and the keyboard', () => {
  it('moves focus into the panel when a card is opened, and Esc closes it and returns focus to that card', async () => {
    const { user } = renderApp('/?dims=chips')
    const table = await screen.findByRole('table', { name: 'Side-by-side comparison' })
    const link = table.querySelector('td[data-plan="us"] .provision__title a') as HTMLAnchorElement
    link.focus()
    await user.keyboard('{Enter}')
    const panel = await screen.findByRole('complementary', { name: link.textContent ?? '' })
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('complementary', { name: link.textContent ?? '' })).not.toBeInTheDocument())
    expect(window.location.search).toBe('?dims=chips')
    await waitFor(() => expect(link).toHaveFocus())
  })

  it('returns focus to the card from the Close button too', async () => {
    const { user } = renderApp('/?dims=chips')
    const table = await screen.findByRole('table', { name: 'Side-by-side comparison' })
    const link = table.querySelector('td[data-plan="us"] .provision__title a') as HTMLAnchorElement
    await user.click(link)
    await user.click(await screen.findByRole('button', { name: 'Close details' }))
    await waitFor(() => expect(link).toHaveFocus())
  })
})

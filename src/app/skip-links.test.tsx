import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../test-utils'

describe('skip links', () => {
  it('on Compare, “Skip to results” points at the results section, past the filters', async () => {
    renderApp('/?dims=chips')
    await screen.findByRole('table', { name: 'Side-by-side comparison' })
    expect(screen.getByRole('link', { name: 'Skip to results' })).toHaveAttribute('href', '#results')
    const target = document.getElementById('results')
    expect(target).toHaveAttribute('tabindex', '-1')
    expect(target).toContainElement(screen.getByRole('table', { name: 'Side-by-side comparison' }))
    expect(target).not.toContainElement(screen.getByRole('group', { name: 'Dimensions' }))
    expect(screen.queryByRole('link', { name: 'Skip to timeline' })).not.toBeInTheDocument()
  })

  it('on Timeline, “Skip to timeline” points at the lanes', async () => {
    renderApp('/?view=timeline')
    const link = await screen.findByRole('link', { name: 'Skip to timeline' }, { timeout: 10_000 })
    expect(link).toHaveAttribute('href', '#timeline')
    const target = await screen.findByText((_, el) => el?.id === 'timeline', undefined, { timeout: 10_000 })
    expect(target).toHaveAttribute('tabindex', '-1')
    expect(target.querySelector('.lanes__inner')).not.toBeNull()
    expect(screen.queryByRole('link', { name: 'Skip to results' })).not.toBeInTheDocument()
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useUrlStore } from '../url-state/store'
import { renderApp } from '../test-utils'
import { loadDataset } from '../data/index'
import { changedSince } from '../lib/versions'

const { changelog, meta } = loadDataset()

describe('v: an earlier data version', () => {
  it('opens 2026.11.28-2 with the notice, its count of changed records, and links to what changed and to the current data', async () => {
    renderApp('/?v=2026.11.28-2&sel=cn-2-3')
    const notice = await screen.findByRole('note', { name: 'Earlier data version' })
    const n = changedSince(changelog, '2026.11.28-2')?.records.length
    expect(n).toBeGreaterThan(10)
    await waitFor(() =>
      expect(notice).toHaveTextContent(
        `You are viewing the data as of 28 November 2026 (version 2026.11.28-2); ${n} records changed since — see what changed.`,
      ),
    )
    expect(within(notice).getByRole('link', { name: 'see what changed' })).toHaveAttribute('href', '/?view=sources#changes')
    expect(within(notice).getByRole('link', { name: 'View the current data' })).toHaveAttribute('href', '/provisions/cn-2-3/')
    expect(notice).toHaveTextContent('This version did not record who must act (named and inferred actors): shown as not coded')
    // The old data is what is shown: the footer names the version, and cn-2-3 as it was then (before F01 made it an altered copy).
    expect(await screen.findByText(/Data 2026\.11\.28-2, as of/)).toBeInTheDocument()
    const panel = document.querySelector('aside.detail')
    expect(panel).not.toBeNull()
    expect(panel?.textContent).not.toContain('Not the plan’s wording')
  })

  it('shows the current data with no notice when v names the current version', async () => {
    renderApp(`/?v=${meta.version}`)
    expect(await screen.findByText(new RegExp(`Data ${meta.version.replace(/\./g, '\\.')}, as of`))).toBeInTheDocument()
    expect(screen.queryByRole('note', { name: 'Earlier data version' })).not.toBeInTheDocument()
  })

  it('falls back to the current data with a notice for a version never released, keeping the rest of the link', async () => {
    renderApp('/?view=sources&v=1999.01.01-1')
    expect(await screen.findByText(/“1999\.01\.01-1” is not a released data version; showing the current data/)).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toBe('?view=sources'))
    expect(useUrlStore.getState().state.v).toBeNull()
    expect(await screen.findByText(new RegExp(`Data ${meta.version.replace(/\./g, '\\.')}, as of`))).toBeInTheDocument()
  })
})

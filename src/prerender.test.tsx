/**
 * The build-time pre-render (src/prerender.tsx) and its hydration: the default Compare view
 * rendered to HTML from the emitted payload, then hydrated by the same tree with the same data —
 * React (its development build here, which also compares attributes) must find nothing to fix.
 */
import { act } from '@testing-library/react'
import { hydrateRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { datasetQueryOptions } from './api/dataset'
import { createQueryClient } from './app/query-client'
import { Root } from './app/root'
import { buildDatasetInput } from './data'
import { Dataset } from './data/dataset-schema'
import { splitNotes } from './data/notes-schema'
import { prerender } from './prerender'
import { cspProblems } from '../scripts/prerender-html'
import { useUrlStore } from './url-state/store'

// What the build emits as /api/v1/dataset.json (scripts/vite-dataset-api.ts).
const payload = JSON.stringify(splitNotes(buildDatasetInput()).dataset)

function parse(markup: string): DocumentFragment {
  return document.createRange().createContextualFragment(markup)
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('prerender', () => {
  it('renders the default Compare view: 8 dimension rows, both plans, no CSP problems', () => {
    const { app } = prerender(payload, '/')
    const view = parse(app)
    expect(view.querySelector('table[aria-label="Side-by-side comparison"]')).not.toBeNull()
    expect([...view.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-dimension'))).toEqual([
      'chips',
      'open-weights',
      'robotics',
      'governance',
      'infrastructure',
      'security',
      'diplomacy',
      'adoption',
    ])
    expect([...view.querySelectorAll('thead th')].map((th) => th.firstChild?.textContent ?? '')).toHaveLength(3)
    expect(view.querySelector('#compare-title')?.textContent).toBe('Compare the plans')
    expect(view.querySelector('.compare__count')?.textContent).toMatch(/^Showing \d+ provisions of \d+ across 8 dimensions\.$/)
    expect(view.querySelector('nav a[aria-current="page"]')?.textContent).toBe('Compare')
    expect(cspProblems(app)).toEqual([])
  })

  it('renders the loading skeleton that stands in for the view on other links', () => {
    const { skeleton } = prerender(payload, '/')
    const view = parse(skeleton)
    expect(view.querySelector('.skeleton[role="status"] .visually-hidden')?.textContent).toBe('Loading the plans…')
    expect(view.querySelectorAll('.skeleton__row')).toHaveLength(4)
    expect(cspProblems(skeleton)).toEqual([])
  })

  it('hydrates without a mismatch and keeps the pre-rendered nodes', async () => {
    window.history.replaceState(null, '', '/')
    useUrlStore.getState().syncFromLocation()
    const container = document.createElement('div')
    container.append(parse(prerender(payload, '/').app))
    document.body.append(container)
    const table = container.querySelector('table')
    const cards = container.querySelectorAll('article.provision').length

    const client = createQueryClient()
    client.setQueryData(datasetQueryOptions().queryKey, Dataset.parse(JSON.parse(payload)))
    const recoverable: unknown[] = []
    const consoleError = vi.spyOn(console, 'error')
    let mounted = false
    await act(async () => {
      hydrateRoot(container, <Root queryClient={client} onMounted={() => (mounted = true)} />, {
        onRecoverableError: (e) => recoverable.push(e),
      })
    })
    expect(mounted).toBe(true)
    expect(recoverable).toEqual([])
    expect(consoleError).not.toHaveBeenCalled()
    expect(container.querySelector('table')).toBe(table)
    expect(container.querySelectorAll('article.provision')).toHaveLength(cards)
    consoleError.mockRestore()
  })
})

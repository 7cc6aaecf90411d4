/**
 * Input given to pre-rendered markup before hydration reaches the app afterwards (replay-input.ts).
 */
import { act } from '@testing-library/react'
import { useState } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, expect, it, vi } from 'vitest'
import { replayEarlyInput } from './replay-input'

interface Spies {
  onQuery: (q: string) => void
  onTick: (checked: boolean) => void
  onToggle: (open: boolean) => void
}

function Controls({ onQuery, onTick, onToggle }: Spies) {
  const [q, setQ] = useState('')
  const [ticked, setTicked] = useState(true)
  const [open, setOpen] = useState(false)
  return (
    <div>
      <input
        type="search"
        aria-label="Search"
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value)
          onQuery(e.currentTarget.value)
        }}
      />
      <input
        type="checkbox"
        aria-label="Chips"
        checked={ticked}
        onChange={(e) => {
          setTicked(e.currentTarget.checked)
          onTick(e.currentTarget.checked)
        }}
      />
      <input type="checkbox" aria-label="Untouched" checked={false} onChange={() => onTick(true)} />
      <details
        open={open}
        onToggle={(e) => {
          setOpen(e.currentTarget.open)
          onToggle(e.currentTarget.open)
        }}
      >
        <summary>More</summary>
        {open && <p>Shown once open</p>}
      </details>
    </div>
  )
}

afterEach(() => document.body.replaceChildren())

async function hydrate(spies: Spies, before: (root: HTMLElement) => void): Promise<HTMLElement> {
  const root = document.createElement('div')
  root.append(document.createRange().createContextualFragment(renderToString(<Controls {...spies} />)))
  document.body.append(root)
  before(root)
  await act(async () => {
    hydrateRoot(root, <Controls {...spies} />)
  })
  return root
}

const spies = (): Spies => ({ onQuery: vi.fn(), onTick: vi.fn(), onToggle: vi.fn() })

it('replays text typed, boxes ticked and disclosures opened before hydration', async () => {
  const s = spies()
  const root = await hydrate(s, (r) => {
    ;(r.querySelector('input[type=search]') as HTMLInputElement).value = 'export'
    ;(r.querySelector('input[aria-label=Chips]') as HTMLInputElement).checked = false
    ;(r.querySelector('details') as HTMLDetailsElement).open = true
  })
  // Hydration alone does not tell the app.
  expect(s.onQuery).not.toHaveBeenCalled()
  expect(s.onTick).not.toHaveBeenCalled()
  await act(async () => replayEarlyInput(root))
  expect(s.onQuery).toHaveBeenCalledWith('export')
  expect(s.onTick).toHaveBeenCalledTimes(1)
  expect(s.onTick).toHaveBeenCalledWith(false)
  expect(s.onToggle).toHaveBeenCalledWith(true)
  expect((root.querySelector('input[type=search]') as HTMLInputElement).value).toBe('export')
  expect((root.querySelector('input[aria-label=Chips]') as HTMLInputElement).checked).toBe(false)
  expect(root.querySelector('details p')?.textContent).toBe('Shown once open')
})

it('does nothing when nothing was touched', async () => {
  const s = spies()
  const root = await hydrate(s, () => {})
  await act(async () => replayEarlyInput(root))
  expect(s.onQuery).not.toHaveBeenCalled()
  expect(s.onTick).not.toHaveBeenCalled()
  expect(s.onToggle).not.toHaveBeenCalled()
})

import { useEffect, useRef } from 'react'

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'blank' | 'help' | 'notes' | 'escape'

/**
 * The deck keys (docs/architecture.md § Presentation), after reveal.js, including what presentation clickers send (PageUp /
 * PageDown, and B or . for their "blank" button). key-help.tsx shows the same table.
 */
const deckKeys: { keys: string[]; action: DeckAction }[] = [
  { keys: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N'], action: 'next' },
  { keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace'], action: 'previous' },
  { keys: ['Home'], action: 'first' },
  { keys: ['End'], action: 'last' },
  { keys: ['f', 'F'], action: 'fullscreen' },
  { keys: ['b', 'B', '.'], action: 'blank' },
  { keys: ['s', 'S'], action: 'notes' },
  { keys: ['?'], action: 'help' },
  { keys: ['Escape'], action: 'escape' },
]

const byKey = new Map(deckKeys.flatMap(({ keys, action }) => keys.map((k) => [k, action] as const)))

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY'].includes(target.tagName)
}

/** Maps a key press to a deck action, or null when the key belongs to something else. */
export function deckActionFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): DeckAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isEditable(e.target)) return null
  // Space and Enter on a focused button press that button, as everywhere else.
  if ((e.key === ' ' || e.key === 'Enter') && isActivatable(e.target)) return null
  return byKey.get(e.key) ?? null
}

/** Listens for deck keys on the window while mounted; the latest handler always runs. */
export function useDeckKeys(onAction: (action: DeckAction) => void): void {
  const handler = useRef(onAction)
  useEffect(() => {
    handler.current = onAction
  })
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return
      const action = deckActionFor(e)
      if (!action) return
      e.preventDefault()
      handler.current(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

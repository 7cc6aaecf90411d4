import type { DeckAction } from './use-deck-keys'

/** What a deck can do, for the one action table both decks share (the filters' deck and a brief's). */
export interface DeckControls {
  current: number
  count: number
  blank: boolean
  help: boolean
  go: (slide: number) => void
  toggleFullscreen: () => void
  setBlank: (on: boolean) => void
  setHelp: (on: boolean) => void
  toggleNotes: () => void
  toggleContrast: () => void
  exit: () => void
}

/** Runs one deck action. Like reveal.js, a blanked screen waits: only B and Esc act on it. */
export function runDeckAction(action: DeckAction | 'contrast' | 'exit', c: DeckControls): void {
  if (c.blank && action !== 'blank' && action !== 'escape') return
  switch (action) {
    case 'next':
      return c.go(c.current + 1)
    case 'previous':
      return c.go(c.current - 1)
    case 'first':
      return c.go(1)
    case 'last':
      return c.go(c.count)
    case 'fullscreen':
      return c.toggleFullscreen()
    case 'blank':
      return c.setBlank(!c.blank)
    case 'help':
      return c.setHelp(!c.help)
    case 'notes':
      return c.toggleNotes()
    case 'contrast':
      return c.toggleContrast()
    case 'escape':
      if (c.help) return c.setHelp(false)
      if (c.blank) return c.setBlank(false)
      return c.exit()
    case 'exit':
      return c.exit()
    default:
      return action satisfies never
  }
}

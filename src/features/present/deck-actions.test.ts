import { describe, expect, it, vi } from 'vitest'
import { runDeckAction, type DeckControls } from './deck-actions'

function controls(patch: Partial<DeckControls> = {}): DeckControls {
  return {
    current: 3,
    count: 9,
    blank: false,
    help: false,
    go: vi.fn(),
    toggleFullscreen: vi.fn(),
    setBlank: vi.fn(),
    setHelp: vi.fn(),
    toggleNotes: vi.fn(),
    toggleContrast: vi.fn(),
    exit: vi.fn(),
    ...patch,
  }
}

describe('runDeckAction', () => {
  it('moves between slides', () => {
    const c = controls()
    runDeckAction('next', c)
    runDeckAction('previous', c)
    runDeckAction('first', c)
    runDeckAction('last', c)
    expect(vi.mocked(c.go).mock.calls).toEqual([[4], [2], [1], [9]])
  })

  it('waits on a blanked screen: only B and Esc act', () => {
    const c = controls({ blank: true })
    runDeckAction('next', c)
    runDeckAction('notes', c)
    expect(c.go).not.toHaveBeenCalled()
    expect(c.toggleNotes).not.toHaveBeenCalled()
    runDeckAction('escape', c)
    expect(c.setBlank).toHaveBeenCalledWith(false)
    expect(c.exit).not.toHaveBeenCalled()
  })

  it('Esc closes the help first, then exits', () => {
    const withHelp = controls({ help: true })
    runDeckAction('escape', withHelp)
    expect(withHelp.setHelp).toHaveBeenCalledWith(false)
    expect(withHelp.exit).not.toHaveBeenCalled()
    const plain = controls()
    runDeckAction('escape', plain)
    expect(plain.exit).toHaveBeenCalledOnce()
  })
})

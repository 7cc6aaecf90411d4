import { useEffect, useRef } from 'react'

/** B or . blanks the whole screen, as reveal.js does; the same key, Esc or a click brings it back. */
export function BlankScreen({ onBack }: { onBack: () => void }) {
  const ref = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    ref.current?.focus()
    return () => before?.focus()
  }, [])
  return (
    <button type="button" ref={ref} className="deck-blank" onClick={onBack}>
      <span className="visually-hidden">Screen blanked. Press B, full stop or Escape, or this button, to come back.</span>
    </button>
  )
}

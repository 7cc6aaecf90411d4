import { useEffect, useRef } from 'react'

/**
 * The handout, like reveal.js's `?print-pdf&showNotes=true`: one slide per page with the whole
 * wording, and — if asked for — each slide's speaker notes on the page after it. Ctrl+P prints
 * the same way with the choice made here. Focus moves in, and back to the Print button on close.
 */
export function PrintPanel({
  withNotes,
  onChange,
  onPrint,
  onClose,
}: {
  withNotes: boolean
  onChange: (withNotes: boolean) => void
  onPrint: () => void
  onClose: () => void
}) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    ref.current?.querySelector<HTMLInputElement>('input:checked')?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.preventDefault()
      onClose()
    }
    const node = ref.current
    node?.addEventListener('keydown', onKey)
    return () => {
      node?.removeEventListener('keydown', onKey)
      before?.focus()
    }
  }, [onClose])
  return (
    <div className="print-panel" role="dialog" aria-modal="false" aria-labelledby="print-panel-title" ref={ref}>
      <h2 id="print-panel-title">Print the handout</h2>
      <fieldset>
        <legend>One slide per page, with the whole wording of each provision</legend>
        <label>
          <input type="radio" name="print-notes" checked={!withNotes} onChange={() => onChange(false)} /> Slides only
        </label>
        <label>
          <input type="radio" name="print-notes" checked={withNotes} onChange={() => onChange(true)} /> Slides with speaker notes
        </label>
      </fieldset>
      <div className="print-panel__actions">
        <button type="button" className="deck-button deck-button--solid" onClick={onPrint}>
          Print
        </button>
        <button type="button" className="deck-button deck-button--solid" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  )
}

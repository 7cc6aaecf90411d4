interface Props {
  current: number
  count: number
  notes: boolean
  contrast: boolean
  fullscreen: boolean
  print: boolean
  onAction: (action: 'next' | 'previous' | 'notes' | 'contrast' | 'fullscreen' | 'help' | 'print' | 'exit') => void
}

/**
 * Small, over the slide's bottom edge; it hides while presenting and comes back when the mouse
 * moves or a control has keyboard focus (Tab reaches it), like reveal.js's controls.
 */
export function DeckToolbar({ current, count, notes, contrast, fullscreen, print, onAction }: Props) {
  return (
    <div className="deck-toolbar" role="toolbar" aria-label="Presentation controls">
      <div className="deck-toolbar__nav">
        <button
          type="button"
          className="deck-button"
          onClick={() => onAction('previous')}
          disabled={current <= 1}
          aria-label="Previous slide"
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          <span aria-hidden="true">←</span> Previous
        </button>
        <p className="deck-toolbar__progress">
          <span aria-hidden="true">
            {current} / {count}
          </span>
          <span className="visually-hidden">
            Slide {current} of {count}
          </span>
        </p>
        <button
          type="button"
          className="deck-button"
          onClick={() => onAction('next')}
          disabled={current >= count}
          aria-label="Next slide"
          aria-keyshortcuts="ArrowRight PageDown"
        >
          Next <span aria-hidden="true">→</span>
        </button>
      </div>
      <div className="deck-toolbar__tools">
        <button
          type="button"
          className="deck-button"
          aria-pressed={notes}
          onClick={() => onAction('notes')}
          aria-label="Speaker notes"
          aria-keyshortcuts="S"
        >
          Notes
        </button>
        <button type="button" className="deck-button" aria-pressed={contrast} onClick={() => onAction('contrast')}>
          High contrast
        </button>
        <button
          type="button"
          className="deck-button"
          aria-pressed={fullscreen}
          onClick={() => onAction('fullscreen')}
          aria-keyshortcuts="F"
        >
          Full screen
        </button>
        <button type="button" className="deck-button" aria-expanded={print} onClick={() => onAction('print')}>
          Print…
        </button>
        <button type="button" className="deck-button" onClick={() => onAction('help')} aria-keyshortcuts="Shift+?">
          Keys
        </button>
        <button
          type="button"
          className="deck-button deck-button--exit"
          onClick={() => onAction('exit')}
          aria-label="Exit presentation"
          aria-keyshortcuts="Escape"
        >
          Exit
        </button>
      </div>
      <div className="deck-toolbar__bar" aria-hidden="true">
        <span style={{ width: `${(current / Math.max(1, count)) * 100}%` }} />
      </div>
    </div>
  )
}

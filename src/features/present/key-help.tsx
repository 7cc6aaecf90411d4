import { useEffect, useRef } from 'react'

const rows: [string, string][] = [
  ['→  ↓  Space  Page Down  N', 'Next slide'],
  ['←  ↑  Page Up  P  Backspace', 'Previous slide'],
  ['Home  ·  End', 'First slide · last slide'],
  ['F', 'Toggle full screen'],
  ['B  or  .', 'Blank the screen; press again to come back'],
  ['S', 'Speaker view in its own window: current and next slide, notes, timer'],
  ['?', 'This key help'],
  ['Esc', 'Close this help, unblank, or leave the presentation'],
]

/** The key table of docs/architecture.md § Presentation, including what clickers send. Focus moves in and back out. */
export function KeyHelp({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    ref.current?.focus()
    return () => before?.focus()
  }, [])
  return (
    <div className="key-help" role="dialog" aria-modal="false" aria-labelledby="key-help-title" tabIndex={-1} ref={ref}>
      <h2 id="key-help-title">Keyboard and clicker keys</h2>
      <table className="key-help__table">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={action}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Presentation clickers send Page Up and Page Down; their “blank” button sends B or a full stop.</p>
      <p>Printing (Ctrl+P or ⌘P, or Print… in the toolbar) gives a handout with one slide per page, with or without the speaker notes.</p>
      <p>The controls hide while you present; move the mouse or press Tab to bring them back.</p>
      <button type="button" className="deck-button" onClick={onClose}>
        Close key help
      </button>
    </div>
  )
}

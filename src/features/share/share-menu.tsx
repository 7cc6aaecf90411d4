import { useEffect, useId, useRef, useState } from 'react'
import { CopyButton } from '../../components/copy-button'
import { useUrlStore } from '../../url-state/store'
import { CopyLinkButton } from './copy-link-button'
import { embedSnippet } from './embed-code'
import './share.css'

function EmbedPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const state = useUrlStore((s) => s.state)
  const snippet = embedSnippet(state, window.location.origin, window.location.pathname)
  const codeId = useId()
  return (
    <div id={id} className="share-menu__panel" role="group" aria-label="Embed or print this view">
      <label htmlFor={codeId} className="share-menu__label">
        Embed this view in a web page
      </label>
      <textarea id={codeId} className="share-menu__code" readOnly rows={4} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <p className="share-menu__hint">The embedded view has no header or filters, and links back here.</p>
      <div className="share-menu__actions">
        <CopyButton label="Copy embed code" confirm="Embed code copied to the clipboard." getText={() => snippet} />
        <button
          type="button"
          className="button"
          onClick={() => {
            onClose()
            window.print()
          }}
        >
          Print
        </button>
      </div>
    </div>
  )
}

/** Copy link stays one click away; the menu adds the iframe snippet and printing. */
export function ShareMenu() {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const toggle = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      setOpen(false)
      toggle.current?.focus()
    }
    document.addEventListener('pointerdown', onDown)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onDown)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])

  return (
    <div className="share-menu" ref={root}>
      <CopyLinkButton />
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        Share <span aria-hidden="true">▾</span>
      </button>
      {open && <EmbedPanel id={panelId} onClose={() => setOpen(false)} />}
    </div>
  )
}

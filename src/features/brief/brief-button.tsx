import { useEffect } from 'react'
import { STORAGE_KEY, useBriefStore } from '../../brief/store'

function hasStoredDrafts(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== null
  } catch {
    return false
  }
}

/** The header's "Brief" button: opens and closes the brief panel and shows how many items it holds. */
export function BriefButton() {
  const open = useBriefStore((s) => s.open)
  const count = useBriefStore((s) => s.drafts.find((d) => d.id === s.activeId)?.items.length ?? 0)
  useEffect(() => {
    // A returning briefer's drafts are read (and checked with Zod) once the first view has painted,
    // so the buttons can show what is in the brief; with no drafts stored, nothing loads until used.
    if (!hasStoredDrafts()) return
    const w = window as Window & { requestIdleCallback?: (cb: () => void) => number }
    const start = () => void useBriefStore.getState().load()
    if (w.requestIdleCallback) w.requestIdleCallback(start)
    else window.setTimeout(start, 1500)
  }, [])
  return (
    <button
      type="button"
      className="button brief-button"
      aria-expanded={open}
      aria-controls="brief-panel"
      onClick={() => useBriefStore.getState().setOpen(!open)}
    >
      Brief
      <span className="brief-button__count">
        {count}
        <span className="visually-hidden"> {count === 1 ? 'item' : 'items'}</span>
      </span>
    </button>
  )
}

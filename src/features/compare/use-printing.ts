import { useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'

/**
 * Whether the page is being printed. The browser fires `beforeprint` (and the `print` media query
 * changes, also under emulation) before it lays out the printout; the cells then render every
 * provision at once (flushSync), so the handout holds everything that matches the filters.
 */
let printing = false
const listeners = new Set<() => void>()
let detach: (() => void) | undefined

function set(value: boolean): void {
  if (printing === value) return
  printing = value
  flushSync(() => {
    for (const l of listeners) l()
  })
}

function attach(): () => void {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined
  printing = query?.matches ?? false
  const before = () => set(true)
  const after = () => set(query?.matches ?? false)
  const onQuery = (e: MediaQueryListEvent) => set(e.matches)
  window.addEventListener('beforeprint', before)
  window.addEventListener('afterprint', after)
  query?.addEventListener?.('change', onQuery)
  return () => {
    window.removeEventListener('beforeprint', before)
    window.removeEventListener('afterprint', after)
    query?.removeEventListener?.('change', onQuery)
  }
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) detach = attach()
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      detach?.()
      detach = undefined
    }
  }
}

export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  )
}

import { useCallback, useEffect, useRef, useState } from 'react'

/** How long the controls stay after the mouse last moved (ms), as in reveal.js. */
export const CHROME_IDLE_MS = 2500

/**
 * The deck's controls hide while presenting and come back when the mouse moves (keyboard focus
 * in the toolbar shows it through CSS, `:focus-within`). The keys work either way.
 */
export function useDeckChrome(): { hidden: boolean; wake: () => void } {
  const [hidden, setHidden] = useState(false)
  const timer = useRef(0)
  const wake = useCallback(() => {
    setHidden(false)
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => setHidden(true), CHROME_IDLE_MS)
  }, [])
  useEffect(() => {
    wake()
    return () => window.clearTimeout(timer.current)
  }, [wake])
  return { hidden, wake }
}

/** Whether a media query matches, kept up to date. */
export function useMediaQuery(query: string): boolean {
  const get = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches
  const [matches, setMatches] = useState(get)
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return
    const list = window.matchMedia(query)
    const on = () => setMatches(list.matches)
    on()
    list.addEventListener('change', on)
    return () => list.removeEventListener('change', on)
  }, [query])
  return matches
}

/** A phone: the deck reflows into a page (docs/architecture.md § Presentation). */
export const REFLOW_QUERY = '(max-width: 40rem)'

import { useCallback, useState } from 'react'

/** The width of an element, kept up to date with a ResizeObserver (0 until measured). */
export function useWidth<T extends HTMLElement>(): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(0)
  const ref = useCallback((node: T | null) => {
    if (!node || typeof ResizeObserver === 'undefined') return
    setWidth(node.getBoundingClientRect().width)
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0))
    observer.observe(node)
    return () => observer.disconnect()
  }, [])
  return [ref, width]
}

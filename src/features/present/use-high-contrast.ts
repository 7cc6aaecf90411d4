import { useCallback, useState } from 'react'

/** Remembered per browser, not in the URL: it suits the room's projector, not the link. */
export const CONTRAST_KEY = 'parallax:presentation-contrast'

function read(): boolean {
  try {
    return window.localStorage.getItem(CONTRAST_KEY) === 'high'
  } catch {
    return false
  }
}

export function useHighContrast(): [boolean, () => void] {
  const [high, setHigh] = useState(read)
  const toggle = useCallback(() => {
    setHigh((on) => {
      try {
        if (on) window.localStorage.removeItem(CONTRAST_KEY)
        else window.localStorage.setItem(CONTRAST_KEY, 'high')
      } catch {
        // Storage can be blocked (private mode); the toggle still works for this session.
      }
      return !on
    })
  }, [])
  return [high, toggle]
}

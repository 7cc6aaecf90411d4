import { useCallback, useEffect, useState } from 'react'

/** The browser Fullscreen API on the whole document; a refusal (no user gesture, policy) is ignored. */
export function useFullscreen(): [boolean, () => void] {
  const [on, setOn] = useState(() => typeof document !== 'undefined' && document.fullscreenElement != null)
  useEffect(() => {
    const sync = () => setOn(document.fullscreenElement != null)
    document.addEventListener('fullscreenchange', sync)
    return () => document.removeEventListener('fullscreenchange', sync)
  }, [])
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined)
    else void document.documentElement.requestFullscreen?.().catch(() => undefined)
  }, [])
  return [on, toggle]
}

export function leaveFullscreen(): void {
  if (typeof document !== 'undefined' && document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined)
}

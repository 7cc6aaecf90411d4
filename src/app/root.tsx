import type { QueryClient } from '@tanstack/react-query'
import { StrictMode, useEffect, useLayoutEffect, type ReactNode } from 'react'
import { App } from './app'

interface Hooks {
  /** After the first commit, before the browser paints it. */
  onCommitted?: () => void
  /** After the first commit has been painted. */
  onMounted?: () => void
}

function Mounted({ onCommitted, onMounted, children }: Hooks & { children: ReactNode }) {
  useLayoutEffect(() => {
    onCommitted?.()
  }, [onCommitted])
  useEffect(() => {
    onMounted?.()
  }, [onMounted])
  return children
}

/**
 * The element both the browser (src/app/mount.tsx) and the build's pre-render (src/prerender.tsx)
 * render: hydration needs the very same tree on both sides.
 */
export function Root({ queryClient, onCommitted, onMounted }: Hooks & { queryClient: QueryClient }) {
  return (
    <StrictMode>
      <Mounted onCommitted={onCommitted} onMounted={onMounted}>
        <App queryClient={queryClient} />
      </Mounted>
    </StrictMode>
  )
}

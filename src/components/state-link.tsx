import type { MouseEvent, ReactNode } from 'react'
import { useUrlStore } from '../url-state/store'
import { stateHref } from '../url-state/url'
import { defaultViewState, type ViewState } from '../url-state/view-state'

/**
 * A real link to another view state (works in a new tab), followed in-app with pushState.
 * `fresh` starts from the defaults instead of the current filters.
 */
export function StateLink({
  to,
  fresh = false,
  children,
  className,
  hash,
}: {
  to: Partial<ViewState>
  fresh?: boolean
  children: ReactNode
  className?: string
  /** An element id in the target view to scroll to (e.g. `plans` in Sources). */
  hash?: string
}) {
  const state = useUrlStore((s) => s.state)
  const update = useUrlStore((s) => s.update)
  const target: ViewState = { ...(fresh ? defaultViewState : state), ...to, embed: state.embed }
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return
    e.preventDefault()
    update(target, 'push')
    window.scrollTo({ top: 0 })
    if (hash) {
      // After the target view has rendered: bring the section into view and put focus on its heading.
      window.setTimeout(() => {
        const el = document.getElementById(hash)
        if (!el) return
        if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
        el.scrollIntoView?.()
        el.focus({ preventScroll: true })
      }, 0)
    }
  }
  return (
    <a href={`${stateHref(target)}${hash ? `#${hash}` : ''}`} onClick={onClick} className={className}>
      {children}
    </a>
  )
}

import type { MouseEvent } from 'react'
import { useUrlStore, useViewState } from '../url-state/store'
import { stateHref } from '../url-state/url'
import { views, type View } from '../url-state/view-state'

const labels: Record<View, string> = { compare: 'Compare', charts: 'Charts', timeline: 'Timeline', sources: 'Sources' }

/** View navigation: real links (open in a new tab works), handled in-app with pushState. */
export function Nav() {
  const current = useViewState((s) => s.view)
  const state = useUrlStore((s) => s.state)
  const update = useUrlStore((s) => s.update)
  const go = (view: View) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return
    e.preventDefault()
    update({ view, sel: null, event: view === 'timeline' ? state.event : null, chart: view === 'charts' ? state.chart : null })
  }
  return (
    <nav className="nav" aria-label="Views">
      <ul>
        {views.map((view) => (
          <li key={view}>
            <a
              href={stateHref({ ...state, view, sel: null, event: view === 'timeline' ? state.event : null })}
              aria-current={current === view ? 'page' : undefined}
              onClick={go(view)}
            >
              {labels[view]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

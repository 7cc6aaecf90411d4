import { useUrlStore } from '../../url-state/store'
import { fullUrl } from './embed-code'
import './share.css'

/** In an iframe (`embed=1`): the one control left, opening the same view in the full app. */
export function OpenInParallax() {
  const state = useUrlStore((s) => s.state)
  return (
    <p className="embed-bar">
      <a href={fullUrl(state, window.location.origin, window.location.pathname)} target="_blank" rel="noopener">
        Open in Parallax<span className="visually-hidden"> (opens in a new tab)</span> <span aria-hidden="true">↗</span>
      </a>
    </p>
  )
}

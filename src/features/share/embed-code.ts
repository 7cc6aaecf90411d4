import { shareUrl } from '../../url-state/url'
import type { View, ViewState } from '../../url-state/view-state'

const viewNames: Record<View, string> = { compare: 'side-by-side comparison', charts: 'charts', timeline: 'timeline', sources: 'sources' }

/** The view's own link with `embed=1`: chromeless, for an iframe. */
export function embedUrl(state: ViewState, origin: string, pathname: string): string {
  return shareUrl({ ...state, present: false, slide: 1, embed: true }, origin, pathname)
}

/** The link to the same view in the full app (what "Open in Parallax" opens). */
export function fullUrl(state: ViewState, origin: string, pathname: string): string {
  return shareUrl({ ...state, embed: false }, origin, pathname)
}

/** An iframe snippet with a title (screen readers announce it) and no inline script. */
export function embedSnippet(state: ViewState, origin: string, pathname: string): string {
  const src = embedUrl(state, origin, pathname).replaceAll('&', '&amp;').replaceAll('"', '&quot;')
  const title = `Parallax: US and China AI action plans, ${viewNames[state.view]}`
  return `<iframe src="${src}" title="${title}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`
}

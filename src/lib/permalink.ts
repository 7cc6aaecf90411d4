/**
 * Permanent pages: one readable path per thing a reader cites (docs/url-contract.md, "Permanent
 * pages"). The build writes a pre-rendered page at each path; the app maps each path back onto the
 * view state it shows, so every page is also a working app link.
 *
 * `base` is Vite's base path (always ends in "/"); `origin` is the site's origin without a trailing
 * slash (the build's configured origin, or `window.location.origin` in the app).
 */
export const PERMALINK_KINDS = ['provisions', 'events', 'dimensions', 'charts', 'plans'] as const
export type PermalinkKind = (typeof PERMALINK_KINDS)[number]

export interface Permalink {
  kind: PermalinkKind
  id: string
}

/** Ids in this project are lower-case kebab-case (provision, event, dimension, chart and plan ids). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** `/provisions/us-3-3-1/` (with the base path in front). */
export function permalinkPath(link: Permalink, base = '/'): string {
  return `${base}${link.kind}/${link.id}/`
}

/** `https://host/provisions/us-3-3-1/`. */
export function permalinkUrl(link: Permalink, origin: string, base = '/'): string {
  return `${origin.replace(/\/+$/, '')}${permalinkPath(link, base)}`
}

/** The permanent page a pathname points at, or null (the root and every other path). */
export function parsePermalink(pathname: string, base = '/'): Permalink | null {
  if (!pathname.startsWith(base)) return null
  const parts = pathname.slice(base.length).split('/').filter(Boolean)
  if (parts.length !== 2) return null
  const [kind, id] = parts as [string, string]
  if (!(PERMALINK_KINDS as readonly string[]).includes(kind) || !ID.test(id)) return null
  return { kind: kind as PermalinkKind, id }
}

/** The page's Open Graph image, written by the build (scripts/og-images.ts): `/og/provisions/us-3-3-1.png`. */
export function ogImagePath(kind: PermalinkKind, id: string, base = '/'): string {
  return `${base}og/${kind}/${id}.png`
}

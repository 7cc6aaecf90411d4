/**
 * The <head> tags of a permanent page, as an HTML string (pure; unit-tested): title, description,
 * canonical, feeds, Open Graph, Twitter, Highwire Press `citation_*` and schema.org JSON-LD.
 * Every value comes from data, so every value is escaped.
 */
import type { PageMeta } from './page-model'
import { SITE_NAME } from './page-model'

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` are escaped as
 * \u003c etc., so no value can close the element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** The Atom feeds every page links to (scripts/vite-prerender.ts writes them). */
export const FEEDS = [
  { path: 'feeds/releases.atom', title: `${SITE_NAME}: data releases` },
  { path: 'feeds/events.atom', title: `${SITE_NAME}: new events` },
] as const

const meta = (key: 'name' | 'property', name: string, content: string) =>
  `<meta ${key}="${escapeHtml(name)}" content="${escapeHtml(content)}" />`

/** The tags a page replaces in index.html's <head> (the template's title, description, og:* and twitter:* go). */
export function pageHead(page: PageMeta, base: string): string {
  const tags = [
    `<title>${escapeHtml(page.title)}</title>`,
    meta('name', 'description', page.description),
    `<link rel="canonical" href="${escapeHtml(page.url)}" />`,
    ...FEEDS.map(
      (f) => `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(f.title)}" href="${escapeHtml(`${base}${f.path}`)}" />`,
    ),
    meta('property', 'og:type', page.ogType),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:title', page.heading),
    meta('property', 'og:description', page.description),
    meta('property', 'og:url', page.url),
    meta('property', 'og:image', page.image.url),
    meta('property', 'og:image:width', String(page.image.width)),
    meta('property', 'og:image:height', String(page.image.height)),
    meta('property', 'og:image:alt', page.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', page.heading),
    meta('name', 'twitter:description', page.description),
    meta('name', 'twitter:image', page.image.url),
    meta('name', 'twitter:image:alt', page.image.alt),
    ...page.citation.map(([name, content]) => meta('name', name, content)),
    `<script type="application/ld+json">${jsonForScript(page.jsonLd)}</script>`,
  ]
  return tags.join('\n    ')
}

/**
 * The build's site files around the permanent pages (docs/url-contract.md, "Permanent pages"):
 * sitemap.xml, robots.txt, and the Atom feeds of data releases and of events, written with the
 * `feed` library. Pure; the build writes them (scripts/vite-prerender.ts).
 */
import { Feed } from 'feed'
import type { Dataset } from '../data/dataset-schema'
import type { ChangelogEntry } from '../data/schema'
import { formatDate } from '../lib/format'
import { permalinkUrl } from '../lib/permalink'
import { escapeHtml, FEEDS } from './head'
import { SITE_NAME, type PageMeta } from './page-model'

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Every page and the root, with the date its record last changed. */
export function sitemapXml(pages: readonly PageMeta[], origin: string, base: string, asOf: string): string {
  const urls = [{ loc: `${origin}${base}`, lastmod: asOf }, ...pages.map((p) => ({ loc: p.url, lastmod: p.lastChanged?.date }))]
  const body = urls.map((u) => `  <url><loc>${xmlText(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`
}

export function robotsTxt(origin: string, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${origin}${base}sitemap.xml\n`
}

/** "2025-07" or "2025" (events may carry a partial date) → the first instant of it, UTC. */
const instant = (iso: string) => new Date(`${iso}${iso.length === 4 ? '-01-01' : iso.length === 7 ? '-01' : ''}T00:00:00Z`)

function feed(origin: string, base: string, path: string, title: string, description: string, updated: Date): Feed {
  return new Feed({
    id: `${origin}${base}${path}`,
    title,
    description,
    link: `${origin}${base}`,
    language: 'en',
    updated,
    generator: false,
    feedLinks: { atom: `${origin}${base}${path}` },
    author: { name: SITE_NAME, link: `${origin}${base}` },
    copyright: 'Coding and notes: CC BY 4.0',
  })
}

/** One entry per data release, newest first, with what changed and which records. */
export function releasesFeed(changelog: readonly ChangelogEntry[], origin: string, base: string): string {
  const [releases] = FEEDS
  const newest = changelog[0]
  const f = feed(
    origin,
    base,
    releases.path,
    releases.title,
    `Every release of the ${SITE_NAME} data, with what changed.`,
    instant(newest?.date ?? '1970-01-01'),
  )
  for (const entry of changelog) {
    const content = [
      `<p>${escapeHtml(entry.summary)}</p>`,
      '<ul>',
      ...entry.changes.map(
        (c) => `<li>${escapeHtml(c.text)}${c.records.length ? ` (records: ${c.records.map(escapeHtml).join(', ')})` : ''}</li>`,
      ),
      '</ul>',
    ].join('')
    f.addItem({
      title: `Data version ${entry.version} (${formatDate(entry.date)})`,
      id: `${origin}${base}?view=sources#release-${encodeURIComponent(entry.version)}`,
      link: `${origin}${base}?view=sources`,
      date: instant(entry.date),
      description: entry.summary,
      content,
    })
  }
  return f.atom1()
}

/** Events, newest first, each linking to its permanent page. */
export function eventsFeed(dataset: Dataset, origin: string, base: string): string {
  const [, events] = FEEDS
  const sorted = [...dataset.events].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
  const f = feed(
    origin,
    base,
    events.path,
    events.title,
    `Dated events around the US and China AI action plans, newest first.`,
    instant(dataset.meta.asOf),
  )
  for (const e of sorted) {
    const url = permalinkUrl({ kind: 'events', id: e.id }, origin, base)
    f.addItem({ title: `${e.title} (${formatDate(e.date)})`, id: url, link: url, date: instant(e.date), description: e.summary })
  }
  return f.atom1()
}

import { parseFeed } from '@rowanmanning/feed-parser'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../data/index'
import { chartIds } from '../url-state/view-state'
import { escapeHtml, jsonForScript, pageHead } from './head'
import { pageMetas, type PageMeta } from './page-model'
import { PermanentPage } from './pages'
import { eventsFeed, releasesFeed, robotsTxt, sitemapXml } from './site-files'

const dataset = loadDataset()
const origin = 'https://parallax.example'
const site = { dataset, changelog: dataset.changelog, origin, base: '/' }
const metas = pageMetas(site)
const meta = (kind: string, id: string) => {
  const m = metas.find((x) => x.link.kind === kind && x.link.id === id)
  if (!m) throw new Error(`no page ${kind}/${id}`)
  return m
}
const render = (page: PageMeta) => {
  const doc = new DOMParser().parseFromString(renderToStaticMarkup(<PermanentPage dataset={dataset} page={page} base="/" />), 'text/html')
  return doc
}
const head = (page: PageMeta) => {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head>${pageHead(page, '/')}</head><body></body></html>`, 'text/html')
  const named = (name: string) =>
    [...doc.head.querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`)].map((m) => m.getAttribute('content'))
  return { doc, named }
}

describe('pageMetas', () => {
  it('has a page for every provision, event, dimension, chart and plan', () => {
    expect(metas).toHaveLength(
      dataset.provisions.length + dataset.events.length + dataset.dimensions.length + chartIds.length + dataset.plans.length,
    )
    expect(new Set(metas.map((m) => m.path)).size).toBe(metas.length)
    for (const p of dataset.provisions) expect(meta('provisions', p.id).path).toBe(`/provisions/${p.id}/`)
    for (const e of dataset.events) expect(meta('events', e.id).path).toBe(`/events/${e.id}/`)
  })

  it('gives a provision its exact title, canonical, preview and citation tags', () => {
    const page = meta('provisions', 'us-3-3-1')
    const { doc, named } = head(page)
    expect(doc.title).toBe(
      'Explore chip location verification to keep advanced AI compute out of countries of concern — US plan, Pillar III, section 3, p. 21 — Parallax',
    )
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://parallax.example/provisions/us-3-3-1/')
    expect(named('og:url')).toEqual(['https://parallax.example/provisions/us-3-3-1/'])
    expect(named('og:image')).toEqual(['https://parallax.example/og/provisions/us-3-3-1.png'])
    expect(named('og:image:width')).toEqual(['1200'])
    expect(named('og:image:height')).toEqual(['630'])
    expect(named('citation_title')).toEqual(['Explore chip location verification to keep advanced AI compute out of countries of concern'])
    expect(named('citation_author')).toEqual(['The White House'])
    expect(named('citation_publication_date')).toEqual(['2025/07/23'])
    expect(named('citation_firstpage')).toEqual(['21'])
    expect(named('citation_public_url')).toEqual(['https://parallax.example/provisions/us-3-3-1/'])
    expect(named('citation_version')).toEqual([`Parallax data ${dataset.meta.version}`])
    expect(named('description')[0]).toMatch(/^“Led by DOC, OSTP, and NSC in collaboration with industry/)
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Record<string, unknown>
    expect(ld).toMatchObject({
      '@type': 'CreativeWork',
      url: page.url,
      identifier: 'us-3-3-1',
      datePublished: '2025-07-23',
      version: dataset.meta.version,
    })
    expect([...doc.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) => l.getAttribute('href'))).toEqual([
      '/feeds/releases.atom',
      '/feeds/events.atom',
    ])
  })

  it('never presents a described provision as the plan’s words', () => {
    const p = dataset.provisions.find((x) => x.provenance === 'described')
    if (!p) throw new Error('no described provision')
    const page = meta('provisions', p.id)
    expect(page.description.startsWith('Described, not quoted. ')).toBe(true)
    const doc = render(page)
    expect(doc.querySelector('blockquote')).toBeNull()
    expect(doc.querySelector('[data-provenance="described"]')?.textContent).toBe('Described, not quoted')
    expect(doc.body.textContent).toContain('do not quote it as the plan’s words')
  })

  it('badges an altered copy and never quotes it', () => {
    const p = dataset.provisions.find((x) => x.provenance === 'altered-copy')
    if (!p) throw new Error('no altered-copy provision')
    const page = meta('provisions', p.id)
    expect(page.description.startsWith('Altered copy, not official wording. ')).toBe(true)
    const doc = render(page)
    expect(doc.querySelector('blockquote')).toBeNull()
    expect(doc.querySelector('[data-provenance="altered-copy"]')?.textContent).toBe('Altered copy, not official wording')
  })

  it('shows a verbatim provision’s words as a quote, with section, page, status, agencies, sources and the last change', () => {
    const page = meta('provisions', 'us-3-3-1')
    const doc = render(page)
    const p = dataset.provisions.find((x) => x.id === 'us-3-3-1')
    expect(doc.querySelector('h1')?.textContent).toBe(p?.title)
    expect(doc.querySelector('blockquote')?.textContent).toBe(p?.text)
    const facts = [...doc.querySelectorAll('.page__facts dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`)
    expect(facts).toContain('Section: Pillar III, section 3 › Strengthen AI Compute Export Control Enforcement')
    expect(facts).toContain('Page: p. 21')
    expect(facts.find((f) => f.startsWith('Who must act'))).toMatch(/^Who must act \(named\): Lead: /)
    expect(doc.querySelectorAll('.source-list a').length).toBe(p?.sourceIds.length)
    expect(doc.querySelector('.page__changed')?.textContent).toMatch(/^Last changed in data version \d{4}\.\d{2}\.\d{2}-\d+ \(/)
  })

  it('shows a chart’s summary and its table twin', () => {
    const doc = render(meta('charts', 'orientation'))
    expect(doc.querySelector('h1')?.textContent).toBe('Orientation profile')
    expect(doc.querySelectorAll('table tbody tr').length).toBeGreaterThan(3)
  })

  it('lists a plan’s provisions in document order, each linking to its page', () => {
    const doc = render(meta('plans', 'us'))
    const links = [...doc.querySelectorAll('.page__provision-title a')].map((a) => a.getAttribute('href'))
    expect(links).toEqual(dataset.provisions.filter((p) => p.planId === 'us').map((p) => `/provisions/${p.id}/`))
  })
})

describe('pageHead', () => {
  it('escapes every value from data', () => {
    const hostile = '"><script>alert(1)</script>'
    const page: PageMeta = {
      ...meta('events', dataset.events[0]?.id ?? ''),
      title: hostile,
      description: hostile,
      jsonLd: { name: `</script>${hostile}` },
    }
    const html = pageHead(page, '/')
    expect(html).not.toContain('<script>alert')
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).toContain(`<title>${escapeHtml(hostile)}</title>`)
    expect(jsonForScript({ a: '</script>' })).toBe('{"a":"\\u003c/script\\u003e"}')
    expect(JSON.parse(jsonForScript({ a: '</script>&' }))).toEqual({ a: '</script>&' })
  })
})

describe('site files', () => {
  it('lists every page and the root in the sitemap', () => {
    const doc = new DOMParser().parseFromString(sitemapXml(metas, origin, '/', dataset.meta.asOf), 'application/xml')
    const locs = [...doc.getElementsByTagName('loc')].map((l) => l.textContent)
    expect(locs).toEqual([`${origin}/`, ...metas.map((m) => m.url)])
    expect(robotsTxt(origin, '/')).toContain(`Sitemap: ${origin}/sitemap.xml`)
  })

  it('writes Atom feeds a feed reader parses: one entry per release, and events newest first', () => {
    const releases = parseFeed(releasesFeed(dataset.changelog, origin, '/'))
    expect(releases.items.map((i) => i.title)).toEqual(dataset.changelog.map((c) => expect.stringContaining(`Data version ${c.version}`)))
    expect(releases.items[0]?.content).toContain(dataset.changelog[0]?.changes[0]?.records[0] ?? '')
    const events = parseFeed(eventsFeed(dataset, origin, '/'))
    expect(events.items).toHaveLength(dataset.events.length)
    const newest = [...dataset.events].sort((a, b) => b.date.localeCompare(a.date))[0]
    expect(events.items[0]?.url).toBe(`${origin}/events/${newest?.id}/`)
  })
})

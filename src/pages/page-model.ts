/**
 * What each permanent page says about itself (docs/url-contract.md, "Permanent pages"): its path,
 * canonical URL, title, description, preview image, the Highwire Press `citation_*` tags that
 * reference managers read, schema.org JSON-LD and the data version that last changed its record.
 * Pure: the build renders the pages from these (src/prerender.tsx, scripts/vite-prerender.ts).
 */
import type { Dataset } from '../data/dataset-schema'
import type { ChangelogEntry, Event, Plan, Provision } from '../data/schema'
import { chartMeta } from '../lib/charts/registry'
import { indexDataset, sectionPath, type DatasetIndex } from '../lib/dataset-index'
import { formatDate, isPlanWording, provenanceLabels } from '../lib/format'
import { lastChangedIndex, type LastChange } from '../lib/last-changed'
import { OG_IMAGE, ogImagePath, permalinkPath, permalinkUrl, type Permalink } from '../lib/permalink'
import { dimensionOrder } from '../lib/selectors'
import { chartIds } from '../url-state/view-state'

export const SITE_NAME = 'Parallax'

export interface Site {
  dataset: Dataset
  /** Data releases, newest first (data/changelog.yaml; the build reads it from notes.json). */
  changelog: readonly ChangelogEntry[]
  /** The site's origin for absolute URLs (PARALLAX_ORIGIN at build), without a trailing slash. */
  origin: string
  /** Vite's base path, ending in "/". */
  base: string
}

export interface PageMeta {
  link: Permalink
  /** Path with the base, e.g. /provisions/us-3-3-1/. */
  path: string
  /** Absolute canonical URL. */
  url: string
  /** The document's <title>. */
  title: string
  /** The page's own heading (og:title). */
  heading: string
  description: string
  ogType: 'article' | 'website'
  image: { url: string; alt: string; width: number; height: number }
  /** Highwire Press tags, in order: [name, content]. */
  citation: [string, string][]
  jsonLd: Record<string, unknown>
  /** The data release that last changed the page's record. */
  lastChanged: LastChange | null
}

/** "2025-07-23" → "2025/07/23", the Highwire date form. */
export const highwireDate = (iso: string): string => iso.replace(/-/g, '/')

/** Cuts text to at most `max` characters at a word boundary, marking the cut with "…". */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}

const planShort = (plan: Plan) => (plan.id === 'us' ? 'US plan' : 'China’s plan')

/** What a preview says a provision says: the plan's words only where they are the plan's words. */
export function provisionDescription(p: Provision, index: DatasetIndex): string {
  const plan = index.plans.get(p.planId)
  const where = `${plan ? `${planShort(plan)}, ` : ''}${sectionPath(index, p.sectionId)}${p.page !== undefined ? `, p. ${p.page}` : ''}`
  if (isPlanWording(p) && p.text) return clip(`“${clip(p.text, 150)}” — ${where}.`, 300)
  // Our words, labelled: a description or an altered copy is never presented as the plan's words.
  const label = p.provenance === 'altered-copy' ? provenanceLabels['altered-copy'] : provenanceLabels.described
  return clip(`${label}. ${p.summary} (${where})`, 300)
}

interface Base {
  site: Site
  index: DatasetIndex
  lastChanged: (id: string) => LastChange | null
}

function common(b: Base, link: Permalink, heading: string, title: string, description: string, alt: string) {
  const { origin, base } = b.site
  return {
    link,
    path: permalinkPath(link, base),
    url: permalinkUrl(link, origin, base),
    title,
    heading,
    description,
    image: { url: `${origin}${ogImagePath(link, base)}`, alt, ...OG_IMAGE },
  }
}

const datasetNode = (b: Base) => ({
  '@type': 'Dataset',
  name: b.site.dataset.meta.title,
  version: b.site.dataset.meta.version,
  url: `${b.site.origin}${b.site.base}`,
  license: 'https://creativecommons.org/licenses/by/4.0/',
})

function provisionPage(b: Base, p: Provision): PageMeta {
  const plan = b.index.plans.get(p.planId)
  const section = b.index.sections.get(p.sectionId)
  const link: Permalink = { kind: 'provisions', id: p.id }
  const where = `${section?.label ?? p.sectionId}${p.page !== undefined ? `, p. ${p.page}` : ''}`
  const c = common(
    b,
    link,
    p.title,
    `${p.title} — ${plan ? planShort(plan) : p.planId}, ${where} — ${SITE_NAME}`,
    provisionDescription(p, b.index),
    `${plan?.country ?? p.planId} · ${where}: ${p.title}`,
  )
  const lastChanged = b.lastChanged(p.id)
  const citation: [string, string][] = [
    ['citation_title', p.title],
    ...(plan
      ? ([
          ['citation_author', plan.issuer],
          ['citation_publication_date', highwireDate(plan.releaseDate)],
          ['citation_date', highwireDate(plan.releaseDate)],
          ['citation_publisher', plan.issuer],
          ['citation_inbook_title', plan.title],
        ] as [string, string][])
      : []),
    ...(p.page !== undefined
      ? ([
          ['citation_firstpage', String(p.page)],
          ['citation_lastpage', String(p.page)],
        ] as [string, string][])
      : []),
    ['citation_public_url', c.url],
    ['citation_abstract_html_url', c.url],
    ['citation_language', 'en'],
    ['citation_keywords', [p.primary, ...p.secondary].map((d) => b.index.dimensions.get(d)?.label ?? d).join('; ')],
    ['citation_version', `${SITE_NAME} data ${b.site.dataset.meta.version}`],
  ]
  const planUrl = plan?.urls[0]?.url
  if (planUrl?.toLowerCase().endsWith('.pdf')) citation.push(['citation_pdf_url', planUrl])
  return {
    ...c,
    ogType: 'article',
    citation,
    lastChanged,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      '@id': c.url,
      url: c.url,
      name: p.title,
      identifier: p.id,
      description: c.description,
      ...(isPlanWording(p) && p.text ? { text: p.text } : {}),
      author: plan ? { '@type': 'Organization', name: plan.issuer } : undefined,
      datePublished: plan?.releaseDate,
      ...(p.page !== undefined ? { pagination: String(p.page) } : {}),
      isPartOf: plan ? { '@type': 'CreativeWork', name: plan.title, url: planUrl, position: section?.label } : undefined,
      ...(lastChanged ? { dateModified: lastChanged.date } : {}),
      version: b.site.dataset.meta.version,
      includedInDataCatalog: datasetNode(b),
    },
  }
}

function eventPage(b: Base, e: Event): PageMeta {
  const link: Permalink = { kind: 'events', id: e.id }
  const c = common(
    b,
    link,
    e.title,
    `${e.title} (${formatDate(e.date)}) — ${SITE_NAME}`,
    clip(`${formatDate(e.date)}: ${e.summary}`, 300),
    `${formatDate(e.date)}: ${e.title}`,
  )
  const lastChanged = b.lastChanged(e.id)
  return {
    ...c,
    ogType: 'article',
    lastChanged,
    citation: [
      ['citation_title', e.title],
      ['citation_date', highwireDate(e.date)],
      ['citation_publication_date', highwireDate(e.date)],
      ['citation_publisher', SITE_NAME],
      ['citation_public_url', c.url],
      ['citation_language', 'en'],
      ['citation_version', `${SITE_NAME} data ${b.site.dataset.meta.version}`],
    ],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      '@id': c.url,
      url: c.url,
      name: e.title,
      identifier: e.id,
      description: e.summary,
      temporalCoverage: e.date,
      ...(lastChanged ? { dateModified: lastChanged.date } : {}),
      version: b.site.dataset.meta.version,
      includedInDataCatalog: datasetNode(b),
    },
  }
}

function datasetWork(b: Base, link: Permalink, heading: string, title: string, description: string, recordId: string): PageMeta {
  const c = common(b, link, heading, title, description, heading)
  const lastChanged = b.lastChanged(recordId)
  return {
    ...c,
    ogType: 'article',
    lastChanged,
    citation: [
      ['citation_title', heading],
      ['citation_publisher', SITE_NAME],
      ['citation_date', highwireDate(b.site.dataset.meta.asOf)],
      ['citation_public_url', c.url],
      ['citation_language', 'en'],
      ['citation_version', `${SITE_NAME} data ${b.site.dataset.meta.version}`],
    ],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      '@id': c.url,
      url: c.url,
      name: heading,
      identifier: link.id,
      description,
      ...(lastChanged ? { dateModified: lastChanged.date } : {}),
      version: b.site.dataset.meta.version,
      includedInDataCatalog: datasetNode(b),
    },
  }
}

function planPage(b: Base, plan: Plan): PageMeta {
  const link: Permalink = { kind: 'plans', id: plan.id }
  const count = b.site.dataset.provisions.filter((p) => p.planId === plan.id).length
  const c = common(
    b,
    link,
    plan.title,
    `${plan.title} (${plan.issuer}, ${formatDate(plan.releaseDate)}) — ${SITE_NAME}`,
    clip(
      `${plan.issuer}, ${formatDate(plan.releaseDate)}: ${count} provisions in document order, section by section. ${plan.structure}`,
      300,
    ),
    `${plan.country}: ${plan.title}`,
  )
  const lastChanged = b.lastChanged(plan.id)
  const pdf = plan.urls.find((u) => u.url.toLowerCase().endsWith('.pdf'))?.url
  return {
    ...c,
    ogType: 'article',
    lastChanged,
    citation: [
      ['citation_title', plan.title],
      ['citation_author', plan.issuer],
      ['citation_publication_date', highwireDate(plan.releaseDate)],
      ['citation_date', highwireDate(plan.releaseDate)],
      ['citation_publisher', plan.issuer],
      ['citation_public_url', c.url],
      ['citation_language', 'en'],
      ...(pdf ? ([['citation_pdf_url', pdf]] as [string, string][]) : []),
      ['citation_version', `${SITE_NAME} data ${b.site.dataset.meta.version}`],
    ],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      '@id': c.url,
      url: c.url,
      name: plan.title,
      ...(plan.nativeTitle ? { alternateName: plan.nativeTitle } : {}),
      identifier: plan.id,
      description: c.description,
      author: { '@type': 'Organization', name: plan.issuer },
      datePublished: plan.releaseDate,
      sameAs: plan.urls.map((u) => u.url),
      ...(lastChanged ? { dateModified: lastChanged.date } : {}),
      version: b.site.dataset.meta.version,
      includedInDataCatalog: datasetNode(b),
    },
  }
}

/** Every permanent page: provisions, events, dimensions, charts, then plans. */
export function pageMetas(site: Site): PageMeta[] {
  const index = indexDataset(site.dataset)
  const b: Base = { site, index, lastChanged: lastChangedIndex(site.changelog) }
  const d = site.dataset
  return [
    ...d.provisions.map((p) => provisionPage(b, p)),
    ...d.events.map((e) => eventPage(b, e)),
    ...dimensionOrder(d).map((id) => {
      const dim = index.dimensions.get(id)
      const label = dim?.label ?? id
      const comparison = index.comparisons.get(id)
      return datasetWork(
        b,
        { kind: 'dimensions', id },
        label,
        `${label}: the US and China AI action plans compared — ${SITE_NAME}`,
        clip(
          `${label} in both plans, provision by provision${comparison ? `. Analyst comparison: ${comparison.note}` : `. ${dim?.description ?? ''}`}`,
          300,
        ),
        id,
      )
    }),
    ...chartIds.map((id) => {
      const meta = chartMeta[id]
      return datasetWork(
        b,
        { kind: 'charts', id },
        meta.title,
        `${meta.title} — chart and table — ${SITE_NAME}`,
        clip(meta.subtitle, 300),
        id,
      )
    }),
    ...d.plans.map((plan) => planPage(b, plan)),
  ]
}

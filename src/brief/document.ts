/**
 * One brief, resolved against the dataset into a format-neutral document: what every export
 * (slides, PowerPoint, Word, rich text) shows for each item. Provenance is decided here once, so
 * no format can style a description as a quote: `quotes` holds only the plan's own words
 * (`isPlanWording`), and every other text is ours, labelled as such. Zod-free and pure.
 */
import type { Dataset } from '../data/dataset-schema'
import type { Provision, Source } from '../data/schema'
import { asOfLine } from '../lib/chart-config'
import { pickIndicatorPanels, selectChartData, type ChartData } from '../lib/chart-selectors'
import { formatCell } from '../lib/chart-tables'
import { chartMeta, chartSourceLine, chartSummary, chartTable } from '../lib/charts/registry'
import { formatCitation } from '../lib/citation'
import { indexDataset, sectionPath } from '../lib/dataset-index'
import {
  formatDate,
  isPlanWording,
  nativeLangOf,
  provenanceExplanations,
  provenanceLabels,
  relationLabels,
  verificationLabels,
} from '../lib/format'
import { permalinkUrl, type Permalink } from '../lib/permalink'
import { filterWords } from '../lib/slides'
import { serializeState, shareUrl } from '../url-state/url'
import { chartState, itemName, kindLabels, unknownName } from './items'
import type { Brief, BriefItem, BriefItemKind } from './schema'

export interface DocQuote {
  text: string
  lang: string
}

export interface DocChart {
  chartId: BriefItem['id'] & keyof typeof chartMeta
  /** The chart item's filters (a canonical query string). */
  filters: string
  indicatorIds?: string[]
  title: string
  subtitle: string
  /** Alt text for an image of the chart: its text summary. */
  alt: string
  sourceLine: string
  asOf: string
  /** The chart's table twin, formatted. */
  table: { caption: string; header: string[]; rows: string[][] }
}

export interface DocSection {
  key: string
  kind: BriefItemKind
  /** "Provision", "Comparison", … */
  kindLabel: string
  heading: string
  /** Provenance label for anything that is not the plan's official words ("Described, not quoted"). */
  badge?: string
  /** The plan's own words only (official or quoted); never a summary. */
  quotes: DocQuote[]
  /** Our own words, with the label that says so ("In our words", "Analyst note (our words)"). */
  ourWords?: { label: string; text: string }
  /** Further facts in our words (relation, date, verification, an altered copy's text with its caveat). */
  lines: string[]
  /** The briefer's talking points, one per line. */
  points: string[]
  /** Plan, section, page, data version, permanent URL: the line under every slide. */
  citationLine: string
  /** The full citation, for footnotes and the sources slide. */
  citation: string
  url: string
  sourceIds: string[]
  chart?: DocChart
}

export interface BriefDocument {
  title: string
  subtitle: string
  /** "Parallax data 1.4.0, as of 30 November 2026". */
  dataLine: string
  sections: DocSection[]
  /** Every source the items cite: primary texts first. */
  sources: Source[]
  /** Items the data does not have (named), left out of the document. */
  dropped: string[]
}

/** Where permanent URLs point: the site's origin and Vite's base path. */
export interface LinkBase {
  origin: string
  base: string
}

export const splitPoints = (points: string): string[] =>
  points
    .split('\n')
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean)

function provisionSection(d: Dataset, p: Provision, item: BriefItem, link: LinkBase): DocSection {
  const index = indexDataset(d)
  const plan = index.plans.get(p.planId)
  const url = permalinkUrl({ kind: 'provisions', id: p.id }, link.origin, link.base)
  const quotes: DocQuote[] = []
  if (isPlanWording(p)) {
    if (p.text) quotes.push({ text: p.text, lang: 'en' })
    if (p.nativeText) quotes.push({ text: p.nativeText, lang: nativeLangOf(p) })
  }
  const described = quotes.length === 0
  const effective = described ? (p.provenance === 'altered-copy' ? 'altered-copy' : 'described') : p.provenance
  const lines: string[] = []
  if (p.provenance === 'altered-copy' && p.nativeText)
    lines.push(`Text as seen in an altered copy, not official wording (${provenanceExplanations['altered-copy']}): ${p.nativeText}`)
  const where = [plan?.country ?? p.planId, sectionPath(index, p.sectionId), p.page ? `p. ${p.page}` : undefined].filter(Boolean).join(', ')
  return {
    key: item.key,
    kind: 'provision',
    kindLabel: kindLabels.provision,
    heading: p.title,
    ...(effective !== 'verbatim-official' ? { badge: provenanceLabels[effective] } : {}),
    quotes,
    ourWords: { label: described ? provenanceLabels[effective] : 'In our words', text: p.summary },
    lines,
    points: splitPoints(item.points),
    citationLine: `${where} · data ${d.meta.version} · ${url}`,
    citation: formatCitation(d, p, url),
    url,
    sourceIds: p.sourceIds,
  }
}

function formatTable(d: Dataset, data: ChartData): DocChart['table'] {
  const t = chartTable(d, data)
  return {
    caption: t.caption,
    header: t.columns.map((c) => c.header),
    rows: t.rows.map((r) => t.columns.map((c) => formatCell(c.kind, r[c.key] ?? ''))),
  }
}

function chartSection(d: Dataset, item: Extract<BriefItem, { kind: 'chart' | 'indicator' }>, link: LinkBase): DocSection | null {
  const chartId = item.kind === 'chart' ? item.id : 'indicators'
  const filters = item.kind === 'chart' ? item.filters : ''
  const state = chartState(filters)
  const full = selectChartData(d, state, chartId)
  let data: ChartData = full
  let heading = chartMeta[chartId].title
  let indicatorIds: string[] | undefined
  const sourceIds: string[] = []
  const lines: string[] = []
  if (item.kind === 'indicator') {
    const indicator = d.indicators.find((i) => i.id === item.id)
    if (!indicator || full.id !== 'indicators') return null
    indicatorIds = [indicator.id]
    data = { ...full, data: pickIndicatorPanels(full.data, indicatorIds) }
    heading = indicator.label
    lines.push(`${indicator.description} Unit: ${indicator.unit}.`)
    if (!indicator.comparable) lines.push('The values measure different things and are never plotted on one axis.')
    sourceIds.push(...new Set(indicator.observations.flatMap((o) => o.sourceIds)))
  } else {
    const words = filterWords(d, { ...state, hits: undefined })
    const plans =
      state.plans.length < d.plans.length
        ? [`Plans: ${state.plans.map((id) => d.plans.find((p) => p.id === id)?.country ?? id).join(', ')}`]
        : []
    const dims =
      state.dims.length < d.dimensions.length
        ? [`Dimensions: ${state.dims.map((id) => d.dimensions.find((x) => x.id === id)?.shortLabel ?? id).join(', ')}`]
        : []
    const all = [...plans, ...dims, ...words]
    lines.push(all.length ? `Filters: ${all.join('; ')}.` : 'Filters: none (all plans, dimensions and provisions).')
  }
  const permanent: Permalink = { kind: 'charts', id: chartId }
  const url =
    filters === '' || item.kind === 'indicator'
      ? permalinkUrl(permanent, link.origin, link.base)
      : shareUrl({ ...state, view: 'charts', chart: chartId }, link.origin.replace(/\/+$/, ''), link.base, link.base)
  const meta = chartMeta[chartId]
  const sourceLine = chartSourceLine(d, chartId)
  return {
    key: item.key,
    kind: item.kind,
    kindLabel: kindLabels[item.kind],
    heading,
    quotes: [],
    ourWords: { label: 'What the chart shows (our words)', text: chartSummary(data) },
    lines,
    points: splitPoints(item.points),
    citationLine: `${heading} · ${sourceLine.replace(/^Source: /, '')} · data ${d.meta.version} · ${url}`,
    citation: `${heading}. ${sourceLine} ${asOfLine(d)}. Parallax (data ${d.meta.version}): ${url}`,
    url,
    sourceIds,
    chart: {
      chartId,
      filters: item.kind === 'chart' ? serializeState({ ...state }).replace(/^\?/, '') : '',
      ...(indicatorIds ? { indicatorIds } : {}),
      title: heading,
      subtitle: meta.subtitle,
      alt: `${heading}. ${chartSummary(data)}`,
      sourceLine,
      asOf: asOfLine(d),
      table: formatTable(d, data),
    },
  }
}

function itemSection(d: Dataset, item: BriefItem, link: LinkBase): DocSection | null {
  const index = indexDataset(d)
  switch (item.kind) {
    case 'provision': {
      const p = index.provisions.get(item.id)
      return p ? provisionSection(d, p, item, link) : null
    }
    case 'dimension': {
      const dim = index.dimensions.get(item.id)
      if (!dim) return null
      const c = index.comparisons.get(dim.id)
      const url = permalinkUrl({ kind: 'dimensions', id: dim.id }, link.origin, link.base)
      const cited = (c?.provisionIds ?? []).map((id) => index.provisions.get(id)).filter((p): p is Provision => p !== undefined)
      const quotes: DocQuote[] = []
      const lines: string[] = [dim.description]
      if (c) lines.unshift(`Relation: ${relationLabels[c.relation]}.`)
      for (const p of cited) {
        const where = `${index.plans.get(p.planId)?.country ?? p.planId}, ${sectionPath(index, p.sectionId)}${p.page ? `, p. ${p.page}` : ''}`
        if (isPlanWording(p) && p.text)
          lines.push(`${where}: “${p.text}”${p.provenance === 'verbatim-quoted' ? ` (${provenanceLabels['verbatim-quoted']})` : ''}`)
        else lines.push(`${where} (${provenanceLabels[p.provenance === 'altered-copy' ? 'altered-copy' : 'described']}): ${p.summary}`)
      }
      return {
        key: item.key,
        kind: 'dimension',
        kindLabel: kindLabels.dimension,
        heading: dim.label,
        quotes,
        ...(c ? { ourWords: { label: 'Analyst note (our words)', text: c.note } } : {}),
        lines,
        points: splitPoints(item.points),
        citationLine: `Comparison: ${dim.label} · both plans · data ${d.meta.version} · ${url}`,
        citation: `Parallax comparison “${dim.label}” (analyst note; data ${d.meta.version}, as of ${formatDate(d.meta.asOf)}): ${url}. Provisions cited: ${cited.map((p) => p.id).join(', ') || 'none'}.`,
        url,
        sourceIds: [...(c?.sourceIds ?? []), ...cited.flatMap((p) => p.sourceIds)],
      }
    }
    case 'event': {
      const e = index.events.get(item.id)
      if (!e) return null
      const url = permalinkUrl({ kind: 'events', id: e.id }, link.origin, link.base)
      const sources = e.sourceIds.map((id) => index.sources.get(id)).filter((s): s is Source => s !== undefined)
      return {
        key: item.key,
        kind: 'event',
        kindLabel: kindLabels.event,
        heading: e.title,
        quotes: [],
        ourWords: { label: 'What happened (our words)', text: e.summary },
        lines: [`Date: ${formatDate(e.date)}. ${verificationLabels[e.verification]}.`],
        points: splitPoints(item.points),
        citationLine: `Event, ${formatDate(e.date)} · ${sources[0]?.publisher ?? 'source'} · data ${d.meta.version} · ${url}`,
        citation: `${e.title}, ${formatDate(e.date)}. Sources: ${sources.map((s) => `${s.publisher}, “${s.title}”${s.date ? `, ${formatDate(s.date)}` : ''}, ${s.url}`).join('; ')}. Coded in Parallax (data ${d.meta.version}) as ${e.id}: ${url}.`,
        url,
        sourceIds: e.sourceIds,
      }
    }
    case 'chart':
    case 'indicator':
      return chartSection(d, item, link)
    default:
      return item satisfies never
  }
}

export function buildBriefDocument(d: Dataset, brief: Pick<Brief, 'title' | 'subtitle' | 'items'>, link: LinkBase): BriefDocument {
  const index = indexDataset(d)
  const sections: DocSection[] = []
  const dropped: string[] = []
  for (const item of brief.items) {
    const section = itemName(d, item) === null ? null : itemSection(d, item, link)
    if (section) sections.push(section)
    else dropped.push(unknownName(item))
  }
  const ids = [...new Set(sections.flatMap((s) => s.sourceIds))]
  const sources = ids.map((id) => index.sources.get(id)).filter((s): s is Source => s !== undefined)
  return {
    title: brief.title.trim() || 'Brief',
    subtitle: brief.subtitle.trim(),
    dataLine: `Parallax data ${d.meta.version}, as of ${formatDate(d.meta.asOf)}`,
    sections,
    sources: [...sources.filter((s) => s.kind === 'primary'), ...sources.filter((s) => s.kind !== 'primary')],
    dropped,
  }
}

/** A source as one bibliography line. */
export function sourceLine(s: Source): string {
  return `${s.publisher}, “${s.title}”${s.date ? `, ${formatDate(s.date)}` : ''}. ${s.url}`
}

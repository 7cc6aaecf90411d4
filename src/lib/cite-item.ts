/**
 * What a citation says about each thing a reader cites — a provision, an event, a chart, the dataset —
 * as one CSL-JSON item (the format every reference manager and CSL style reads). The Cite menu turns
 * it into APA, Chicago, MLA, BibTeX, RIS and CSL-JSON with citation-js (src/lib/cite-formats.ts).
 *
 * Provenance travels with the item: a provision's title names the plan, its section and page — never
 * our summary — and its note says when the record holds a description or an altered copy rather than
 * the plan's words (the same sentences as the plain citation, src/lib/citation.ts).
 */
import type { Dataset } from '../data/dataset-schema'
import type { Event, Provision } from '../data/schema'
import type { ChartId } from '../url-state/view-state'
import { chartTitles } from './charts/titles'
import { provenanceNote } from './citation'
import { indexDataset } from './dataset-index'
import { ASCII_PUNCTUATION_CAVEAT, formatDate, isPlanWording, verificationLabels } from './format'
import { permalinkUrl, type Permalink } from './permalink'

export const PUBLISHER = 'Parallax'

/** A CSL-JSON name: an institution as one literal. */
export interface CslName {
  literal: string
}

/** A CSL-JSON date. */
export interface CslDate {
  'date-parts': [[number, number?, number?]]
}

/** The subset of a CSL-JSON item (citationstyles.org, csl-data.json) Parallax writes. */
export interface CslItem {
  id: string
  /** The BibTeX key citation-js writes. */
  'citation-key': string
  type: 'webpage' | 'dataset' | 'figure'
  title: string
  author: CslName[]
  issued: CslDate
  accessed: CslDate
  /** The website (provisions, events, charts)… */
  'container-title'?: string
  /** …or the publisher (the dataset). */
  publisher?: string
  version: string
  URL: string
  section?: string
  page?: string
  note?: string
  language?: string
}

/** Where and when the reader cites from. */
export interface CiteContext {
  /** The site's origin, e.g. `https://parallax.example` (window.location.origin in the app). */
  origin: string
  /** Vite's base path, ending in "/". */
  base: string
  /** The day the reader cites (ISO date). */
  accessed: string
  /**
   * True while the reader views an earlier data version (`v=`): the URL then carries `?v=<version>`
   * so the citation opens the data it was made from.
   */
  pinVersion: boolean
}

/** `2025-07-23` or `2025-07` or `2025` as CSL date parts. */
export function cslDate(iso: string): CslDate {
  const [y, m, d] = iso.split('-').map(Number)
  if (y === undefined || Number.isNaN(y)) throw new Error(`not a date: ${iso}`)
  return { 'date-parts': [m === undefined ? [y] : d === undefined ? [y, m] : [y, m, d]] }
}

/**
 * The day a data version was released: versions are named `YYYY.MM.DD-n` (docs/data-editing.md);
 * any other name falls back to the data's as-of date.
 */
export function versionDate(d: Dataset): string {
  const m = /^(\d{4})\.(\d{2})\.(\d{2})/.exec(d.meta.version)
  return m ? `${m[1]}-${m[2]}-${m[3]}` : d.meta.asOf
}

/** The permanent page, with `?v=` when the reader views an earlier version; the dataset (no page) always names its version. */
function url(link: Permalink | null, d: Dataset, ctx: CiteContext): string {
  const page = link ? permalinkUrl(link, ctx.origin, ctx.base) : `${ctx.origin.replace(/\/+$/, '')}${ctx.base}`
  return ctx.pinVersion || !link ? `${page}?v=${encodeURIComponent(d.meta.version)}` : page
}

/** Parallax is the website a record sits on (or, for the dataset, its publisher: never both, or styles print it twice). */
function common(d: Dataset, link: Permalink | null, ctx: CiteContext) {
  return {
    accessed: cslDate(ctx.accessed),
    ...(link ? { 'container-title': PUBLISHER } : { publisher: PUBLISHER }),
    version: d.meta.version,
    URL: url(link, d, ctx),
  }
}

/** A BibTeX key citation-js keeps as given: letters, digits and underscores (`parallax_us_3_3_1`). */
const bibKey = (id: string) => `parallax_${id.replace(/[^A-Za-z0-9]+/g, '_')}`

const sentence = (parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ')

/**
 * A provision: the plan's issuer as author, the plan's title with the section (label and printed
 * heading) and page, the plan's release date; the note says what the record holds and names the
 * data version.
 */
export function provisionItem(d: Dataset, p: Provision, ctx: CiteContext): CslItem {
  const index = indexDataset(d)
  const plan = index.plans.get(p.planId)
  if (!plan) throw new Error(`provision ${p.id}: unknown plan ${p.planId}`)
  const section = index.sections.get(p.sectionId)
  const sectionText = section ? `${section.label}${section.heading ? ` “${section.heading}”` : ''}` : undefined
  const title = [plan.title, sectionText, p.page !== undefined ? `p. ${p.page}` : undefined].filter(Boolean).join(', ')
  const holds = isPlanWording(p)
    ? sentence([`Provision ${p.id}.`, provenanceNote(d, p), p.nativeText ? ASCII_PUNCTUATION_CAVEAT : undefined])
    : sentence([`Provision ${p.id}.`, provenanceNote(d, p), 'The record’s summary is in Parallax’s words, not the plan’s.'])
  return {
    id: `parallax-${p.id}`,
    'citation-key': bibKey(p.id),
    type: 'webpage',
    title,
    author: [{ literal: plan.issuer }],
    issued: cslDate(plan.releaseDate),
    ...common(d, { kind: 'provisions', id: p.id }, ctx),
    ...(section ? { section: section.label } : {}),
    ...(p.page !== undefined ? { page: String(p.page) } : {}),
    note: sentence([holds, `Coded in Parallax, data version ${d.meta.version} (as of ${formatDate(d.meta.asOf)}).`]),
    language: 'en',
  }
}

/** An event as Parallax records it: the record's release as the date, the event's own date and verification in the title and note. */
export function eventItem(d: Dataset, e: Event, ctx: CiteContext): CslItem {
  return {
    id: `parallax-event-${e.id}`,
    'citation-key': bibKey(`event-${e.id}`),
    type: 'webpage',
    title: `${e.title} (${formatDate(e.date)})`,
    author: [{ literal: PUBLISHER }],
    issued: cslDate(versionDate(d)),
    ...common(d, { kind: 'events', id: e.id }, ctx),
    note: `Event ${e.id} (verification: ${verificationLabels[e.verification].toLowerCase()}). Timeline record, data version ${d.meta.version} (as of ${formatDate(d.meta.asOf)}).`,
    language: 'en',
  }
}

/** A chart, as Parallax draws it from the data version. */
export function chartItem(d: Dataset, chartId: ChartId, ctx: CiteContext): CslItem {
  return {
    id: `parallax-chart-${chartId}`,
    'citation-key': bibKey(`chart-${chartId}`),
    type: 'figure',
    title: chartTitles[chartId],
    author: [{ literal: PUBLISHER }],
    issued: cslDate(versionDate(d)),
    ...common(d, { kind: 'charts', id: chartId }, ctx),
    note: `Chart drawn from data version ${d.meta.version} (as of ${formatDate(d.meta.asOf)}).`,
    language: 'en',
  }
}

/** The dataset as a whole. */
export function datasetItem(d: Dataset, ctx: CiteContext): CslItem {
  return {
    id: `parallax-dataset-${d.meta.version}`,
    'citation-key': bibKey(`dataset-${d.meta.version}`),
    type: 'dataset',
    title: d.meta.title,
    author: [{ literal: PUBLISHER }],
    issued: cslDate(versionDate(d)),
    ...common(d, null, ctx),
    note: `Data version ${d.meta.version}, as of ${formatDate(d.meta.asOf)}.`,
    language: 'en',
  }
}

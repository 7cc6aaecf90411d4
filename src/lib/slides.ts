/**
 * Presentation slides (docs/architecture.md § Presentation), built from the current filters: a title slide, one slide per
 * selected dimension, chart slides, then a closing sources slide. Pure, so the deck, its speaker
 * notes and its printout always agree.
 */
import { isPlanWording } from './format'
import type { Dataset } from '../data/dataset-schema'
import type { Comparison, Dimension, DimensionId, Plan, PlanId, Provision, Source } from '../data/schema'
import type { ChartId, ViewState } from '../url-state/view-state'
import { chartMeta } from './charts/registry'
import { selectCoverage } from './coverage'
import { selectIndicators } from './chart-selectors'
import { indexDataset, type DatasetIndex } from './dataset-index'
import { statusLabels } from './format'
import { queryTerms } from './search'
import { passesNonDimensionFilters, selectCompareMatrix, type FilterState } from './selectors'

export type SlideState = FilterState & Pick<ViewState, 'chart'>

/** Charts shown when the link does not focus one (`chart`). */
export const defaultChartSlides: readonly ChartId[] = ['emphasis', 'instruments', 'convergence']
/** At most three key provisions per plan: more would not fit the projector type. */
export const MAX_KEY_PROVISIONS = 3
/**
 * Words of a plan's wording a slide may show of one provision before cutting it. Slides show the
 * whole wording (the longest US bullet is 60 words): a cut mid-sentence ("…impose export controls
 * on…") loses the part that matters. The limit only guards against a malformed record.
 */
export const EXCERPT_WORDS = 400
export const EXCERPT_CHARS_ZH = 800
/**
 * How much one plan's column holds at projector scale, in words (a Chinese character counts as
 * 0.4 of a word, a citation or badge as five, the short title its words). The first key provision
 * always shows, in full; the next ones only while the column still fits, so a slide needs no
 * scrolling — and, at the reference size, no shrinking (use-fit-slide.ts is the safety net).
 */
export const COLUMN_BUDGET = 110
/** Room the coverage line of a plan read only in part takes in its column, in the same words. */
export const COVERAGE_WEIGHT = 12

export interface Excerpt {
  text: string
  lang: 'en' | 'zh'
  /** True when the excerpt stops short of the full wording (it then ends with "…"). */
  cut: boolean
}

/** Why a provision was picked, in order of preference. */
export type KeyReason = 'comparison' | 'verbatim-official' | 'verbatim-quoted' | 'altered-copy' | 'described'

export interface KeyProvision {
  provision: Provision
  reason: KeyReason
  /** The headline on the slide: the provision's short title (our words, from the data). */
  title: string
  /** The plan's own words, in full. Absent for described provisions: they are never shown as quotes. */
  quote?: Excerpt
  /**
   * Our own words, for the speaker notes: the description of a described provision or altered
   * copy (with how it was read), or an English gloss of a Chinese-only quote. Not on the slide,
   * which carries the provenance as a badge.
   */
  description?: string
  /** Section reference as printed ("Pillar III, section 3", "Point 5"). */
  section: string
  page?: number
  /** Coded mainly to another dimension; shown because the comparison names it here. */
  secondary: boolean
}

export interface PlanColumn {
  plan: Plan
  /** Provisions of this plan on the dimension that pass the filters. */
  matching: number
  /** Whether the plan has provisions coded mainly to the dimension at all (silence is a finding). */
  addressed: boolean
  /** What an empty column says: for a plan read only in part, what was checked. */
  emptyText: string
  /** For a plan read only in part: how much was read and with what provenance (see Sources › The plans). */
  coverage?: string
  key: KeyProvision[]
}

interface SlideBase {
  /** Stable within a deck: `title`, `dim-chips`, `chart-emphasis`, `sources`. */
  id: string
  title: string
  /** Sources behind what the slide says, for the speaker notes. */
  sourceIds: string[]
}

export interface TitleSlide extends SlideBase {
  kind: 'title'
  plans: Plan[]
  dimensions: Dimension[]
  asOf: string
  version: string
  /** Filters other than plans and dimensions, in words ("Search: “export”"). */
  filters: string[]
}

export interface DimensionSlide extends SlideBase {
  kind: 'dimension'
  dimension: Dimension
  comparison?: Comparison
  /** The analyst note's first sentence (our words); the full note is in the speaker notes. */
  lead?: string
  columns: PlanColumn[]
}

export interface ChartSlide extends SlideBase {
  kind: 'chart'
  chartId: ChartId
  /** Context indicators are split over several slides: the panels this one shows. */
  indicatorIds?: string[]
}

/** Context-indicator panels per slide: more would not fit a projector slide at readable sizes. */
export const INDICATOR_PANELS_PER_SLIDE = 4

export interface SourcesSlide extends SlideBase {
  kind: 'sources'
  /** The plans, whose official documents head the list. */
  plans: Plan[]
  /** Every source cited on the slides: primary texts first, then the rest in order of first citation. */
  cited: Source[]
}

export type Slide = TitleSlide | DimensionSlide | ChartSlide | SourcesSlide

/** Cuts text at a word boundary and marks the cut with "…" (cuts are always marked; docs/coding-method.md § Units). */
export function excerpt(text: string, lang: 'en' | 'zh', maxWords = EXCERPT_WORDS, maxChars = EXCERPT_CHARS_ZH): Excerpt {
  const clean = text.trim().replace(/\s+/g, ' ')
  if (lang === 'zh') {
    const chars = [...clean]
    if (chars.length <= maxChars) return { text: clean, lang, cut: false }
    return {
      text: `${chars
        .slice(0, maxChars)
        .join('')
        .replace(/[，、；：,;:\s]+$/u, '')}…`,
      lang,
      cut: true,
    }
  }
  const words = clean.split(' ')
  if (words.length <= maxWords) return { text: clean, lang, cut: false }
  const head = words
    .slice(0, maxWords)
    .join(' ')
    .replace(/[,;:–—-]+$/u, '')
  // A cut right after a full stop keeps the stop and marks the rest as omitted: "… environment. …"
  return { text: /[.!?…]$/u.test(head) ? `${head} …` : `${head}…`, lang, cut: true }
}

/** The first sentence of an analyst note (a colon or semicolon inside it does not end it). */
export function firstSentence(text: string): string {
  const match = /^.+?[.!?](?=\s+[A-Z“‘"(]|$)/su.exec(text.trim())
  return match ? match[0] : text.trim()
}

const reasonRank: Record<KeyReason, number> = {
  comparison: 0,
  'verbatim-official': 1,
  'verbatim-quoted': 2,
  'altered-copy': 3,
  described: 4,
}

/**
 * Up to three provisions per plan: first those the comparison names (in its order), then
 * official wording, then third-party quotations, then descriptions; data order breaks ties.
 */
export function pickKeyProvisions(
  candidates: readonly Provision[],
  comparison: Comparison | undefined,
  max = MAX_KEY_PROVISIONS,
): Provision[] {
  const picked = comparison?.provisionIds ?? []
  const reason = (p: Provision): KeyReason => (picked.includes(p.id) ? 'comparison' : p.provenance)
  return candidates
    .map((p, i) => ({ p, i, r: reasonRank[reason(p)], k: picked.indexOf(p.id) }))
    .sort((a, b) => a.r - b.r || (a.r === 0 ? a.k - b.k : a.i - b.i))
    .slice(0, max)
    .map((x) => x.p)
}

function keyProvision(index: DatasetIndex, p: Provision, dimension: DimensionId, comparison: Comparison | undefined): KeyProvision {
  const section = index.sections.get(p.sectionId)?.label ?? p.sectionId
  const reason: KeyReason = comparison?.provisionIds.includes(p.id) ? 'comparison' : p.provenance
  const base = {
    provision: p,
    reason,
    title: p.title,
    section,
    secondary: p.primary !== dimension,
    ...(p.page !== undefined ? { page: p.page } : {}),
  }
  // Only the plan's own words (official or quoted) are shown as a quote; an altered copy and a
  // description show their title and badge, with our words in the notes.
  if (!isPlanWording(p) || (!p.text && !p.nativeText)) {
    return { ...base, description: p.summary }
  }
  if (p.text) return { ...base, quote: excerpt(p.text, 'en') }
  // Chinese wording only: show it under the English title; our English gloss goes to the notes.
  return { ...base, quote: excerpt(p.nativeText ?? '', 'zh'), description: p.summary }
}

const words = (text: string | undefined): number => (text ? text.split(' ').length : 0)

/** A key provision's share of the column budget: title, wording, badge and citation. */
export function keyWeight(k: KeyProvision): number {
  const quote = k.quote ? (k.quote.lang === 'zh' ? Math.ceil([...k.quote.text].length * 0.4) : words(k.quote.text)) : 0
  const badge = k.provision.provenance === 'verbatim-official' ? 0 : 5
  return words(k.title) + quote + badge + 5
}

/** The first key provision, and the next ones in order while the column can take them whole. */
export function fitColumn(keys: readonly KeyProvision[], budget = COLUMN_BUDGET): KeyProvision[] {
  let used = 0
  let full = false
  return keys.filter((k, i) => {
    if (full) return false
    used += keyWeight(k)
    if (i === 0 || used <= budget) return true
    full = true
    return false
  })
}

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)]
}

export function filterWords(d: Dataset, s: SlideState): string[] {
  const words: string[] = []
  if (s.q) words.push(`Search: “${s.q}”`)
  if (s.instr.length < d.instruments.length) {
    const labels = d.instruments.filter((i) => s.instr.includes(i.id)).map((i) => i.label)
    words.push(`Instruments: ${labels.join(', ')}`)
  }
  if (s.prov === 'verbatim') words.push('Official or quoted wording only (no descriptions, no altered copies)')
  if (s.agency?.length) {
    const names = s.agency.map((id) => d.agencies.find((a) => a.id === id)?.shortName ?? id)
    words.push(`Naming: ${names.join(', ')}`)
  }
  if (s.status.length < Object.keys(statusLabels).length) words.push(`Implementation: ${s.status.map((x) => statusLabels[x]).join(', ')}`)
  return words
}

export function buildSlides(d: Dataset, s: SlideState): Slide[] {
  const index = indexDataset(d)
  const matrix = selectCompareMatrix(d, s)
  const addressed = new Set(d.provisions.map((p) => `${p.planId}:${p.primary}`))
  const terms = queryTerms(s.q)
  const coverage = selectCoverage(d)
  // The comparison may rest on a provision coded mainly elsewhere (China's stance on technology barriers sits in a diplomacy point).
  const namedElsewhere = (c: Comparison | undefined, plan: PlanId, dimension: DimensionId): Provision[] =>
    (c?.provisionIds ?? [])
      .map((id) => index.provisions.get(id))
      .filter(
        (p): p is Provision =>
          p !== undefined && p.planId === plan && p.primary !== dimension && passesNonDimensionFilters(index, p, s, terms),
      )

  const title: TitleSlide = {
    kind: 'title',
    id: 'title',
    title: matrix.plans.length === 1 ? (matrix.plans[0]?.title ?? 'Parallax') : 'The US and China AI action plans of July 2025',
    plans: matrix.plans,
    dimensions: matrix.rows.map((r) => r.dimension),
    asOf: d.meta.asOf,
    version: d.meta.version,
    filters: filterWords(d, s),
    sourceIds: unique(matrix.plans.flatMap((p) => p.sourceIds.slice(0, 1))),
  }

  const dimensions: DimensionSlide[] = matrix.rows.map((row) => {
    const columns: PlanColumn[] = row.cells.map((cell) => {
      const cov = coverage.get(cell.plan.id)
      const partial = cov !== undefined && !cov.complete
      return {
        plan: cell.plan,
        matching: cell.provisions.length,
        addressed: addressed.has(`${cell.plan.id}:${row.dimension.id}`),
        emptyText: `${cov?.emptyText ?? 'Not addressed in this plan'}.`,
        ...(partial ? { coverage: cov.slideLine } : {}),
        key: fitColumn(
          pickKeyProvisions([...cell.provisions, ...namedElsewhere(row.comparison, cell.plan.id, row.dimension.id)], row.comparison).map(
            (p) => keyProvision(index, p, row.dimension.id, row.comparison),
          ),
          // The coverage line takes room in the column.
          partial ? COLUMN_BUDGET - COVERAGE_WEIGHT : COLUMN_BUDGET,
        ),
      }
    })
    return {
      kind: 'dimension',
      id: `dim-${row.dimension.id}`,
      title: row.dimension.label,
      dimension: row.dimension,
      ...(row.comparison ? { comparison: row.comparison, lead: firstSentence(row.comparison.note) } : {}),
      columns,
      sourceIds: unique([...(row.comparison?.sourceIds ?? []), ...columns.flatMap((c) => c.key.flatMap((k) => k.provision.sourceIds))]),
    }
  })

  const charts: ChartSlide[] = (s.chart ? [s.chart] : defaultChartSlides).flatMap((chartId): ChartSlide[] => {
    if (chartId !== 'indicators')
      return [{ kind: 'chart', id: `chart-${chartId}`, title: chartMeta[chartId].title, chartId, sourceIds: [] }]
    const ids = selectIndicators(d, s).groups.flatMap((g) => g.panels.map((panel) => panel.indicator.id))
    const pages = Math.max(1, Math.ceil(ids.length / INDICATOR_PANELS_PER_SLIDE))
    return Array.from({ length: pages }, (_, i) => ({
      kind: 'chart',
      id: pages === 1 ? 'chart-indicators' : `chart-indicators-${i + 1}`,
      title: pages === 1 ? chartMeta.indicators.title : `${chartMeta.indicators.title} (${i + 1} of ${pages})`,
      chartId,
      indicatorIds: ids.slice(i * INDICATOR_PANELS_PER_SLIDE, (i + 1) * INDICATOR_PANELS_PER_SLIDE),
      sourceIds: [],
    }))
  })

  const cited = unique([...title.sourceIds, ...dimensions.flatMap((x) => x.sourceIds)])
  const sources = cited.map((id) => index.sources.get(id)).filter((x): x is Source => x !== undefined)
  const closing: SourcesSlide = {
    kind: 'sources',
    id: 'sources',
    title: 'Sources',
    plans: matrix.plans,
    cited: [...sources.filter((x) => x.kind === 'primary'), ...sources.filter((x) => x.kind !== 'primary')],
    sourceIds: cited,
  }

  return [title, ...dimensions, ...charts, closing]
}

/** A slide number from a link, kept inside the deck. */
export function clampSlide(n: number, count: number): number {
  return Math.min(Math.max(1, Math.trunc(n) || 1), Math.max(1, count))
}

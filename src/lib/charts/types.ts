/**
 * What every chart definition provides (docs/architecture.md § How to add a chart), and the small
 * helpers the definitions share. A chart is one `ChartDefinition` in `src/lib/charts/<id>.ts`,
 * collected in `registry.ts`; the Charts feature maps each id to one component.
 */
import type { Dataset } from '../../data/dataset-schema'
import type { PlanId, Provision } from '../../data/schema'
import type { ChartId } from '../../url-state/view-state'
import { planSeries } from '../chart-config'
import { indexDataset } from '../dataset-index'
import { queryTerms } from '../search'
import { filterProvisions, passesNonDimensionFilters, type FilterState } from '../selectors'

export type CellValue = string | number
/** `provisions`: space-separated provision ids, shown as links to each provision. */
export type ColumnKind = 'text' | 'count' | 'percent' | 'number' | 'date' | 'provisions'

export interface TableColumn {
  key: string
  /** Header with its unit, e.g. "United States: share of provisions (%)". */
  header: string
  kind: ColumnKind
  /** The plan whose series this column belongs to (to drop or style it). */
  planId?: PlanId
}

/** A chart's table twin: the table on screen and the CSV are both built from it. */
export interface ChartTable {
  caption: string
  columns: TableColumn[]
  rows: Record<string, CellValue>[]
}

/** `slide`: the coverage caveat without the list of parts, to fit a projector slide. */
export type CaveatVariant = 'full' | 'slide'

export interface PlanCell {
  planId: PlanId
  count: number
  /** % of the plan's denominator; null when the denominator is 0 (no data, shown as "n/a", never as 0%). */
  share: number | null
}

/** One chart, in one place: everything the card, its table, summary, exports and slide need. */
export interface ChartDefinition<K extends ChartId, D> {
  id: K
  title: string
  /** What is counted, in one line. */
  subtitle: string
  /** File name stem for downloads. */
  file: string
  /** Which filters the chart follows, where not all of them apply. */
  filters?: string
  /** The rows behind the chart (pure; memoised per chart by the registry). */
  select: (d: Dataset, f: FilterState) => D
  /** True when there is nothing to draw; `emptyMessage` is then the one thing the chart says. */
  isEmpty: (data: D) => boolean
  emptyMessage: (data: D) => string
  /** The table twin (and so the CSV). */
  table: (d: Dataset, data: D) => ChartTable
  /** A one-paragraph text summary for screen readers and the gist in words. */
  summary: (data: D) => string
  /** The provenance line under the chart and in its exports; `slide` is the shorter projector form. */
  source: (d: Dataset, variant: CaveatVariant) => string
  /** How a plan read only in part limits the chart (charts that compare shares). */
  coverageCaveats?: (data: D, variant: CaveatVariant) => string[]
  /** Other caveats, e.g. codes that say "not stated". */
  codeCaveats?: (data: D) => string[]
  /** What is counted, per plan ("US n=102 · China n=21 provisions") and how, printed under the subtitle. */
  countLine?: (data: D, f: FilterState) => string
}

/** Checks a definition against the interface while keeping its exact types. */
export const defineChart = <K extends ChartId, D>(definition: ChartDefinition<K, D>): ChartDefinition<K, D> => definition

/** A share in percent, or null for 0/0: missing data is drawn as no data, never as 0%. */
export const pct = (n: number, of: number): number | null => (of === 0 ? null : (n / of) * 100)
export const sortedDimensions = (d: Dataset) => [...d.dimensions].sort((a, b) => a.order - b.order)
export const selectedPlans = (d: Dataset, f: FilterState): PlanId[] => d.plans.map((p) => p.id).filter((id) => f.plans.includes(id))
export const planLabel = (id: PlanId) => planSeries[id].label
export const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
export const byDesc = <T>(items: readonly T[], value: (t: T) => number) => [...items].sort((a, b) => value(b) - value(a))

const sourceBase = (d: Dataset) => `Parallax dataset ${d.meta.version}`

/** The source line of the charts that count coded provisions of both plans. */
export function provisionSourceLine(d: Dataset, variant: CaveatVariant): string {
  // On a slide the coverage caveat above the source line says how China's plan was read.
  if (variant === 'slide') return `Source: ${sourceBase(d)}; the US plan’s official text; China’s as noted above.`
  return `Source: ${sourceBase(d)}; the US plan coded from its official text, China’s from the parts that could be read (provenance badged in Compare).`
}

/** A source line with its own provenance clause. */
export const sourceLine = (clause: string) => (d: Dataset) => `Source: ${sourceBase(d)}; ${clause}`

/**
 * On every chart that compares shares: a plan read only in part is compared on what could be read,
 * so its share is not its whole plan's emphasis and a missing bar is not its silence.
 */
export function partialCaveats(partial: readonly { country: string; line: string }[], variant: CaveatVariant): string[] {
  return partial.map((p) =>
    variant === 'slide'
      ? `${p.country}’s plan was read only in part: its shares are of what could be read.`
      : `${p.line} Its shares are shares of what could be read; a missing bar is not the plan’s silence.`,
  )
}

/**
 * The provisions a chart counts: those of the selected dimensions — by their primary dimension, or
 * with `secondary` by any of their dimensions — that pass every other filter.
 */
export function chartProvisions(d: Dataset, f: FilterState): Provision[] {
  if (!f.secondary) return filterProvisions(d, f)
  const index = indexDataset(d)
  const terms = queryTerms(f.q)
  return d.provisions.filter(
    (p) => (f.dims.includes(p.primary) || p.secondary.some((x) => f.dims.includes(x))) && passesNonDimensionFilters(index, p, f, terms),
  )
}

/** "US n=102 · China n=21 provisions": the sample behind each plan's shares. */
export function planCounts(counts: readonly { planId: PlanId; n: number }[], unit = 'provisions'): string {
  if (counts.length === 0) return 'No plan selected'
  return `${counts.map((c) => `${planSeries[c.planId].shortLabel} n=${c.n}`).join(' · ')} ${unit}`
}

/** How the provision charts count dimensions, for their count line. */
export const dimensionCounting = (f: FilterState) => (f.secondary ? 'primary and secondary dimensions counted' : 'primary dimension only')

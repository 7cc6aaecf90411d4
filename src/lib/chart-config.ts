/**
 * The typed series config (after shadcn/ui chart): every chart, legend, tooltip, table twin and
 * export reads a series' label, colour, pattern and marker from here, so a plan looks the same
 * everywhere. `color` is the design token for HTML; `hex` is the same value for SVG fills, which
 * exports copy as computed styles (a unit test keeps them equal to src/app/tokens.css).
 */
import type { Dataset } from '../data/dataset-schema'
import type { ActorRole, InstrumentId, PlanId, Relation, Status } from '../data/schema'
import { formatDate } from './format'

export type PatternKind = 'diagonal' | 'dots' | 'none'
export type MarkerShape = 'square' | 'circle' | 'triangle'

export interface SeriesConfig {
  label: string
  shortLabel: string
  /** CSS custom property, for HTML. */
  color: string
  /** The same colour as a literal, for SVG fills and strokes. */
  hex: string
  /** A pale tint of the colour (backgrounds, the light half of the pattern). */
  tint: string
  pattern: PatternKind
  /** Pattern element id inside a chart's <defs>; prefix it with the chart instance id. */
  patternId: string
  marker: MarkerShape
}

export const planSeries = {
  us: {
    label: 'United States',
    shortLabel: 'US',
    color: 'var(--plan-us)',
    hex: '#2159a6',
    tint: '#9db8e0',
    pattern: 'diagonal',
    patternId: 'plan-pattern-us',
    marker: 'square',
  },
  cn: {
    label: 'China',
    shortLabel: 'China',
    color: 'var(--plan-cn)',
    hex: '#b9421b',
    tint: '#f3c3ad',
    pattern: 'dots',
    patternId: 'plan-pattern-cn',
    marker: 'circle',
  },
} as const satisfies Record<PlanId, SeriesConfig>

/** Timeline lanes: the two plans' colours and markers, and a neutral triangle for international events. */
export const laneSeries = {
  us: planSeries.us,
  cn: planSeries.cn,
  intl: {
    label: 'International',
    shortLabel: 'Intl',
    color: 'var(--relation-one)',
    hex: '#4d5566',
    tint: '#c9ced8',
    pattern: 'none',
    patternId: 'lane-pattern-intl',
    marker: 'triangle',
  },
} as const satisfies Record<'us' | 'cn' | 'intl', SeriesConfig>

export interface CategoryStyle {
  /** Fill colour. */
  fill: string
  /** Text colour with ≥ 4.5:1 contrast on the fill (for direct labels inside bars). */
  ink: string
}

/**
 * Instruments: Paul Tol's "muted" scheme (designed to stay distinct under colour-vision
 * deficiencies) plus a pale grey; every segment is also directly labelled where it fits.
 */
export const instrumentStyles: Record<InstrumentId, CategoryStyle & { shortLabel: string }> = {
  deregulation: { fill: '#332288', ink: '#ffffff', shortLabel: 'Dereg.' },
  regulation: { fill: '#88ccee', ink: '#1b2430', shortLabel: 'Rules' },
  standards: { fill: '#44aa99', ink: '#1b2430', shortLabel: 'Standards' },
  funding: { fill: '#117733', ink: '#ffffff', shortLabel: 'Funding' },
  institutions: { fill: '#999933', ink: '#1b2430', shortLabel: 'Institutions' },
  research: { fill: '#ddcc77', ink: '#1b2430', shortLabel: 'Research' },
  skills: { fill: '#cc6677', ink: '#000000', shortLabel: 'Skills' },
  'export-control': { fill: '#882255', ink: '#ffffff', shortLabel: 'Export ctrl' },
  'export-promotion': { fill: '#aa4499', ink: '#ffffff', shortLabel: 'Export promo' },
  cooperation: { fill: '#dddddd', ink: '#1b2430', shortLabel: 'Cooperation' },
  // Not an instrument: drawn apart, outlined and unfilled, and never counted as a tool.
  'not-stated': { fill: '#ffffff', ink: '#1b2430', shortLabel: 'Not stated' },
}

/**
 * Orientation codes, one small palette per facet (scope, framing, lead) from the same colour-blind
 * safe sets; "Actor not stated" is white with an outline, a neutral segment that is never a lead.
 */
export const orientationStyles: Record<string, CategoryStyle> = {
  domestic: { fill: '#332288', ink: '#ffffff' },
  allies: { fill: '#88ccee', ink: '#1b2430' },
  global: { fill: '#44aa99', ink: '#1b2430' },
  competitive: { fill: '#882255', ink: '#ffffff' },
  cooperative: { fill: '#117733', ink: '#ffffff' },
  neutral: { fill: '#ddcc77', ink: '#1b2430' },
  government: { fill: '#1d4580', ink: '#ffffff' },
  market: { fill: '#cc6677', ink: '#000000' },
  multistakeholder: { fill: '#999933', ink: '#1b2430' },
  'not-stated': { fill: '#ffffff', ink: '#1b2430' },
}

/** Implementation statuses: grey for "no evidence" (absence is not failure), then blue, green, red. */
export const statusStyles: Record<Status, CategoryStyle & { shortLabel: string }> = {
  'no-evidence': { fill: '#d9d5cb', ink: '#1b2430', shortLabel: 'No evidence' },
  'in-progress': { fill: '#3b6fb6', ink: '#ffffff', shortLabel: 'In progress' },
  delivered: { fill: '#2f6b3a', ink: '#ffffff', shortLabel: 'Delivered' },
  contradicted: { fill: '#9a2f2f', ink: '#ffffff', shortLabel: 'Contradicted' },
}

/** Actor roles: one blue ramp, strongest role darkest (the order of the stack). */
export const actorRoleStyles: Record<ActorRole, CategoryStyle & { shortLabel: string }> = {
  lead: { fill: '#1d4580', ink: '#ffffff', shortLabel: 'Lead' },
  support: { fill: '#3b6fb6', ink: '#ffffff', shortLabel: 'Support' },
  partner: { fill: '#9dbbe3', ink: '#1b2430', shortLabel: 'Partner' },
  addressee: { fill: '#d9d5cb', ink: '#1b2430', shortLabel: 'Addressed' },
}

export const relationStyles: Record<Relation, CategoryStyle & { shortLabel: string }> = {
  converge: { fill: '#2f6b3a', ink: '#ffffff', shortLabel: 'Converge' },
  diverge: { fill: '#9a2f2f', ink: '#ffffff', shortLabel: 'Diverge' },
  mixed: { fill: '#7a5a00', ink: '#ffffff', shortLabel: 'Mixed' },
  'us-only': { fill: '#4d5566', ink: '#ffffff', shortLabel: 'US only' },
  'cn-only': { fill: '#4d5566', ink: '#ffffff', shortLabel: 'China only' },
}

export function asOfLine(d: Dataset): string {
  return `Data as of ${formatDate(d.meta.asOf)}`
}

/** A share with its unit, or "n/a" when there is no denominator (0/0 is no data, never 0%). */
export function formatPercent(share: number | null | undefined): string {
  return share === null || share === undefined ? 'n/a' : `${formatShare(share)}%`
}

/** One decimal, no trailing ".0": 34.3, 25, 0.5. */
export function formatShare(share: number): string {
  return (Math.round(share * 10) / 10).toLocaleString('en', { maximumFractionDigits: 1 })
}

/** SVG path of a marker centred on (cx, cy) with radius r: square (US), circle (China), triangle (international). */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100
  switch (shape) {
    case 'square': {
      const h = r * 0.9
      return `M${f(cx - h)},${f(cy - h)}H${f(cx + h)}V${f(cy + h)}H${f(cx - h)}Z`
    }
    case 'circle':
      return `M${f(cx - r)},${f(cy)}A${f(r)},${f(r)} 0 1 0 ${f(cx + r)},${f(cy)}A${f(r)},${f(r)} 0 1 0 ${f(cx - r)},${f(cy)}Z`
    case 'triangle':
      return `M${f(cx)},${f(cy - r * 1.15)}L${f(cx + r * 1.1)},${f(cy + r * 0.85)}L${f(cx - r * 1.1)},${f(cy + r * 0.85)}Z`
    default:
      return shape satisfies never
  }
}

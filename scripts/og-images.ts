/**
 * Open Graph images: a 1200×630 PNG per provision, event, dimension, chart and plan at
 * og/<kind>/<id>.png (`ogImagePath` in src/lib/permalink.ts), plus the site card og/site.png, drawn from
 * the data at build — satori lays the card out as SVG, resvg renders it to PNG (no browser).
 *
 * Provenance is kept: only plan wording (`isPlanWording`) is shown as a quote; a described provision or
 * an altered copy shows the description, labelled as Parallax's words and not the plan's wording.
 * Fonts: Noto Sans (Latin) and Noto Sans SC (simplified Chinese), WOFF files from @fontsource.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Resvg } from '@resvg/resvg-js'
import satori from 'satori'
import type { Dataset } from '../src/data/dataset-schema'
import type { Event, Plan, Provision } from '../src/data/schema'
import { planSeries } from '../src/lib/chart-config'
import { chartMeta } from '../src/lib/charts/registry'
import { selectChartData } from '../src/lib/chart-selectors'
import { chartTable, formatCell } from '../src/lib/chart-tables'
import { indexDataset } from '../src/lib/dataset-index'
import { formatDate, isPlanWording, relationLabels, verificationLabels } from '../src/lib/format'
import { ogImagePath, type PermalinkKind } from '../src/lib/permalink'
import { chartIds, defaultViewState, type ChartId } from '../src/url-state/view-state'

export const OG_WIDTH = 1200
export const OG_HEIGHT = 630

const require = createRequire(import.meta.url)
const fontFile = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`))

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }
let fonts: Font[] | undefined
function loadFonts(): Font[] {
  fonts ??= [
    { name: 'Noto Sans', data: fontFile('@fontsource/noto-sans', 'noto-sans-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: fontFile('@fontsource/noto-sans', 'noto-sans-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Noto Sans', data: fontFile('@fontsource/noto-sans', 'noto-sans-latin-ext-400-normal.woff'), weight: 400, style: 'normal' },
    {
      name: 'Noto Sans SC',
      data: fontFile('@fontsource/noto-sans-sc', 'noto-sans-sc-chinese-simplified-400-normal.woff'),
      weight: 400,
      style: 'normal',
    },
  ]
  return fonts
}

/** A satori element (the React element shape, without React). */
interface Node {
  type: string
  props: { style?: Record<string, unknown>; children?: Child | Child[]; lang?: string }
}
type Child = Node | string | null | false | undefined

const h = (style: Record<string, unknown>, ...children: Child[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children: children.filter((c) => c !== null && c !== false && c !== undefined) },
})

const INK = '#1b2430'
const INK2 = '#44505f'
const PAPER = '#fbfaf7'
const LINE = '#d9d5cb'
/** The card's inner width: text wraps within it. */
const TEXT_WIDTH = OG_WIDTH - 2 * 64

/** Cuts text to `max` characters at a word (or character, for Chinese) boundary, marking the cut with "…". */
export function clip(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  const cut = chars.slice(0, max).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:，。；：、]+$/, '')}…`
}

function frame(d: Dataset, kicker: Child, accent: string, ...body: Child[]): Node {
  return h(
    {
      // Content box: the padding and the top rule are outside width and height.
      width: OG_WIDTH - 2 * 64,
      height: OG_HEIGHT - 14 - 44 - 36,
      flexDirection: 'column',
      background: PAPER,
      color: INK,
      fontFamily: 'Noto Sans, Noto Sans SC',
      borderTop: `14px solid ${accent}`,
      padding: '44px 64px 36px',
    },
    h({ fontSize: 26, color: INK2, letterSpacing: 0.5, flexShrink: 0, width: TEXT_WIDTH }, kicker),
    h({ flexDirection: 'column', flexGrow: 1, flexShrink: 1, justifyContent: 'center', width: TEXT_WIDTH, overflow: 'hidden' }, ...body),
    h(
      {
        justifyContent: 'space-between',
        alignItems: 'flex-end',
        borderTop: `2px solid ${LINE}`,
        paddingTop: 18,
        fontSize: 24,
        color: INK2,
        flexShrink: 0,
        width: TEXT_WIDTH,
      },
      h({ fontWeight: 700, fontSize: 30, color: INK }, 'Parallax'),
      h({}, `US and China AI action plans · data ${d.meta.version}`),
    ),
  )
}

function provisionCard(d: Dataset, p: Provision): Node {
  const index = indexDataset(d)
  const plan = index.plans.get(p.planId) as Plan
  const section = index.sections.get(p.sectionId)
  const where = [
    section?.label,
    section?.heading ? `“${clip(section.heading, 60)}”` : undefined,
    p.page !== undefined ? `p. ${p.page}` : undefined,
  ]
    .filter(Boolean)
    .join(', ')
  const wording = isPlanWording(p)
  const english = wording ? p.text : undefined
  const chinese = wording ? p.nativeText : undefined
  const label = wording
    ? p.provenance === 'verbatim-quoted'
      ? 'The plan’s words, as quoted in a third-party source'
      : 'The plan’s words'
    : p.provenance === 'altered-copy'
      ? 'Description in Parallax’s words — NOT official wording (the text was seen only in an altered copy)'
      : 'Description in Parallax’s words — official wording not seen'
  const quote = (text: string, lang: 'en' | 'zh', size: number, max: number) =>
    h(
      { fontSize: size, lineHeight: 1.35, fontFamily: lang === 'zh' ? 'Noto Sans SC' : 'Noto Sans', marginTop: 10, width: TEXT_WIDTH },
      wording ? `“${clip(text, max)}”` : clip(text, max),
    )
  return frame(
    d,
    `${plan.country} · ${plan.title}`,
    planSeries[p.planId].hex,
    h(
      {
        fontSize: 22,
        fontWeight: 700,
        color: wording ? '#23552d' : '#6b4e00',
        background: wording ? '#e3f1e6' : '#fff3cd',
        padding: '6px 14px',
        alignSelf: 'flex-start',
        borderRadius: 4,
      },
      label,
    ),
    chinese && quote(chinese, 'zh', english ? 30 : 38, english ? 80 : 150),
    english && quote(english, 'en', chinese ? 26 : 36, chinese ? 160 : 260),
    !wording && quote(p.summary, 'en', 34, 240),
    h({ fontSize: 24, marginTop: 22, color: INK2, width: TEXT_WIDTH }, `${plan.issuer}, ${formatDate(plan.releaseDate)} · ${where}`),
  )
}

function eventCard(d: Dataset, e: Event): Node {
  return frame(
    d,
    'Timeline event',
    '#4d5566',
    h({ fontSize: 34, color: INK2 }, formatDate(e.date)),
    h({ fontSize: 54, fontWeight: 700, lineHeight: 1.2, marginTop: 12, width: TEXT_WIDTH }, clip(e.title, 120)),
    h(
      {
        fontSize: 24,
        fontWeight: 700,
        marginTop: 24,
        alignSelf: 'flex-start',
        padding: '6px 14px',
        borderRadius: 4,
        background: '#eceae4',
      },
      `Verification: ${verificationLabels[e.verification].toLowerCase()}`,
    ),
  )
}

function planCard(d: Dataset, plan: Plan): Node {
  const count = d.provisions.filter((p) => p.planId === plan.id).length
  return frame(
    d,
    `${plan.country} · ${plan.issuer}`,
    planSeries[plan.id].hex,
    h({ fontSize: 58, fontWeight: 700, lineHeight: 1.15, width: TEXT_WIDTH }, plan.title),
    plan.nativeTitle && h({ fontSize: 40, fontFamily: 'Noto Sans SC', marginTop: 10 }, plan.nativeTitle),
    h(
      { fontSize: 28, color: INK2, marginTop: 24 },
      `${formatDate(plan.releaseDate)} · ${plan.sections.length} sections · ${count} provisions coded`,
    ),
  )
}

function dimensionCard(d: Dataset, dimensionId: string): Node {
  const dim = d.dimensions.find((x) => x.id === dimensionId)
  if (!dim) throw new Error(`unknown dimension ${dimensionId}`)
  const comparison = d.comparisons.find((c) => c.dimensionId === dim.id)
  const counts = d.plans.map((plan) => ({ plan, n: d.provisions.filter((p) => p.planId === plan.id && p.primary === dim.id).length }))
  return frame(
    d,
    'Dimension · both plans side by side',
    '#1d2a3a',
    h({ fontSize: 64, fontWeight: 700 }, dim.label),
    h({ fontSize: 28, color: INK2, marginTop: 12, lineHeight: 1.35, width: TEXT_WIDTH }, clip(dim.description, 200)),
    h(
      { marginTop: 28, gap: 40, fontSize: 30 },
      ...counts.map(({ plan, n }) =>
        h(
          { alignItems: 'center', gap: 12 },
          h({ width: 22, height: 22, background: planSeries[plan.id].hex }),
          `${plan.country}: ${n} provisions`,
        ),
      ),
      comparison ? h({ fontWeight: 700 }, relationLabels[comparison.relation]) : null,
    ),
  )
}

/** The chart as simple bars from its table twin: the first text column as labels, each plan's (or the first) numeric column as bars. */
function chartCard(d: Dataset, chartId: ChartId): Node {
  const chart = selectChartData(d, defaultViewState, chartId)
  const table = chartTable(d, chart)
  const label = table.columns.find((c) => c.kind === 'text' || c.kind === 'date')
  const numeric = table.columns.filter((c) => c.kind === 'percent' || c.kind === 'count' || c.kind === 'number')
  const planCols = numeric.filter((c) => c.planId)
  // One column per plan (the first: a share where the table gives shares), else the first numeric column.
  const perPlan = d.plans.map((p) => planCols.find((c) => c.planId === p.id)).filter((c) => c !== undefined)
  const series = perPlan.length > 0 ? perPlan : numeric.slice(0, 1)
  const rows = table.rows.slice(0, 8)
  const max = Math.max(1e-9, ...rows.flatMap((r) => series.map((c) => (typeof r[c.key] === 'number' ? (r[c.key] as number) : 0))))
  const n =
    chartId === 'timeline'
      ? `n = ${d.events.length} events`
      : chartId === 'indicators'
        ? `n = ${d.indicators.reduce((s, i) => s + i.observations.length, 0)} observations`
        : `n = ${d.plans.map((p) => `${d.provisions.filter((x) => x.planId === p.id).length} ${p.id === 'us' ? 'US' : 'China'}`).join(' · ')} provisions`
  // The bars share a fixed 300 px band, so every row fits whatever the number of rows.
  const BAND = 300
  const rowH = Math.floor(BAND / Math.max(1, rows.length))
  const barH = Math.max(4, Math.floor((rowH - 8) / Math.max(1, series.length)) - 2)
  return frame(
    d,
    `Chart · ${n}`,
    '#1d2a3a',
    h({ fontSize: 44, fontWeight: 700, flexShrink: 0 }, chartMeta[chartId].title),
    h(
      { flexDirection: 'column', marginTop: 14, height: BAND, flexShrink: 0 },
      ...rows.map((r) =>
        h(
          { alignItems: 'center', gap: 16, height: rowH },
          h(
            { width: 300, fontSize: Math.min(20, rowH - 6), color: INK2, justifyContent: 'flex-end', lineHeight: 1 },
            clip(label ? formatCell(label.kind, r[label.key] ?? '') : '', 30),
          ),
          h(
            { flexDirection: 'column', gap: 2, flexGrow: 1 },
            ...series.map((c) => {
              const v = typeof r[c.key] === 'number' ? (r[c.key] as number) : 0
              const color = c.planId ? planSeries[c.planId].hex : '#4d5566'
              return h(
                { alignItems: 'center', gap: 10, height: barH },
                h({ width: Math.max(2, Math.round((v / max) * 600)), height: barH, background: color }),
                h({ fontSize: Math.min(16, barH + 2), color: INK2, lineHeight: 1 }, formatCell(c.kind, r[c.key] ?? 0)),
              )
            }),
          ),
        ),
      ),
    ),
    series.length > 1 &&
      h(
        { gap: 28, fontSize: 20, marginTop: 8, color: INK2, flexShrink: 0 },
        ...series.map((c) =>
          h(
            { alignItems: 'center', gap: 8 },
            h({ width: 16, height: 16, background: c.planId ? planSeries[c.planId].hex : '#4d5566' }),
            c.header,
          ),
        ),
      ),
    table.rows.length > rows.length && h({ fontSize: 18, color: INK2, flexShrink: 0 }, `First ${rows.length} of ${table.rows.length} rows`),
  )
}

function siteCard(d: Dataset): Node {
  return frame(
    d,
    'Parallax',
    '#1d2a3a',
    h(
      { fontSize: 60, fontWeight: 700, lineHeight: 1.15, width: TEXT_WIDTH },
      'The US and China AI action plans of July 2025, side by side',
    ),
    h(
      { fontSize: 30, color: INK2, marginTop: 20, lineHeight: 1.35, width: TEXT_WIDTH },
      `${d.provisions.length} provisions with their words, section and page · ${d.events.length} events · 8 dimensions`,
    ),
  )
}

export async function renderPng(node: Node): Promise<{ svg: string; png: Buffer }> {
  const svg = await satori(node as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() })
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render().asPng()
  return { svg, png: Buffer.from(png) }
}

export interface OgImage {
  /** e.g. `og/provisions/us-3-3-1.png` (no leading slash). */
  fileName: string
  node: Node
}

/** Every image the build writes. */
export function ogImages(d: Dataset): OgImage[] {
  const file = (kind: PermalinkKind, id: string) => ogImagePath({ kind, id }).slice(1)
  return [
    { fileName: 'og/site.png', node: siteCard(d) },
    ...d.provisions.map((p) => ({ fileName: file('provisions', p.id), node: provisionCard(d, p) })),
    ...d.events.map((e) => ({ fileName: file('events', e.id), node: eventCard(d, e) })),
    ...d.dimensions.map((x) => ({ fileName: file('dimensions', x.id), node: dimensionCard(d, x.id) })),
    ...chartIds.map((c) => ({ fileName: file('charts', c), node: chartCard(d, c) })),
    ...d.plans.map((p) => ({ fileName: file('plans', p.id), node: planCard(d, p) })),
  ]
}

export const ogCards = { provisionCard, eventCard, planCard, dimensionCard, chartCard, siteCard }

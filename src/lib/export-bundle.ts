/**
 * Downloads fit for use (docs/architecture.md § Compare): a CSV is a plain table — one header row,
 * then data rows, nothing after — and what describes it (title, filters, data version, as-of date,
 * sources, licence and citation, what each column holds) is a README beside it in a zip, as Our
 * World in Data ships its downloads. papaparse and fflate load only when a download is made.
 */
import type { Dataset } from '../data/dataset-schema'
import type { Indicator } from '../data/schema'
import { indexDataset } from './dataset-index'
import { formatDate } from './format'
import { provisionRows, sourceLine } from './provision-export'

export type ProvisionRow = ReturnType<typeof provisionRows>[number]
type Cell = string | number

/** What each column of the provisions CSV holds; the README lists them in this order. */
export const provisionColumns: Record<keyof ProvisionRow, string> = {
  id: 'Parallax’s id of the provision (us-<pillar>-<section>-<bullet>, cn-<point>-<n>).',
  plan: 'The plan: United States or China.',
  section: 'Where it sits in the plan (pillar and section, or point).',
  page: 'Printed page where its text starts (US plan); empty for China’s plan.',
  title: 'A short title in Parallax’s words.',
  text: 'The plan’s own words (official text or a third-party quotation, as `provenance` says); empty where no wording was seen.',
  native_text: 'The Chinese wording, where the plan’s wording was seen in Chinese.',
  native_script: 'Script of the Chinese text: zh-Hans (simplified) or zh-Hant (traditional, a converted copy).',
  altered_copy_text:
    'Text seen only in a copy whose script or locale conversion changed words: evidence of content, not the plan’s wording.',
  summary: 'What the provision asks, in Parallax’s words.',
  provenance: 'What the text columns are: Official text; Quoted in a third-party source; Altered copy; Described, not quoted.',
  primary_dimension: 'The dimension the provision is mainly about (a Parallax code).',
  secondary_dimensions: 'Other dimensions it touches, separated by “; ”.',
  instruments: 'Policy instruments its wording names, separated by “; ” (not-stated: none named).',
  scope: 'Orientation code: domestic, allies or global.',
  framing: 'Orientation code: competitive, cooperative or neutral.',
  lead: 'Who the wording puts in the lead: government, market, multistakeholder, or not-stated.',
  actors_named: 'Bodies the provision’s wording names, with their role.',
  actors_inferred_not_named: 'Bodies inferred but not named (and the rule used); never counted as named.',
  implementation_status: 'Implementation status from dated evidence (no-evidence: no implementing act recorded in the data).',
  sources: 'URLs of the sources the provision was read or described from, separated by spaces.',
  citation: 'A citation of the provision in the plan, with the data version it was coded in.',
}

/** What each column of an indicator's CSV holds. */
export const indicatorColumns = {
  entity: 'What was measured (a chip, a country, a company).',
  value: 'The value, in the unit named in the README.',
  date: 'When the value applies (a year, a month or a day).',
  basis: 'reported (as the source gives it) or derived (computed by Parallax; see note).',
  note: 'How a derived value was computed, or a caveat.',
  sources: 'URLs of the sources of this value, separated by spaces.',
} as const

export interface ExportContext {
  /** Filters in words (describeFilters); empty when nothing is filtered. */
  filters: string
  /** The view's URL, so a reader can reopen exactly this selection. */
  url: string
}

/** A plain CSV: a byte-order mark (so spreadsheets read UTF-8), one header row, then the rows; CRLF line ends. */
export async function plainCsv<T extends Record<string, Cell>>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
): Promise<string> {
  const { unparse } = await import('papaparse')
  const body = unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { newline: '\r\n' })
  return `\uFEFF${body}\r\n`
}

function readmeFooter(d: Dataset, ctx: ExportContext, columns: Readonly<Record<string, string>>, csvName: string): string[] {
  return [
    '## Licence and how to cite',
    '',
    d.meta.license.trim(),
    '',
    `Cite as: Parallax, “${d.meta.title}”, data version ${d.meta.version} (as of ${formatDate(d.meta.asOf)}), ${ctx.url}`,
    '',
    `## Columns of ${csvName}`,
    '',
    ...Object.entries(columns).map(([k, v]) => `- \`${k}\`: ${v}`),
    '',
  ]
}

/** The README of a provisions download. */
export function provisionsReadme(d: Dataset, ctx: ExportContext, count: number, csvName: string): string {
  const index = indexDataset(d)
  return [
    `# Parallax: provisions of the US and China AI action plans`,
    '',
    `Filtered to: ${ctx.filters || 'nothing (every provision)'}`,
    `Rows: ${count} of ${d.provisions.length} provisions, in ${csvName}`,
    `View: ${ctx.url}`,
    `Data version: ${d.meta.version}, as of ${formatDate(d.meta.asOf)}`,
    '',
    '## Sources',
    '',
    sourceLine(d),
    '',
    ...d.plans.map((p) => {
      const plan = index.plans.get(p.id) ?? p
      return `- ${plan.country}: ${plan.issuer}, “${plan.title}”, ${formatDate(plan.releaseDate)}. ${plan.urls.map((u) => `${u.label}: ${u.url}`).join('; ')}`
    }),
    '',
    'Each row’s `sources` column lists the sources of that provision, and its `citation` column cites it.',
    '',
    ...readmeFooter(d, ctx, provisionColumns, csvName),
  ].join('\n')
}

/** One indicator's rows: entity, value, date, basis, note, source URLs. */
export function indicatorRows(d: Dataset, indicator: Indicator) {
  const index = indexDataset(d)
  return indicator.observations.map((o) => ({
    entity: o.entity,
    value: o.value,
    date: o.date,
    basis: o.basis,
    note: o.note ?? '',
    sources: o.sourceIds.map((id) => index.sources.get(id)?.url ?? id).join(' '),
  }))
}

/** The README of one indicator's download: what it measures, its unit, what it may not be compared with. */
export function indicatorReadme(d: Dataset, indicator: Indicator, ctx: ExportContext, csvName: string): string {
  const index = indexDataset(d)
  const dimension = index.dimensions.get(indicator.dimensionId)?.label ?? indicator.dimensionId
  const incomparable = indicator.incomparableWith.map((id) => d.indicators.find((i) => i.id === id)?.label ?? id)
  const sources = [...new Set(indicator.observations.flatMap((o) => o.sourceIds))].map((id) => {
    const s = index.sources.get(id)
    return s ? `- ${s.publisher}: ${s.title}. ${s.url}` : `- ${id}`
  })
  return [
    `# Parallax context indicator: ${indicator.label}`,
    '',
    `Dimension: ${dimension}`,
    `Unit: ${indicator.unit}`,
    `What it measures: ${indicator.description}`,
    indicator.comparable ? 'The values can share one axis.' : 'The values are not comparable on one axis: do not chart them together.',
    ...(incomparable.length ? [`Not comparable with: ${incomparable.join('; ')}`] : []),
    `Rows: ${indicator.observations.length}, in ${csvName}`,
    `View: ${ctx.url}`,
    `Data version: ${d.meta.version}, as of ${formatDate(d.meta.asOf)}`,
    '',
    '## Sources',
    '',
    ...sources,
    '',
    ...readmeFooter(d, ctx, indicatorColumns, csvName),
  ].join('\n')
}

/**
 * Zips text files (UTF-8) with fflate, loaded on demand. Every entry is dated `asOf` (the data's
 * as-of date), so the same data and filters give the same bytes.
 */
export async function zipTextFiles(files: Readonly<Record<string, string>>, asOf: string): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate')
  const entries: Record<string, Uint8Array> = {}
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(text)
  return zipSync(entries, { level: 6, mtime: new Date(`${asOf}T12:00:00Z`) })
}

/** A provisions download: `<stem>.zip` holding `<stem>.csv` (a plain table) and `README.md`. */
export async function provisionsZip(d: Dataset, rows: readonly ProvisionRow[], ctx: ExportContext, stem: string): Promise<Uint8Array> {
  const csvName = `${stem}.csv`
  const csv = await plainCsv(rows, Object.keys(provisionColumns) as (keyof ProvisionRow)[])
  return zipTextFiles({ 'README.md': provisionsReadme(d, ctx, rows.length, csvName), [csvName]: csv }, d.meta.asOf)
}

/** One indicator's download: `<stem>.zip` holding `<stem>.csv` and `README.md`. */
export async function indicatorZip(d: Dataset, indicator: Indicator, ctx: ExportContext, stem: string): Promise<Uint8Array> {
  const csvName = `${stem}.csv`
  const csv = await plainCsv(indicatorRows(d, indicator), Object.keys(indicatorColumns) as (keyof typeof indicatorColumns)[])
  return zipTextFiles({ 'README.md': indicatorReadme(d, indicator, ctx, csvName), [csvName]: csv }, d.meta.asOf)
}

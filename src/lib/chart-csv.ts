/**
 * A chart's data as files fit for use (docs/architecture.md § Charts): a plain CSV — the header
 * row and rows of its table twin, nothing else — and a README with what a reader needs to use and
 * cite it (title, counts, source, as-of date, view URL, caveats, columns), zipped together like Our
 * World in Data's downloads. `unparse` is papaparse's, passed in so the caller can load it on
 * demand.
 */
import { csvCell, type CellValue, type ChartTable } from './chart-tables'

export interface CsvProvenance {
  title: string
  subtitle: string
  source: string
  asOf: string
  url: string
  /** Caveats printed under the chart (e.g. codes that say "not stated"). */
  notes?: string[]
}

export type Unparse = (rows: CellValue[][], config: { newline: string }) => string

/** Header row then data rows, with shares rounded to one decimal and dates left ISO. */
export function chartCsvRows(table: ChartTable): CellValue[][] {
  return [table.columns.map((c) => c.header), ...table.rows.map((row) => table.columns.map((c) => csvCell(c.kind, row[c.key] ?? '')))]
}

/** The plain table: one header row, then the rows; no metadata rows. */
export function chartCsv(table: ChartTable, unparse: Unparse): string {
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (curly quotes, Chinese).
  return `\uFEFF${unparse(chartCsvRows(table), { newline: '\r\n' })}\r\n`
}

/** The README that goes beside the CSV in the zip. */
export function chartReadme(table: ChartTable, p: CsvProvenance, csvName: string, filters: string): string {
  const lines = [
    `# ${p.title}`,
    '',
    p.subtitle,
    '',
    `- File: ${csvName} (${table.rows.length} rows; UTF-8 with a byte-order mark, comma-separated)`,
    `- Filtered to: ${filters || 'nothing (every provision)'}`,
    `- ${p.source}`,
    `- ${p.asOf}`,
    `- View and cite: ${p.url}`,
    '',
    '## Columns',
    '',
    ...table.columns.map((c) => `- ${c.header}`),
  ]
  if (p.notes?.length) lines.push('', '## Notes', '', ...p.notes.map((n) => `- ${n}`))
  return `${lines.join('\n')}\n`
}

/**
 * A chart's CSV: the header row and rows of its table twin, then the provenance lines (title,
 * source, as-of date, view URL) after a blank line. `unparse` is papaparse's, passed in so the
 * caller can load papaparse on demand.
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

export function chartCsv(table: ChartTable, p: CsvProvenance, unparse: Unparse): string {
  const rows: CellValue[][] = [
    ...chartCsvRows(table),
    [],
    [`${p.title}: ${p.subtitle}`],
    [p.source],
    [p.asOf],
    [`View: ${p.url}`],
    ...(p.notes ?? []).map((n) => [`Note: ${n}`]),
  ]
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (curly quotes, Chinese).
  return `\uFEFF${unparse(rows, { newline: '\r\n' })}\r\n`
}

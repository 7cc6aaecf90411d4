/**
 * The bench's output: rows of metric / value / budget / status, printed as a table and saved as JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface Budget {
  op: '<=' | '>='
  limit: number
}

export interface Row {
  group: string
  metric: string
  value: number
  unit: string
  budget?: Budget
  /** Extra context printed after the value (e.g. raw size, sample count). */
  note?: string
}

export type Status = 'ok' | 'FAIL' | '—'

export function status(row: Row): Status {
  if (!row.budget || Number.isNaN(row.value)) return row.budget ? 'FAIL' : '—'
  return row.budget.op === '<=' ? (row.value <= row.budget.limit ? 'ok' : 'FAIL') : row.value >= row.budget.limit ? 'ok' : 'FAIL'
}

function format(value: number, unit: string): string {
  if (Number.isNaN(value)) return 'n/a'
  switch (unit) {
    case 'KB':
      return `${value.toFixed(1)} KB`
    case 'ms':
      return `${value < 100 ? value.toFixed(1) : Math.round(value)} ms`
    case 's':
      return `${value.toFixed(1)} s`
    case 'score':
      return String(Math.round(value))
    case '×':
      return `${value.toFixed(2)}×`
    case '':
      return value.toFixed(3)
    default:
      return `${value} ${unit}`
  }
}

export function formatRow(row: Row): [string, string, string, Status] {
  const value = format(row.value, row.unit) + (row.note ? ` (${row.note})` : '')
  const budget = row.budget ? `${row.budget.op === '<=' ? '≤' : '≥'} ${format(row.budget.limit, row.unit)}` : '—'
  return [`${row.group}: ${row.metric}`, value, budget, status(row)]
}

/** A Markdown table, so the same text reads well in a terminal and pastes into docs/performance.md. */
export function renderTable(rows: readonly Row[]): string {
  const cells = [['metric', 'value', 'budget', 'status'], ...rows.map(formatRow)]
  const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((c) => [...(c[i] ?? '')].length)))
  const line = (c: readonly string[]) => `| ${c.map((s, i) => s + ' '.repeat((widths[i] ?? 0) - [...s].length)).join(' | ')} |`
  const [head, ...body] = cells
  return [line(head ?? []), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...body.map(line)].join('\n')
}

export function writeResults(dir: string, payload: Record<string, unknown>): string {
  mkdirSync(dir, { recursive: true })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const file = path.join(dir, `bench-${stamp}.json`)
  writeFileSync(file, `${JSON.stringify(payload, null, 2)}\n`)
  return file
}

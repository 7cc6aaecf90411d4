/**
 * Table twins: each chart's definition (`src/lib/charts/<id>.ts`) builds its rows as a table
 * (columns with units, one row per mark). The table on screen and the CSV are both built from it,
 * so they always show the same numbers; this module formats their cells.
 */
import { formatShare } from './chart-config'
import type { CellValue, ColumnKind } from './charts/types'
import { formatDate } from './format'

export type { CellValue, ChartTable, ColumnKind, TableColumn } from './charts/types'
export { chartTable } from './charts/registry'

/** A cell as shown on screen. */
export function formatCell(kind: ColumnKind, value: CellValue): string {
  if (typeof value === 'string') return kind === 'date' ? formatDate(value) : value
  switch (kind) {
    case 'percent':
      return formatShare(value)
    case 'count':
      return value.toLocaleString('en')
    default:
      return value.toLocaleString('en', { maximumFractionDigits: 3 })
  }
}

/** A cell as written to CSV: numbers stay numbers (shares to one decimal), dates stay ISO. */
export function csvCell(kind: ColumnKind, value: CellValue): CellValue {
  if (typeof value === 'number' && kind === 'percent') return Math.round(value * 10) / 10
  return value
}

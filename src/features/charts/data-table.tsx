import { useId, useMemo, useState } from 'react'
import { PlanSwatch } from '../../components/badges'
import { formatCell, type CellValue, type ChartTable, type TableColumn } from '../../lib/chart-tables'
import { stateHref } from '../../url-state/url'
import { defaultViewState } from '../../url-state/view-state'

type Direction = 'ascending' | 'descending'
interface Sort {
  key: string
  direction: Direction
}

const numeric = (c: TableColumn) => c.kind === 'count' || c.kind === 'percent' || c.kind === 'number'

function compare(a: CellValue | undefined, b: CellValue | undefined): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return String(a ?? '').localeCompare(String(b ?? ''), 'en', { numeric: true })
}

/** Space-separated provision ids as links to each provision's own view. */
function ProvisionLinks({ ids }: { ids: string }) {
  const list = ids.split(' ').filter(Boolean)
  return (
    <span className="data-table__ids">
      {list.map((id, i) => (
        <span key={id}>
          <a href={stateHref({ ...defaultViewState, sel: id })}>{id}</a>
          {i < list.length - 1 ? ' ' : ''}
        </span>
      ))}
    </span>
  )
}

/**
 * A chart's table twin. Each header is a button that sorts by its column; the sorted header
 * carries aria-sort, and a polite live region says what changed.
 */
export function DataTable({ table }: { table: ChartTable }) {
  const captionId = useId()
  const [sort, setSort] = useState<Sort | null>(null)
  const rows = useMemo(() => {
    if (!sort) return table.rows
    const sign = sort.direction === 'ascending' ? 1 : -1
    return [...table.rows].sort((a, b) => sign * compare(a[sort.key], b[sort.key]))
  }, [table.rows, sort])
  const sortedColumn = table.columns.find((c) => c.key === sort?.key)

  const toggle = (c: TableColumn) =>
    setSort((s) => ({
      key: c.key,
      direction: s?.key === c.key ? (s.direction === 'ascending' ? 'descending' : 'ascending') : numeric(c) ? 'descending' : 'ascending',
    }))

  return (
    <div className="data-table">
      <table>
        <caption id={captionId}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => {
              const direction = sort?.key === c.key ? sort.direction : undefined
              return (
                <th key={c.key} scope="col" aria-sort={direction} className={numeric(c) ? 'data-table__num' : undefined}>
                  <button type="button" onClick={() => toggle(c)}>
                    {c.planId && <PlanSwatch planId={c.planId} />}
                    <span>{c.header}</span>
                    <span className="data-table__arrow" aria-hidden="true">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${String(row[table.columns[0]?.key ?? ''])}-${i}`}>
              {table.columns.map((c, j) => {
                const text = formatCell(c.kind, row[c.key] ?? '')
                const content =
                  c.kind === 'date' && typeof row[c.key] === 'string' ? (
                    <time dateTime={String(row[c.key])}>{text}</time>
                  ) : c.kind === 'provisions' ? (
                    <ProvisionLinks ids={text} />
                  ) : (
                    text
                  )
                return j === 0 ? (
                  <th key={c.key} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={c.key} className={numeric(c) ? 'data-table__num' : undefined}>
                    {content}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="visually-hidden" aria-live="polite">
        {sort && sortedColumn ? `Sorted by ${sortedColumn.header}, ${sort.direction}.` : ''}
      </p>
    </div>
  )
}

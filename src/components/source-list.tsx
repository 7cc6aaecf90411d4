import type { DatasetIndex } from '../lib/dataset-index'
import { formatDate } from '../lib/format'

/** Sources as links. `compact`: publisher names only, for tight spaces. */
export function SourceList({ ids, index, compact = false }: { ids: readonly string[]; index: DatasetIndex; compact?: boolean }) {
  const sources = ids.map((id) => index.sources.get(id)).filter((s) => s !== undefined)
  if (sources.length === 0) return null
  if (compact) {
    return (
      <p className="source-list source-list--compact">
        <span>Sources: </span>
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && ', '}
            <a href={s.url} rel="noreferrer noopener" target="_blank" lang={s.lang}>
              {s.publisher}
            </a>
          </span>
        ))}
      </p>
    )
  }
  return (
    <ul className="source-list">
      {sources.map((s) => (
        <li key={s.id}>
          <a href={s.url} rel="noreferrer noopener" target="_blank" lang={s.lang}>
            {s.title}
          </a>
          <span className="source-list__meta">
            {' '}
            — {s.publisher}
            {s.date ? `, ${formatDate(s.date)}` : s.dateNote ? `, ${s.dateNote}` : ''}
          </span>
        </li>
      ))}
    </ul>
  )
}

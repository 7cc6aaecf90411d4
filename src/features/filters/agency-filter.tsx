import { useId, useMemo, useState } from 'react'
import type { Agency } from '../../data/schema'
import { foldText } from '../../lib/search'

const SHOWN = 8

/**
 * Who must act: pick the agencies a provision must name (none picked: no restriction). The list is
 * long, so it is searchable; the most-named agencies and every picked one are always shown.
 */
export function AgencyFilter({
  agencies,
  counts,
  selected,
  onChange,
}: {
  agencies: readonly Agency[]
  counts: ReadonlyMap<string, number>
  selected: readonly string[]
  onChange: (next: string[]) => void
}) {
  const base = useId()
  const [query, setQuery] = useState('')
  const named = useMemo(
    () => [...agencies].filter((a) => (counts.get(a.id) ?? 0) > 0).sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0)),
    [agencies, counts],
  )
  const folded = foldText(query.trim())
  const matches = folded
    ? named.filter((a) => foldText([a.name, a.shortName, ...a.aliases].join(' ')).includes(folded))
    : named.filter((a, i) => i < SHOWN || selected.includes(a.id))
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id])
  return (
    <fieldset className="filter-group agency-filter">
      <legend>Agencies (who must act)</legend>
      <p className="filter-group__hint" id={`${base}-hint`}>
        Shows provisions that name any checked agency, or a body within it. Inferred actors do not count.
      </p>
      <label className="agency-filter__search">
        <span>Find an agency</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          placeholder="e.g. Commerce, NIST, FCC"
          aria-describedby={`${base}-hint`}
        />
      </label>
      <ul>
        {matches.map((a) => (
          <li key={a.id}>
            <label>
              <input type="checkbox" checked={selected.includes(a.id)} onChange={() => toggle(a.id)} aria-describedby={`${base}-${a.id}`} />
              <span>{a.shortName === a.name ? a.name : `${a.shortName} (${a.name})`}</span>
            </label>
            <span id={`${base}-${a.id}`} className="filter-group__hint">
              {counts.get(a.id) ?? 0} provisions name it
            </span>
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="filter-group__hint">No agency named in the plans matches “{query}”.</p>}
      {!folded && named.length > SHOWN && (
        <p className="filter-group__hint">{named.length - matches.length} more: type a name to find them.</p>
      )}
      {selected.length > 0 && (
        <button type="button" className="link-button filter-group__all" onClick={() => onChange([])}>
          Clear agencies
        </button>
      )}
    </fieldset>
  )
}

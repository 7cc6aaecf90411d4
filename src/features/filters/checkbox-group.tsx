import { useId } from 'react'

export interface Option<T extends string> {
  id: T
  label: string
  /** Extra description read after the name (e.g. a count). */
  hint?: string
  lang?: string
  swatch?: React.ReactNode
}

/**
 * A fieldset of checkboxes over a `~`-list parameter. The last checked box cannot be cleared:
 * an empty selection would show nothing and could not be written to a link.
 */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string
  options: readonly Option<T>[]
  selected: readonly T[]
  onChange: (next: T[]) => void
}) {
  const base = useId()
  const toggle = (id: T) => {
    const next = selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]
    if (next.length === 0) return
    onChange(options.map((o) => o.id).filter((o) => next.includes(o)))
  }
  const allSelected = selected.length === options.length
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <ul>
        {options.map((o) => {
          const checked = selected.includes(o.id)
          const only = checked && selected.length === 1
          const hintId = `${base}-${o.id}`
          return (
            <li key={o.id}>
              <label className={only ? 'filter-group__only' : undefined}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={only}
                  onChange={() => toggle(o.id)}
                  aria-describedby={o.hint ? hintId : undefined}
                />
                {o.swatch}
                <span lang={o.lang}>{o.label}</span>
              </label>
              {o.hint && (
                <span id={hintId} className="filter-group__hint">
                  {o.hint}
                </span>
              )}
            </li>
          )
        })}
      </ul>
      {!allSelected && (
        <button type="button" className="link-button filter-group__all" onClick={() => onChange(options.map((o) => o.id))}>
          Select all {legend.toLowerCase()}
        </button>
      )}
    </fieldset>
  )
}

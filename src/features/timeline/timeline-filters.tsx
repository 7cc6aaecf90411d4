import { PlanSwatch } from '../../components/badges'
import type { Dataset } from '../../data/dataset-schema'
import { useUrlStore } from '../../url-state/store'

function Group<T extends string>({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string
  options: readonly { id: T; label: string; swatch?: React.ReactNode }[]
  selected: readonly T[]
  onChange: (next: T[]) => void
}) {
  // The last ticked box cannot be cleared: an empty selection shows nothing and cannot be linked.
  const toggle = (id: T) => {
    const next = selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]
    if (next.length) onChange(options.map((o) => o.id).filter((o) => next.includes(o)))
  }
  return (
    <fieldset className="timeline-filters__group">
      <legend>{legend}</legend>
      <ul>
        {options.map((o) => {
          const checked = selected.includes(o.id)
          return (
            <li key={o.id}>
              <label className={checked ? 'is-checked' : undefined}>
                <input type="checkbox" checked={checked} disabled={checked && selected.length === 1} onChange={() => toggle(o.id)} />
                {o.swatch}
                <span>{o.label}</span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}

/** The Timeline's own filters: the same `plans` and `dims` parameters as Compare and Charts. */
export function TimelineFilters({ dataset }: { dataset: Dataset }) {
  const plans = useUrlStore((s) => s.state.plans)
  const dims = useUrlStore((s) => s.state.dims)
  const update = useUrlStore((s) => s.update)
  const resetFilters = useUrlStore((s) => s.resetFilters)
  const dimensions = [...dataset.dimensions].sort((a, b) => a.order - b.order)
  return (
    <section className="timeline-filters" aria-label="Timeline filters">
      <Group
        legend="Plans"
        options={dataset.plans.map((p) => ({ id: p.id, label: p.country, swatch: <PlanSwatch planId={p.id} /> }))}
        selected={plans}
        onChange={(next) => update({ plans: next })}
      />
      <Group
        legend="Dimensions"
        options={dimensions.map((d) => ({ id: d.id, label: d.label }))}
        selected={dims}
        onChange={(next) => update({ dims: next })}
      />
      <p className="timeline-filters__actions">
        <button type="button" className="button" onClick={resetFilters}>
          Reset filters
        </button>
        <span className="timeline-filters__note">International events always show.</span>
      </p>
    </section>
  )
}

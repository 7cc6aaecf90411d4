import { useId, useMemo, useState } from 'react'
import { PlanSwatch } from '../../components/badges'
import type { Dataset } from '../../data/dataset-schema'
import { statuses } from '../../data/vocabulary'
import { statusLabels } from '../../lib/format'
import { selectFilterCounts } from '../../lib/filter-counts'
import { useUrlStore } from '../../url-state/store'
import { AgencyFilter } from './agency-filter'
import { CheckboxGroup } from './checkbox-group'
import { SearchBox } from './search-box'
import './filters.css'

function activeFilterCount(state: ReturnType<typeof useUrlStore.getState>['state'], d: Dataset): number {
  return [
    state.plans.length < d.plans.length,
    state.dims.length < d.dimensions.length,
    state.instr.length < d.instruments.length,
    state.prov !== 'all',
    state.status.length < statuses.length,
    state.agency.length > 0,
    state.q !== '',
  ].filter(Boolean).length
}

/** Filters shared by Compare and Charts: every change replaces the URL (no history entry). */
export function FilterPanel({ dataset }: { dataset: Dataset }) {
  const state = useUrlStore((s) => s.state)
  const update = useUrlStore((s) => s.update)
  const resetFilters = useUrlStore((s) => s.resetFilters)
  const counts = useMemo(() => selectFilterCounts(dataset), [dataset])
  const hint = (n: number | undefined) => `${n ?? 0} provisions in the data`
  const dims = [...dataset.dimensions].sort((a, b) => a.order - b.order)
  // On phones the panel starts folded so a shared link shows its content first.
  const [open, setOpen] = useState(false)
  const bodyId = useId()
  const active = activeFilterCount(state, dataset)

  return (
    <section className="filter-panel" aria-labelledby="filters-title">
      <div className="filter-panel__head">
        <h2 id="filters-title">Filters</h2>
        <button
          type="button"
          className="button filter-panel__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide filters' : `Show filters${active ? ` (${active} active)` : ''}`}
        </button>
        <button type="button" className="button" onClick={resetFilters}>
          Reset filters
        </button>
      </div>
      <div id={bodyId} className={`filter-panel__body${open ? ' filter-panel__body--open' : ''}`}>
        <SearchBox value={state.q} onChange={(q) => update({ q })} />
        <CheckboxGroup
          legend="Plans"
          options={dataset.plans.map((p) => ({
            id: p.id,
            label: p.country,
            hint: hint(counts.plans.get(p.id)),
            swatch: <PlanSwatch planId={p.id} />,
          }))}
          selected={state.plans}
          onChange={(plans) => update({ plans })}
        />
        <CheckboxGroup
          legend="Dimensions"
          options={dims.map((d) => ({ id: d.id, label: d.label, hint: hint(counts.dims.get(d.id)) }))}
          selected={state.dims}
          onChange={(next) => update({ dims: next })}
        />
        <AgencyFilter
          agencies={dataset.agencies}
          counts={counts.agencies}
          selected={state.agency}
          onChange={(agency) => update({ agency })}
        />
        <details
          className="filter-panel__more"
          open={
            state.instr.length < dataset.instruments.length || state.prov !== 'all' || state.status.length < statuses.length || undefined
          }
        >
          <summary>More filters: instruments, wording, implementation</summary>
          <CheckboxGroup
            legend="Instruments"
            options={dataset.instruments.map((i) => ({ id: i.id, label: i.label, hint: hint(counts.instr.get(i.id)) }))}
            selected={state.instr}
            onChange={(instr) => update({ instr })}
          />
          <fieldset className="filter-group">
            <legend>Wording</legend>
            <label>
              <input
                type="checkbox"
                checked={state.prov === 'verbatim'}
                onChange={(e) => update({ prov: e.currentTarget.checked ? 'verbatim' : 'all' })}
              />
              <span>Official wording only</span>
            </label>
            <p className="filter-group__hint">
              Hides provisions known only from descriptions or from altered copies ({counts.notPlanWording} in the data).
            </p>
          </fieldset>
          <CheckboxGroup
            legend="Implementation"
            options={statuses.map((s) => ({ id: s, label: statusLabels[s], hint: hint(counts.status.get(s)) }))}
            selected={state.status}
            onChange={(status) => update({ status })}
          />
        </details>
      </div>
    </section>
  )
}

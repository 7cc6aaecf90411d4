import type { Dataset } from '../data/dataset-schema'
import type { DimensionId, InstrumentId, PlanId, Status } from '../data/schema'
import { indexDataset, statusOf } from './dataset-index'
import { isPlanWording } from './format'

export interface FilterCounts {
  plans: Map<PlanId, number>
  dims: Map<DimensionId, number>
  instr: Map<InstrumentId, number>
  status: Map<Status, number>
  /** Provisions naming each agency or a body within it (named actors only). */
  agencies: Map<string, number>
  /** Provisions without the plan's wording: described, or seen only in an altered copy. */
  notPlanWording: number
}

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1)

/** How many provisions each filter option covers in the whole dataset (primary dimension only). */
export function selectFilterCounts(d: Dataset): FilterCounts {
  const index = indexDataset(d)
  const counts: FilterCounts = {
    plans: new Map(),
    dims: new Map(),
    instr: new Map(),
    status: new Map(),
    agencies: new Map(),
    notPlanWording: 0,
  }
  for (const p of d.provisions) {
    bump(counts.plans, p.planId)
    bump(counts.dims, p.primary)
    p.instruments.forEach((i) => bump(counts.instr, i))
    bump(counts.status, statusOf(index, p.id))
    if (!isPlanWording(p)) counts.notPlanWording += 1
    index.namedAgencies.get(p.id)?.forEach((id) => bump(counts.agencies, id))
  }
  return counts
}

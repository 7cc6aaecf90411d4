/**
 * What a brief item points at, in the current dataset: its name (for lists, notices and the
 * "dropped" message of a shared link) and whether the data still has it. Zod-free.
 */
import type { Dataset } from '../data/dataset-schema'
import { chartTitles } from '../lib/charts/titles'
import { indexDataset } from '../lib/dataset-index'
import { parseUrl, serializeState } from '../url-state/url'
import { defaultViewState, type ChartId, type ViewState } from '../url-state/view-state'
import type { BriefItem, BriefItemKind } from './schema'

/** An item as the "Add to brief" buttons describe it (the store gives it a key). */
export type NewBriefItem = { kind: Exclude<BriefItemKind, 'chart'>; id: string } | { kind: 'chart'; id: ChartId; filters: string }

export const kindLabels: Record<BriefItemKind, string> = {
  provision: 'Provision',
  dimension: 'Comparison',
  chart: 'Chart',
  event: 'Event',
  indicator: 'Indicator',
}

/** The view state a chart item was added with (its filters). */
export function chartState(filters: string): ViewState {
  return parseUrl(filters).state
}

/** A chart item's filters: the canonical query string of the view's filters only (docs/url-contract.md). */
export function filtersOf(state: ViewState): string {
  const { plans, dims, instr, prov, status, agency, q } = state
  return serializeState({ ...defaultViewState, plans, dims, instr, prov, status, agency, q }).replace(/^\?/, '')
}

/** Whether two items are the same thing (a chart with other filters is another item). */
export function sameItem(a: NewBriefItem | BriefItem, b: NewBriefItem | BriefItem): boolean {
  return a.kind === b.kind && a.id === b.id && (a.kind !== 'chart' || b.kind !== 'chart' || a.filters === b.filters)
}

/** The item's name, or null when the data has no such record. */
export function itemName(d: Dataset, item: NewBriefItem | BriefItem): string | null {
  const index = indexDataset(d)
  switch (item.kind) {
    case 'provision': {
      const p = index.provisions.get(item.id)
      return p ? `${index.plans.get(p.planId)?.country ?? p.planId}: ${p.title}` : null
    }
    case 'dimension': {
      const x = index.dimensions.get(item.id)
      return x ? `${x.label} (comparison)` : null
    }
    case 'chart':
      return item.id in chartTitles ? `${chartTitles[item.id as keyof typeof chartTitles]} (chart)` : null
    case 'event': {
      const e = index.events.get(item.id)
      return e ? `${e.title} (event, ${e.date})` : null
    }
    case 'indicator': {
      const x = d.indicators.find((i) => i.id === item.id)
      return x ? `${x.label} (indicator)` : null
    }
    default:
      return item satisfies never
  }
}

/** A name for an item the data does not have, for the notice that says it was dropped. */
export function unknownName(item: { kind: string; id: string }): string {
  const label = (kindLabels as Record<string, string>)[item.kind] ?? 'Item'
  return `${label.toLowerCase()} “${item.id}”`
}

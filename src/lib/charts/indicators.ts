/** Context indicators: sourced numbers around the plans, one panel and one axis per measure. */
import type { Dataset } from '../../data/dataset-schema'
import type { Dimension, Indicator } from '../../data/schema'
import { indexDataset } from '../dataset-index'
import { plural } from '../format'
import type { FilterState } from '../selectors'
import { defineChart, list, sortedDimensions, sourceLine, type ChartTable } from './types'
import { chartTitles } from './titles'

export interface IndicatorPanel {
  indicator: Indicator
  /** 'list' where the observations cannot share one axis (comparable: false). */
  display: 'bars' | 'list'
  /** Indicators it must never share an axis with, among those shown. */
  incomparableWith: Indicator[]
}

export interface IndicatorsData {
  groups: { dimension: Dimension; panels: IndicatorPanel[] }[]
  count: number
  observations: number
}

/** Indicators of the selected dimensions, each in its own panel (its own axis). */
export function selectIndicators(d: Dataset, f: FilterState): IndicatorsData {
  const shown = d.indicators.filter((i) => f.dims.includes(i.dimensionId))
  const byId = new Map(shown.map((i) => [i.id, i]))
  const groups = sortedDimensions(d)
    .map((dimension) => ({
      dimension,
      panels: shown
        .filter((i) => i.dimensionId === dimension.id)
        .map((indicator): IndicatorPanel => ({
          indicator,
          display: indicator.comparable ? 'bars' : 'list',
          incomparableWith: indicator.incomparableWith.map((id) => byId.get(id)).filter((i) => i !== undefined),
        })),
    }))
    .filter((g) => g.panels.length > 0)
  return { groups, count: shown.length, observations: shown.reduce((n, i) => n + i.observations.length, 0) }
}

/** The same indicators, keeping only the panels named (a presentation slide shows a few at a time). */
export function pickIndicatorPanels(data: IndicatorsData, ids: readonly string[]): IndicatorsData {
  const keep = new Set(ids)
  const groups = data.groups
    .map((g) => ({ ...g, panels: g.panels.filter((panel) => keep.has(panel.indicator.id)) }))
    .filter((g) => g.panels.length > 0)
  const panels = groups.flatMap((g) => g.panels)
  return { groups, count: panels.length, observations: panels.reduce((n, panel) => n + panel.indicator.observations.length, 0) }
}

const title = chartTitles.indicators
const empty = 'No indicator belongs to the selected dimensions.'

function table(d: Dataset, c: IndicatorsData): ChartTable {
  const index = indexDataset(d)
  return {
    caption: `${title}. ${c.observations} observations of ${c.count} indicators; each indicator has its own unit and axis.`,
    columns: [
      { key: 'indicator', header: 'Indicator', kind: 'text' },
      { key: 'dimension', header: 'Dimension', kind: 'text' },
      { key: 'entity', header: 'Entity', kind: 'text' },
      { key: 'value', header: 'Value', kind: 'number' },
      { key: 'unit', header: 'Unit', kind: 'text' },
      { key: 'date', header: 'Date', kind: 'date' },
      { key: 'basis', header: 'Basis', kind: 'text' },
      { key: 'sources', header: 'Sources', kind: 'text' },
    ],
    rows: c.groups.flatMap((g) =>
      g.panels.flatMap((p) =>
        p.indicator.observations.map((o) => ({
          indicator: p.indicator.label,
          dimension: g.dimension.label,
          entity: o.entity,
          value: o.value,
          unit: p.indicator.unit,
          date: o.date,
          basis: o.basis,
          sources: o.sourceIds.map((id) => index.sources.get(id)?.publisher ?? id).join('; '),
        })),
      ),
    ),
  }
}

function summary(c: IndicatorsData): string {
  if (c.count === 0) return empty
  const lists = c.groups.flatMap((g) => g.panels.filter((p) => p.display === 'list').map((p) => p.indicator.label))
  const guarded = c.groups.reduce((n, g) => n + g.panels.filter((p) => p.incomparableWith.length > 0).length, 0)
  return [
    `${plural(c.count, 'indicator')} with ${plural(c.observations, 'observation')} across ${plural(c.groups.length, 'dimension')}, each on its own axis.`,
    guarded ? `${plural(guarded, 'indicator')} measure something similar-sounding to another but not the same thing, and say so.` : '',
    lists.length ? `Shown as a list because their observations are not comparable on one axis: ${list(lists)}.` : '',
  ]
    .filter(Boolean)
    .join(' ')
}

export const indicatorsChart = defineChart({
  id: 'indicators',
  title,
  subtitle: 'Sourced numbers around the plans, one panel and one axis per measure; measures that are not comparable never share an axis.',
  file: 'context-indicators',
  filters: 'Follows the dimension filter: indicators are sourced numbers, not provisions.',
  select: selectIndicators,
  isEmpty: (c) => c.count === 0,
  emptyMessage: () => empty,
  table,
  summary,
  source: sourceLine('each number from the source cited for it (see the table and the Sources view).'),
})

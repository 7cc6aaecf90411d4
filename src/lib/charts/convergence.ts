/** Convergence: selected dimensions by how the two plans relate on them. */
import type { Dataset } from '../../data/dataset-schema'
import type { Dimension, Relation } from '../../data/schema'
import { relations } from '../../data/vocabulary'
import { indexDataset } from '../dataset-index'
import { plural, relationLabels } from '../format'
import type { FilterState } from '../selectors'
import { defineChart, list, sortedDimensions, sourceLine, type ChartTable } from './types'
import { chartTitles } from './titles'

export interface ConvergenceData {
  rows: { relation: Relation; dimensions: Dimension[] }[]
  /** Selected dimensions that have no comparison yet. */
  uncompared: Dimension[]
  total: number
}

/** Selected dimensions grouped by the relation of the two plans on them (every relation listed, even at 0). */
export function selectConvergence(d: Dataset, f: FilterState): ConvergenceData {
  const index = indexDataset(d)
  const dims = sortedDimensions(d).filter((x) => f.dims.includes(x.id))
  const rows = relations.map((relation) => ({
    relation,
    dimensions: dims.filter((x) => index.comparisons.get(x.id)?.relation === relation),
  }))
  const uncompared = dims.filter((x) => !index.comparisons.has(x.id))
  return { rows, uncompared, total: dims.length - uncompared.length }
}

const title = chartTitles.convergence
const empty = 'None of the selected dimensions has a comparison.'

function table(c: ConvergenceData): ChartTable {
  return {
    caption: `${title}. ${c.total} compared dimensions by relation.`,
    columns: [
      { key: 'relation', header: 'Relation', kind: 'text' },
      { key: 'count', header: 'Dimensions (count)', kind: 'count' },
      { key: 'dimensions', header: 'Dimensions', kind: 'text' },
    ],
    rows: c.rows.map((r) => ({
      relation: relationLabels[r.relation],
      count: r.dimensions.length,
      dimensions: r.dimensions.map((x) => x.label).join('; '),
    })),
  }
}

function summary(c: ConvergenceData): string {
  if (c.total === 0) return empty
  const parts = c.rows
    .filter((r) => r.dimensions.length > 0)
    .map((r) => {
      const n = r.dimensions.length
      const be = n === 1 ? 'is' : 'are'
      const verb = {
        converge: 'converge',
        diverge: 'diverge',
        mixed: `${be} mixed`,
        'us-only': `${be} addressed only by the US plan`,
        'cn-only': `${be} addressed only by China’s plan`,
      }[r.relation]
      return `${n} ${verb} (${list(r.dimensions.map((x) => x.label))})`
    })
  return `Of ${plural(c.total, 'compared dimension')}, ${parts.join('; ')}.`
}

export const convergenceChart = defineChart({
  id: 'convergence',
  title,
  subtitle:
    'Dimensions by how the two plans relate on them: converge, diverge, mixed, or only one plan addresses it (number of dimensions).',
  file: 'convergence',
  filters: 'Follows the dimension filter: relations are coded per dimension, not per provision.',
  select: selectConvergence,
  isEmpty: (c) => c.total === 0,
  emptyMessage: () => empty,
  table: (_d, c) => table(c),
  summary,
  source: sourceLine('relations are Parallax’s analyst coding of the two plans, with sources in the Compare view.'),
})

/**
 * Table twins: each chart's selector rows as a table (columns with units, one row per mark). The
 * table on screen and the CSV are both built from this, so they always show the same numbers.
 */
import type { Dataset } from '../data/dataset-schema'
import type { PlanId } from '../data/schema'
import { chartMeta, formatShare, laneSeries, planSeries } from './chart-config'
import type { ChartData } from './chart-selectors'
import { orientationGroupLabels } from './chart-selectors'
import { indexDataset } from './dataset-index'
import { eventDimensions } from './event-selectors'
import { actorRoles } from '../data/vocabulary'
import { actorRoleLabels } from './actors'
import { formatDate, relationLabels, statusLabels, verificationLabels } from './format'

export type CellValue = string | number
/** `provisions`: space-separated provision ids, shown as links to each provision. */
export type ColumnKind = 'text' | 'count' | 'percent' | 'number' | 'date' | 'provisions'

export interface TableColumn {
  key: string
  /** Header with its unit, e.g. "United States: share of provisions (%)". */
  header: string
  kind: ColumnKind
  /** The plan whose series this column belongs to (to drop or style it). */
  planId?: PlanId
}

export interface ChartTable {
  caption: string
  columns: TableColumn[]
  rows: Record<string, CellValue>[]
}

const planLabel = (id: PlanId) => planSeries[id].label

function emphasisTable(c: Extract<ChartData, { id: 'emphasis' }>['data']): ChartTable {
  const denominators = c.plans.map((p) => `${planLabel(p)} ${c.totals[p]}`).join(', ')
  return {
    caption: `${chartMeta.emphasis.title}. Share of each plan’s provisions by primary dimension; denominators after filters: ${denominators || 'none'}.`,
    columns: [
      { key: 'dimension', header: 'Dimension', kind: 'text' },
      ...c.plans.flatMap((p): TableColumn[] => [
        { key: `${p}-share`, header: `${planLabel(p)}: share of provisions (%)`, kind: 'percent', planId: p },
        { key: `${p}-count`, header: `${planLabel(p)}: provisions (count)`, kind: 'count', planId: p },
      ]),
    ],
    rows: c.rows.map((r) => ({
      dimension: r.dimension.label,
      ...Object.fromEntries(
        r.cells.flatMap((x) => [
          [`${x.planId}-share`, x.share ?? 'n/a'],
          [`${x.planId}-count`, x.count],
        ]),
      ),
    })),
  }
}

function instrumentsTable(c: Extract<ChartData, { id: 'instruments' }>['data']): ChartTable {
  return {
    caption: `${chartMeta.instruments.title}. ${c.plans.map((p) => `${planLabel(p.planId)}: ${p.codes} instrument codes on ${p.provisions} provisions${p.notStated ? ` (${p.notStated} name no tool and are not counted)` : ''}`).join('; ')}.`,
    columns: [
      { key: 'instrument', header: 'Instrument', kind: 'text' },
      ...c.plans.flatMap(({ planId: p }): TableColumn[] => [
        { key: `${p}-share`, header: `${planLabel(p)}: share of instrument codes (%)`, kind: 'percent', planId: p },
        { key: `${p}-count`, header: `${planLabel(p)}: provisions using it (count)`, kind: 'count', planId: p },
        { key: `${p}-provision-share`, header: `${planLabel(p)}: share of provisions using it (%)`, kind: 'percent', planId: p },
      ]),
    ],
    rows: [...instrumentRows(c), ...notStatedRows(c)],
  }
}

function instrumentRows(c: Extract<ChartData, { id: 'instruments' }>['data']): Record<string, CellValue>[] {
  return c.instruments.map((instrument, k) => ({
    instrument: instrument.label,
    ...Object.fromEntries(
      c.plans.flatMap((p) => {
        const cell = p.cells[k]
        return [
          [`${p.planId}-share`, cell?.share ?? 'n/a'],
          [`${p.planId}-count`, cell?.count ?? 0],
          [`${p.planId}-provision-share`, cell?.provisionShare ?? 'n/a'],
        ]
      }),
    ),
  }))
}

/** "Tool not stated" as its own row: a count of provisions, never a share of instrument codes ("n/a"). */
function notStatedRows(c: Extract<ChartData, { id: 'instruments' }>['data']): Record<string, CellValue>[] {
  if (!c.plans.some((p) => p.notStated > 0)) return []
  return [
    {
      instrument: 'Tool not stated (not an instrument; not counted in the shares)',
      ...Object.fromEntries(
        c.plans.flatMap((p) => [
          [`${p.planId}-share`, 'n/a'],
          [`${p.planId}-count`, p.notStated],
          [`${p.planId}-provision-share`, p.provisions ? Math.round((p.notStated / p.provisions) * 1000) / 10 : 'n/a'],
        ]),
      ),
    },
  ]
}

function orientationTable(c: Extract<ChartData, { id: 'orientation' }>['data']): ChartTable {
  return {
    caption: `${chartMeta.orientation.title}. ${c.plans.map((p) => `${planLabel(p.planId)}: ${p.total} provisions`).join('; ')}.`,
    columns: [
      { key: 'code', header: 'Orientation', kind: 'text' },
      { key: 'group', header: 'Group', kind: 'text' },
      ...c.plans.flatMap(({ planId: p }): TableColumn[] => [
        { key: `${p}-share`, header: `${planLabel(p)}: share of provisions (%)`, kind: 'percent', planId: p },
        { key: `${p}-count`, header: `${planLabel(p)}: provisions (count)`, kind: 'count', planId: p },
      ]),
    ],
    rows: c.rows.map((r) => ({
      code: r.label,
      group: orientationGroupLabels[r.group],
      ...Object.fromEntries(
        r.cells.flatMap((x) => [
          [`${x.planId}-share`, x.share ?? 'n/a'],
          [`${x.planId}-count`, x.count],
        ]),
      ),
    })),
  }
}

function convergenceTable(c: Extract<ChartData, { id: 'convergence' }>['data']): ChartTable {
  return {
    caption: `${chartMeta.convergence.title}. ${c.total} compared dimensions by relation.`,
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

function indicatorsTable(d: Dataset, c: Extract<ChartData, { id: 'indicators' }>['data']): ChartTable {
  const index = indexDataset(d)
  return {
    caption: `${chartMeta.indicators.title}. ${c.observations} observations of ${c.count} indicators; each indicator has its own unit and axis.`,
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

function timelineTable(d: Dataset, c: Extract<ChartData, { id: 'timeline' }>['data']): ChartTable {
  const index = indexDataset(d)
  return {
    caption: `${chartMeta.timeline.title}. ${c.events.length} events in ${c.lanes.length} lanes.`,
    columns: [
      { key: 'date', header: 'Date', kind: 'date' },
      { key: 'lane', header: 'Lane', kind: 'text' },
      { key: 'event', header: 'Event', kind: 'text' },
      { key: 'dimensions', header: 'Dimensions', kind: 'text' },
      { key: 'verification', header: 'Verification', kind: 'text' },
      { key: 'links', header: 'Linked provisions (count)', kind: 'count' },
    ],
    rows: c.events.map((e) => ({
      date: e.date,
      lane: laneSeries[e.lane].label,
      event: e.title,
      dimensions: eventDimensions(d, e)
        .map((x) => index.dimensions.get(x)?.shortLabel ?? x)
        .join('; '),
      verification: verificationLabels[e.verification],
      links: e.links.length,
    })),
  }
}

function implementationTable(c: Extract<ChartData, { id: 'implementation' }>['data']): ChartTable {
  return {
    caption: `${chartMeta.implementation.title}. ${c.total} US provisions by implementation status and pillar.`,
    columns: [
      { key: 'pillar', header: 'Pillar', kind: 'text' },
      ...c.statuses.map((s): TableColumn => ({ key: s, header: `${statusLabels[s]} (count)`, kind: 'count' })),
      { key: 'total', header: 'Total (count)', kind: 'count' },
    ],
    rows: c.pillars.map((p) => ({
      pillar: `${p.pillar.label}: ${p.pillar.heading ?? ''}`.replace(/: $/, ''),
      ...Object.fromEntries(p.counts.map((x) => [x.status, x.count])),
      total: p.total,
    })),
  }
}

function agenciesTable(c: Extract<ChartData, { id: 'agencies' }>['data']): ChartTable {
  const partHeaders = [...new Map(c.rows.flatMap((r) => r.parts.map((p) => [p.part.id, p.part] as const))).values()]
  return {
    caption: `${chartMeta.agencies.title}. ${c.rows.length} agencies and actors named by ${c.plans
      .map((p) => `${p.provisions - p.notStated} of ${p.provisions} ${planLabel(p.planId)} provisions`)
      .join(' and ')}; named actors only.`,
    columns: [
      { key: 'agency', header: 'Agency or actor', kind: 'text' },
      { key: 'plan', header: 'Plan', kind: 'text' },
      ...actorRoles.map((r): TableColumn => ({ key: r, header: `${actorRoleLabels[r]} (provisions)`, kind: 'count' })),
      { key: 'total', header: 'Named in (provisions)', kind: 'count' },
      ...partHeaders.map((p): TableColumn => ({ key: `part-${p.id}`, header: `${p.label} (provisions)`, kind: 'count' })),
      { key: 'in-progress', header: `${statusLabels['in-progress']} (provisions)`, kind: 'count' },
      { key: 'delivered', header: `${statusLabels.delivered} (provisions)`, kind: 'count' },
      { key: 'provisions', header: 'Provisions', kind: 'provisions' },
    ],
    rows: c.rows.map((r) => ({
      agency: r.agency.shortName === r.agency.name ? r.agency.name : `${r.agency.name} (${r.agency.shortName})`,
      plan: planLabel(r.agency.planId),
      ...r.roles,
      total: r.total,
      ...Object.fromEntries(partHeaders.map((p) => [`part-${p.id}`, r.parts.find((x) => x.part.id === p.id)?.count ?? 0])),
      'in-progress': r.statuses['in-progress'],
      delivered: r.statuses.delivered,
      provisions: r.provisionIds.join(' '),
    })),
  }
}

export function chartTable(d: Dataset, c: ChartData): ChartTable {
  switch (c.id) {
    case 'emphasis':
      return emphasisTable(c.data)
    case 'instruments':
      return instrumentsTable(c.data)
    case 'orientation':
      return orientationTable(c.data)
    case 'convergence':
      return convergenceTable(c.data)
    case 'indicators':
      return indicatorsTable(d, c.data)
    case 'timeline':
      return timelineTable(d, c.data)
    case 'implementation':
      return implementationTable(c.data)
    case 'agencies':
      return agenciesTable(c.data)
    default:
      return c satisfies never
  }
}

/** A cell as shown on screen. */
export function formatCell(kind: ColumnKind, value: CellValue): string {
  if (typeof value === 'string') return kind === 'date' ? formatDate(value) : value
  switch (kind) {
    case 'percent':
      return formatShare(value)
    case 'count':
      return value.toLocaleString('en')
    default:
      return value.toLocaleString('en', { maximumFractionDigits: 3 })
  }
}

/** A cell as written to CSV: numbers stay numbers (shares to one decimal), dates stay ISO. */
export function csvCell(kind: ColumnKind, value: CellValue): CellValue {
  if (typeof value === 'number' && kind === 'percent') return Math.round(value * 10) / 10
  return value
}

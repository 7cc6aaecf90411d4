/** Instrument mix: each plan's instrument codes by policy instrument (100% stacked). */
import type { Dataset } from '../../data/dataset-schema'
import type { Instrument, PlanId } from '../../data/schema'
import { formatPercent } from '../chart-config'
import { partialCoverage, type PlanCoverage } from '../coverage'
import { plural } from '../format'
import type { FilterState } from '../selectors'
import {
  byDesc,
  chartProvisions,
  defineChart,
  dimensionCounting,
  planCounts,
  partialCaveats,
  pct,
  planLabel,
  provisionSourceLine,
  selectedPlans,
  type CellValue,
  type ChartTable,
  type TableColumn,
} from './types'
import { chartTitles } from './titles'

export interface InstrumentCell {
  instrumentId: Instrument['id']
  /** Provisions coded with the instrument. */
  count: number
  /** % of the plan's instrument codes (the 100% stacked bar); null when it has none. */
  share: number | null
  /** % of the plan's provisions that use the instrument; null when it has none. */
  provisionShare: number | null
}

export interface InstrumentMixData {
  instruments: Instrument[]
  plans: {
    planId: PlanId
    provisions: number
    codes: number
    cells: InstrumentCell[]
    /** Provisions whose wording names no tool: shown apart, never counted as an instrument. */
    notStated: number
  }[]
  partial: PlanCoverage[]
}

/**
 * Each plan's instrument codes among the filtered provisions; only the selected instruments count.
 * "Tool not stated" is not an instrument: those provisions are counted apart (notStated) and left
 * out of every share (docs/coding-method.md § Unknown is not a code).
 */
export function selectInstrumentMix(d: Dataset, f: FilterState): InstrumentMixData {
  const provisions = chartProvisions(d, f)
  const instruments = d.instruments.filter((i) => f.instr.includes(i.id) && i.id !== 'not-stated')
  const plans = selectedPlans(d, f).map((planId) => {
    const own = provisions.filter((p) => p.planId === planId)
    const notStated = own.filter((p) => p.instruments.includes('not-stated')).length
    const counts = instruments.map((i) => own.filter((p) => p.instruments.includes(i.id)).length)
    const codes = counts.reduce((a, b) => a + b, 0)
    return {
      planId,
      provisions: own.length,
      notStated,
      codes,
      cells: instruments.map((i, k) => ({
        instrumentId: i.id,
        count: counts[k] ?? 0,
        share: pct(counts[k] ?? 0, codes),
        provisionShare: pct(counts[k] ?? 0, own.length),
      })),
    }
  })
  return { instruments, plans, partial: partialCoverage(d, selectedPlans(d, f)) }
}

const title = chartTitles.instruments

function table(c: InstrumentMixData): ChartTable {
  return {
    caption: `${title}. ${c.plans.map((p) => `${planLabel(p.planId)}: ${p.codes} instrument codes on ${p.provisions} provisions${p.notStated ? ` (${p.notStated} name no tool and are not counted)` : ''}`).join('; ')}.`,
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

function instrumentRows(c: InstrumentMixData): Record<string, CellValue>[] {
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
function notStatedRows(c: InstrumentMixData): Record<string, CellValue>[] {
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

function summary(c: InstrumentMixData): string {
  if (c.plans.length === 0) return 'No plan is selected.'
  return c.plans
    .map((p) => {
      if (p.codes === 0) return `${planLabel(p.planId)}: no provision matches the filters.`
      const top = byDesc(
        p.cells.filter((x) => x.count > 0),
        (x) => x.share ?? 0,
      ).slice(0, 2)
      const name = (id: string) => c.instruments.find((i) => i.id === id)?.label ?? id
      const coded = p.provisions - p.notStated
      const on = p.notStated ? `${coded} of ${plural(p.provisions, 'provision')} that name a tool` : plural(p.provisions, 'provision')
      return `${planLabel(p.planId)} (${plural(p.codes, 'instrument code')} on ${on}): mostly ${top.map((x) => `${name(x.instrumentId)} (${formatPercent(x.share)})`).join(', then ')}.`
    })
    .join(' ')
}

export const instrumentsChart = defineChart({
  id: 'instruments',
  title,
  subtitle: 'Each plan’s instrument codes by policy instrument (% of the plan’s codes; one provision can use several instruments).',
  file: 'instrument-mix',
  select: selectInstrumentMix,
  isEmpty: (c) => c.plans.every((p) => p.codes === 0),
  emptyMessage: () => 'No provision matches these filters.',
  table: (_d, c) => table(c),
  summary,
  source: provisionSourceLine,
  coverageCaveats: (c, variant) => partialCaveats(c.partial, variant),
  codeCaveats: (c) =>
    c.plans
      .filter((p) => p.notStated > 0)
      .map(
        (p) =>
          `${planLabel(p.planId)}: ${p.notStated} of ${plural(p.provisions, 'provision')} name no policy tool; left out of the shares.`,
      ),
  countLine: (c, f) => `${planCounts(c.plans.map((p) => ({ planId: p.planId, n: p.provisions })))} · ${dimensionCounting(f)}.`,
})

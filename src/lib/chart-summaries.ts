/**
 * One-paragraph text summaries of each chart, written from the same selector rows as the chart
 * and its table, for screen-reader users and for anyone who wants the gist in words.
 */
import type { PlanId } from '../data/schema'
import { formatPercent, laneSeries, planSeries } from './chart-config'
import type { ChartData } from './chart-selectors'
import { formatDate, plural, statusLabels } from './format'

type Data<K extends ChartData['id']> = Extract<ChartData, { id: K }>['data']

const label = (id: PlanId) => planSeries[id].label
const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`)
const byDesc = <T>(items: readonly T[], value: (t: T) => number) => [...items].sort((a, b) => value(b) - value(a))

function emphasis(c: Data<'emphasis'>): string {
  if (c.plans.length === 0 || c.rows.length === 0) return 'No plan or dimension is selected.'
  const parts = c.plans.map((planId, i) => {
    const total = c.totals[planId]
    if (total === 0) return `${label(planId)}: no provision matches the filters.`
    const cells = c.rows.map((r) => ({ dim: r.dimension.label, cell: r.cells[i] ?? { count: 0, share: null } }))
    const top = byDesc(cells, (x) => x.cell.count)[0]
    const silent = cells.filter((x) => x.cell.count === 0).map((x) => x.dim)
    const lead =
      top && top.cell.count > 0
        ? `the largest share on ${top.dim} (${formatPercent(top.cell.share)}, ${top.cell.count} of ${total})`
        : `none on the selected dimensions (of ${total})`
    return `${label(planId)}: ${lead}${silent.length && silent.length < cells.length ? `; none on ${list(silent)}` : ''}.`
  })
  if (c.plans.length === 2) {
    // A gap needs a share on both sides: a plan with no provision (0/0) has no share to compare.
    const gaps = c.rows.flatMap((r) => {
      const a = r.cells[0]?.share ?? null
      const b = r.cells[1]?.share ?? null
      return a === null || b === null ? [] : [{ dim: r.dimension.label, a, b }]
    })
    const widest = byDesc(gaps, (g) => Math.abs(g.a - g.b))[0]
    if (widest && widest.a !== widest.b) {
      parts.push(
        `The widest gap is on ${widest.dim}: ${label(c.plans[0] as PlanId)} ${formatPercent(widest.a)} against ${label(c.plans[1] as PlanId)} ${formatPercent(widest.b)}.`,
      )
    }
  }
  return parts.join(' ')
}

function instruments(c: Data<'instruments'>): string {
  if (c.plans.length === 0) return 'No plan is selected.'
  return c.plans
    .map((p) => {
      if (p.codes === 0) return `${label(p.planId)}: no provision matches the filters.`
      const top = byDesc(
        p.cells.filter((x) => x.count > 0),
        (x) => x.share ?? 0,
      ).slice(0, 2)
      const name = (id: string) => c.instruments.find((i) => i.id === id)?.label ?? id
      const coded = p.provisions - p.notStated
      const on = p.notStated ? `${coded} of ${plural(p.provisions, 'provision')} that name a tool` : plural(p.provisions, 'provision')
      return `${label(p.planId)} (${plural(p.codes, 'instrument code')} on ${on}): mostly ${top.map((x) => `${name(x.instrumentId)} (${formatPercent(x.share)})`).join(', then ')}.`
    })
    .join(' ')
}

function orientation(c: Data<'orientation'>): string {
  if (c.plans.length === 0) return 'No plan is selected.'
  return c.plans
    .map((p, i) => {
      if (p.total === 0) return `${label(p.planId)}: no provision matches the filters.`
      const dominant = (['scope', 'framing', 'lead'] as const).map((group) => {
        const top = byDesc(
          c.rows.filter((r) => r.group === group),
          (r) => r.cells[i]?.share ?? 0,
        )[0]
        return top ? `${top.label.toLowerCase()} (${formatPercent(top.cells[i]?.share)})` : ''
      })
      return `${label(p.planId)} (${plural(p.total, 'provision')}): mostly ${list(dominant)}.`
    })
    .join(' ')
}

function convergence(c: Data<'convergence'>): string {
  if (c.total === 0) return 'None of the selected dimensions has a comparison.'
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

function indicators(c: Data<'indicators'>): string {
  if (c.count === 0) return 'No indicator belongs to the selected dimensions.'
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

function timeline(c: Data<'timeline'>): string {
  if (c.events.length === 0) return 'No event matches the selected plans, dimensions and agencies.'
  const first = c.events[0]
  const last = c.events.at(-1)
  const lanes = c.counts.map((x) => `${x.events} ${x.lane === 'intl' ? 'international' : `in the ${laneSeries[x.lane].label} lane`}`)
  const notVerified = c.counts.reduce((n, x) => n + x.notVerified, 0)
  return `${plural(c.events.length, 'event')} from ${formatDate(first?.date ?? '')} to ${formatDate(last?.date ?? '')}: ${list(lanes)}.${notVerified ? ` ${notVerified} rest on secondary or unverified reports and are marked.` : ''}`
}

function implementation(c: Data<'implementation'>): string {
  if (!c.included) return 'Implementation is tracked for the US plan, which the plan filter hides.'
  if (c.total === 0) return 'No US provision matches the filters.'
  const totals = c.statuses.map((s) => ({
    s,
    n: c.pillars.reduce((sum, p) => sum + (p.counts.find((x) => x.status === s)?.count ?? 0), 0),
  }))
  const parts = totals.map(({ s, n }) => `${n} ${s === 'no-evidence' ? 'with no implementing act found' : statusLabels[s].toLowerCase()}`)
  const pillars = c.pillars.map((p) => {
    const acted = p.counts.filter((x) => x.status !== 'no-evidence').reduce((n, x) => n + x.count, 0)
    return `${p.pillar.label} ${acted} of ${p.total}`
  })
  return `Of ${plural(c.total, 'US provision')} shown: ${list(parts)}. With an implementing act or a later reversal, by pillar: ${list(pillars)}.`
}

/**
 * Caveats printed under a chart, in its exports and on its slide: above all, codes that say "not
 * stated" are shown as such and never read as a finding.
 */
export function chartCaveats(c: ChartData, variant: CaveatVariant = 'full'): string[] {
  return [...coverageCaveats(c, variant), ...codeCaveats(c)]
}

/** `slide`: the coverage caveat without the list of parts, to fit a projector slide. */
export type CaveatVariant = 'full' | 'slide'

/**
 * On every chart that compares shares: a plan read only in part is compared on what could be read,
 * so its share is not its whole plan's emphasis and a missing bar is not its silence.
 */
export function coverageCaveats(c: ChartData, variant: CaveatVariant = 'full'): string[] {
  switch (c.id) {
    case 'emphasis':
    case 'instruments':
    case 'orientation':
      return c.data.partial.map((p) =>
        variant === 'slide'
          ? `${p.country}’s plan was read only in part: its shares are of what could be read.`
          : `${p.line} Its shares are shares of what could be read; a missing bar is not the plan’s silence.`,
      )
    default:
      return []
  }
}

function codeCaveats(c: ChartData): string[] {
  switch (c.id) {
    case 'instruments':
      return c.data.plans
        .filter((p) => p.notStated > 0)
        .map(
          (p) => `${label(p.planId)}: ${p.notStated} of ${plural(p.provisions, 'provision')} name no policy tool; left out of the shares.`,
        )
    case 'orientation':
      return c.data.plans.flatMap((p, i) => {
        const row = c.data.rows.find((r) => r.group === 'lead' && r.code === 'not-stated')
        const n = row?.cells[i]?.count ?? 0
        return n > 0
          ? [`${label(p.planId)}: ${n} of ${plural(p.total, 'provision')} name no actor; shown as “Actor not stated”, not as a lead.`]
          : []
      })
    case 'agencies':
      return [
        ...c.data.plans
          .filter((p) => p.notStated > 0)
          .map(
            (p) =>
              `${label(p.planId)}: ${p.notStated} of ${plural(p.provisions, 'provision')} name no actor (“not stated”) and are not shown${p.inferredOnly ? `; for ${p.inferredOnly} of them an actor is inferred, shown on the provision, never counted here` : ''}.`,
          ),
      ]
    default:
      return []
  }
}

function agencies(c: Data<'agencies'>): string {
  if (c.rows.length === 0) return 'No provision that matches the filters names an agency.'
  const top = c.rows.slice(0, 3).map((r) => `${r.agency.shortName} (${plural(r.total, 'provision')}, lead in ${r.roles.lead})`)
  const silent = c.plans
    .filter((p) => p.notStated > 0)
    .map((p) => `${p.notStated} of ${p.provisions} ${label(p.planId)} provisions name no actor`)
  return `Most named: ${list(top)}.${silent.length ? ` ${list(silent)}.` : ''}`
}

export function chartSummary(c: ChartData): string {
  switch (c.id) {
    case 'emphasis':
      return emphasis(c.data)
    case 'instruments':
      return instruments(c.data)
    case 'orientation':
      return orientation(c.data)
    case 'convergence':
      return convergence(c.data)
    case 'indicators':
      return indicators(c.data)
    case 'timeline':
      return timeline(c.data)
    case 'implementation':
      return implementation(c.data)
    case 'agencies':
      return agencies(c.data)
    default:
      return c satisfies never
  }
}

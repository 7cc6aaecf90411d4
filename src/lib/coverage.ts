/**
 * How much of each plan could be read, so a partial reading is never shown as a plan's silence
 * (issue 12, item 1). Computed once per dataset; Compare's column headers, the chart caveats and
 * the deck's dimension slides all print these same lines.
 */
import type { Dataset } from '../data/dataset-schema'
import type { Plan, PlanId, Provenance, Section } from '../data/schema'
import { provenances } from '../data/vocabulary'
import { plural } from './format'

export type ContentStatus = Section['contentStatus']
export const contentStatuses: readonly ContentStatus[] = ['full-text', 'partial', 'described', 'not-available']

const statusPhrases: Record<ContentStatus, string> = {
  'full-text': 'read in full',
  partial: 'read in part',
  described: 'only described',
  'not-available': 'not available',
}

const provenancePhrases: Record<Provenance, [string, string]> = {
  'verbatim-official': ['in official wording', 'in official wording'],
  'verbatim-quoted': ['quoted by a third party', 'quoted by third parties'],
  'altered-copy': ['from an altered copy', 'from altered copies'],
  described: ['described only', 'described only'],
}

const slideProvenance: Record<Provenance, string> = {
  'verbatim-official': 'official wording',
  'verbatim-quoted': 'quoted',
  'altered-copy': 'altered copy',
  described: 'described',
}

export interface PlanCoverage {
  planId: PlanId
  country: string
  /** True when every section of the plan was read in full: silence there is a finding. */
  complete: boolean
  provisions: number
  /** Section labels by what of their text was seen ("(point unverified)" dropped for brevity). */
  sections: Record<ContentStatus, string[]>
  provenance: Record<Provenance, number>
  /** "31 provisions: 8 in official wording, 10 quoted by third parties, …" */
  provisionLine: string
  /** "Read in full: Preamble, Principles, Point 1; read in part: Points 2, 3; …" (empty for a complete plan). */
  partsLine: string
  /** "Of its 15 parts, 3 were read in full, 5 in part, 6 only described and 1 not available." (empty for a complete plan) */
  partsCount: string
  /** One line for a slide: "Read in part · 5 official wording · 6 quoted · 3 altered copy · 7 described" (empty for a complete plan). */
  slideLine: string
  /** The provision line and the parts count: short enough for a column header or a slide. */
  short: string
  /** Both lines as one sentence, for captions, caveats, exports and slides. */
  line: string
  /** What an empty cell says about this plan. */
  emptyText: string
}

/** Where the explanation of how each plan was read lives: the Sources view's plans section. */
export const coverageHref = { view: 'sources', hash: 'plans' } as const

const shortLabel = (s: Section) => s.label.replace(/\s*\(.*\)$/, '')

function partsLine(sections: Record<ContentStatus, string[]>): string {
  const parts = contentStatuses.filter((s) => sections[s].length > 0).map((s) => `${statusPhrases[s]}: ${sections[s].join(', ')}`)
  if (parts.length === 0) return ''
  const first = parts[0] ?? ''
  return `${first.charAt(0).toUpperCase()}${first.slice(1)}${parts.length > 1 ? `; ${parts.slice(1).join('; ')}` : ''}.`
}

export function planCoverage(d: Dataset, plan: Plan): PlanCoverage {
  const own = d.provisions.filter((p) => p.planId === plan.id)
  const provenance = Object.fromEntries(provenances.map((k) => [k, own.filter((p) => p.provenance === k).length])) as Record<
    Provenance,
    number
  >
  const sections = Object.fromEntries(
    contentStatuses.map((s) => [s, plan.sections.filter((x) => x.contentStatus === s).map(shortLabel)]),
  ) as Record<ContentStatus, string[]>
  const complete = plan.sections.every((s) => s.contentStatus === 'full-text')
  const byProvenance = provenances
    .filter((k) => provenance[k] > 0)
    .map((k) => `${provenance[k]} ${provenancePhrases[k][provenance[k] === 1 ? 0 : 1]}`)
  const provisionLine = `${plural(own.length, 'provision')}${byProvenance.length ? `: ${byProvenance.join(', ')}` : ''}.`
  const parts = complete ? '' : partsLine(sections)
  const counts = contentStatuses
    .filter((s) => sections[s].length > 0)
    .map((s) => `${sections[s].length} ${s === 'full-text' ? 'were read in full' : s === 'partial' ? 'in part' : statusPhrases[s]}`)
  const partsCount = complete
    ? ''
    : `Of its ${plural(plan.sections.length, 'part')}, ${counts.length > 1 ? `${counts.slice(0, -1).join(', ')} and ${counts.at(-1)}` : (counts[0] ?? '')}.`
  return {
    planId: plan.id,
    country: plan.country,
    complete,
    provisions: own.length,
    sections,
    provenance,
    provisionLine,
    partsLine: parts,
    partsCount,
    slideLine: complete
      ? ''
      : ['Read in part', ...provenances.filter((k) => provenance[k] > 0).map((k) => `${provenance[k]} ${slideProvenance[k]}`)].join(' · '),
    short: complete ? `${provisionLine.replace(/\.$/, '')}, from a plan read in full.` : `${provisionLine} ${partsCount}`,
    line: `${plan.country}, ${complete ? 'read in full' : 'read only in part'}: ${plural(own.length, 'provision')}${
      byProvenance.length ? ` (${byProvenance.join(', ')})` : ''
    }.${complete ? '' : ` ${parts}`}`,
    emptyText: complete ? 'Not addressed in this plan' : 'Not found in the parts of the plan that could be read',
  }
}

const cache = new WeakMap<Dataset, Map<PlanId, PlanCoverage>>()

/** Each plan's coverage, memoised per dataset. */
export function selectCoverage(d: Dataset): Map<PlanId, PlanCoverage> {
  let hit = cache.get(d)
  if (!hit) {
    hit = new Map(d.plans.map((plan) => [plan.id, planCoverage(d, plan)]))
    cache.set(d, hit)
  }
  return hit
}

/** Coverage of the selected plans that were not read in full: the ones a reader must be warned about. */
export function partialCoverage(d: Dataset, planIds: readonly PlanId[]): PlanCoverage[] {
  const all = selectCoverage(d)
  return planIds.map((id) => all.get(id)).filter((c): c is PlanCoverage => c !== undefined && !c.complete)
}

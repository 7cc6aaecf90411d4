/**
 * Integrity checks of the data module beyond the schema (docs/data-contract.md § Rules that span records): used by the
 * data tests and printed by `npm run data:report`. Each returns the offending ids; empty is good.
 */
import type { Dataset } from './dataset-schema'
import {
  alteredCopyAsWording,
  defaultCodes,
  needlessCuts,
  overstatedEvents,
  relationsAgainstCoverage,
  repostsAsPrimary,
  rivalFraming,
  targetsInMeasuredSeries,
  unverifiedPointNumbers,
  weakStatuses,
} from './guards'
import { occursInPlan, planBody, printedPageOf } from './plan-text'

export const US_UNIQUE_PER_PILLAR = [58, 29, 15] as const

export function usTextsNotInPlan(d: Dataset, planText: string): string[] {
  const body = planBody(planText)
  return d.provisions.filter((p) => p.planId === 'us' && (!p.text || !occursInPlan(p.text, body))).map((p) => p.id)
}

/** US provisions whose recorded page is not the printed page on which their text starts. */
export function usWrongPages(d: Dataset, planText: string): string[] {
  return d.provisions.filter((p) => p.planId === 'us' && p.text && printedPageOf(p.text, planText) !== p.page).map((p) => p.id)
}

/** US section quotes that do not occur in the plan. */
export function usQuotesNotInPlan(d: Dataset, planText: string): string[] {
  const body = planBody(planText)
  return (d.plans.find((p) => p.id === 'us')?.sections ?? [])
    .filter((s) => s.quotes.some((q) => q.text && !occursInPlan(q.text, body)))
    .map((s) => s.id)
}

export function usCountsPerPillar(d: Dataset): number[] {
  return [1, 2, 3].map((n) => d.provisions.filter((p) => p.planId === 'us' && p.id.startsWith(`us-${n}-`)).length)
}

export function duplicateTexts(d: Dataset): string[] {
  const seen = new Map<string, string>()
  const dupes: string[] = []
  for (const p of d.provisions) {
    for (const t of [p.text, p.nativeText]) {
      if (!t) continue
      const key = t.trim()
      const other = seen.get(key)
      if (other && other !== p.id) dupes.push(`${p.id} = ${other}`)
      seen.set(key, p.id)
    }
  }
  return dupes
}

export function badUsIds(d: Dataset): string[] {
  return d.provisions
    .filter((p) => p.planId === 'us' && (!p.id.startsWith(`${p.sectionId}-`) || !/^us-\d-\d{1,2}-\d{1,2}$/.test(p.id)))
    .map((p) => p.id)
}

export function usPagesBeforeSection(d: Dataset): string[] {
  const sections = new Map(d.plans.flatMap((p) => p.sections.map((s) => [s.id, s])))
  return d.provisions
    .filter((p) => p.planId === 'us')
    .filter((p) => {
      const s = sections.get(p.sectionId)
      return p.provenance !== 'verbatim-official' || !s?.page || (p.page ?? 0) < s.page
    })
    .map((p) => p.id)
}

export function dimensionsWithoutComparison(d: Dataset): string[] {
  const compared = new Set(d.comparisons.map((c) => c.dimensionId))
  return d.dimensions.filter((x) => !compared.has(x.id)).map((x) => x.id)
}

export function describedWithText(d: Dataset): string[] {
  return d.provisions.filter((p) => p.provenance === 'described' && (p.text || p.nativeText || p.sourceIds.length === 0)).map((p) => p.id)
}

export interface IntegrityFinding {
  label: string
  /** Offending record ids (empty for a finding about the whole dataset). */
  ids: string[]
}

/** Every failed integrity check with the records it concerns; the tests and `npm run data:check` require none. */
export function integrityFindings(d: Dataset, planText: string): IntegrityFinding[] {
  const checks: IntegrityFinding[] = [
    { label: 'US text not found in the plan', ids: usTextsNotInPlan(d, planText) },
    { label: 'US provisions on the wrong printed page', ids: usWrongPages(d, planText) },
    { label: 'US section quotes not found in the plan', ids: usQuotesNotInPlan(d, planText) },
    { label: 'duplicate texts', ids: duplicateTexts(d) },
    { label: 'US ids off the us-<pillar>-<section>-<n> scheme', ids: badUsIds(d) },
    { label: 'US provisions not verbatim-official or before their section’s page', ids: usPagesBeforeSection(d) },
    { label: 'dimensions without a comparison', ids: dimensionsWithoutComparison(d) },
    { label: 'described provisions with verbatim text or no source', ids: describedWithText(d) },
    // Guards against the audit's classes of error (guards.ts).
    { label: 'converted-copy Chinese presented as the plan’s wording (needs altered-copy and zh-Hant)', ids: alteredCopyAsWording(d) },
    { label: 'altered or commercial reposts filed as primary or official sources', ids: repostsAsPrimary(d) },
    { label: 'statuses without strong implementing evidence (or delivered without a delivering link)', ids: weakStatuses(d) },
    { label: 'codes standing in for “not stated”', ids: defaultCodes(d) },
    { label: 'unverified point numbers printed as verified', ids: unverifiedPointNumbers(d) },
    { label: 'quote cuts the plan text does not require', ids: needlessCuts(d, planText) },
    { label: 'events labelled verified without an opened primary or official source', ids: overstatedEvents(d) },
    { label: 'comparison relations contradicted by the coverage', ids: relationsAgainstCoverage(d) },
    { label: 'comparable series mixing targets and measurements', ids: targetsInMeasuredSeries(d) },
    { label: 'prose framing the plans as rivals', ids: rivalFraming(d) },
  ]
  const findings = checks.filter((c) => c.ids.length > 0)
  const counts = usCountsPerPillar(d)
  if (counts.join() !== US_UNIQUE_PER_PILLAR.join()) {
    findings.push({ label: `US provisions per pillar ${counts.join('/')}, expected ${US_UNIQUE_PER_PILLAR.join('/')}`, ids: [] })
  }
  return findings
}

/** Every warning, one line each; the report prints them and the tests require none. */
export function integrityWarnings(d: Dataset, planText: string): string[] {
  return integrityFindings(d, planText).map((f) => (f.ids.length ? `${f.label}: ${f.ids.join(', ')}` : f.label))
}

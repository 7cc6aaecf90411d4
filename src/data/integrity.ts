/**
 * Integrity checks of the data module beyond the schema (docs/data-contract.md § Rules that span records): used by the
 * data tests and printed by `npm run data:report`. Each returns the offending ids; empty is good.
 */
import type { Dataset } from './dataset-schema'
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

/** Every warning, one line each; the report prints them and the tests require none. */
export function integrityWarnings(d: Dataset, planText: string): string[] {
  const w: string[] = []
  const add = (label: string, ids: string[]) => ids.length && w.push(`${label}: ${ids.join(', ')}`)
  add('US text not found in the plan', usTextsNotInPlan(d, planText))
  add('US provisions on the wrong printed page', usWrongPages(d, planText))
  add('US section quotes not found in the plan', usQuotesNotInPlan(d, planText))
  add('duplicate texts', duplicateTexts(d))
  add('US ids off the us-<pillar>-<section>-<n> scheme', badUsIds(d))
  add('US provisions not verbatim-official or before their section’s page', usPagesBeforeSection(d))
  add('dimensions without a comparison', dimensionsWithoutComparison(d))
  add('described provisions with verbatim text or no source', describedWithText(d))
  const counts = usCountsPerPillar(d)
  if (counts.join() !== US_UNIQUE_PER_PILLAR.join())
    w.push(`US provisions per pillar ${counts.join('/')}, expected ${US_UNIQUE_PER_PILLAR.join('/')}`)
  return w
}

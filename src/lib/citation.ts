import type { Dataset } from '../data/dataset-schema'
import type { Provision } from '../data/schema'
import { indexDataset } from './dataset-index'
import { ASCII_PUNCTUATION_CAVEAT, formatDate, isPlanWording } from './format'

/**
 * A citation for one provision: issuer, title, date, section, page, URL; then where it was coded.
 * e.g. The White House, “Winning the Race: America’s AI Action Plan”, 23 July 2025, Pillar III,
 * section 3 “Strengthen AI Compute Export Control Enforcement”, p. 21. https://…
 */
export function formatCitation(d: Dataset, p: Provision, viewUrl?: string): string {
  const index = indexDataset(d)
  const plan = index.plans.get(p.planId)
  const section = index.sections.get(p.sectionId)
  if (!plan) return p.id
  const url = plan.urls[0]?.url
  const parts = [
    plan.issuer,
    `“${plan.title}”${plan.nativeTitle ? ` (${plan.nativeTitle})` : ''}`,
    formatDate(plan.releaseDate),
    section ? `${section.label}${section.heading ? ` “${section.heading}”` : ''}` : undefined,
    p.page ? `p. ${p.page}` : undefined,
  ].filter(Boolean)
  const wording = provenanceNote(d, p)
  const caveat = p.nativeText && isPlanWording(p) ? ` ${ASCII_PUNCTUATION_CAVEAT}` : ''
  const coded = `Coded in Parallax (data ${d.meta.version}, as of ${formatDate(d.meta.asOf)}) as ${p.id}${viewUrl ? `: ${viewUrl}` : ''}.`
  return `${parts.join(', ')}.${url ? ` ${url}` : ''}${wording ? ` ${wording}` : ''}${caveat} ${coded}`
}

/**
 * What the reader is citing, by provenance: empty for official wording seen in the plan; otherwise the
 * sentence that stops a description or an altered copy passing as the plan's words.
 */
export function provenanceNote(d: Dataset, p: Provision): string {
  const firstSource = indexDataset(d).sources.get(p.sourceIds[0] ?? '')?.publisher
  return {
    described: 'Official wording not seen; described from secondary sources.',
    'altered-copy': `Not official wording: the text was seen only in a script- or locale-converted copy (${firstSource ?? 'a repost'}) that changed words; cite the plan’s content, not these words.`,
    'verbatim-quoted': `Official wording as quoted in ${firstSource ?? 'a third-party source'}.`,
    'verbatim-official': '',
  }[p.provenance]
}

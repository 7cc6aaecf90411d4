import type { Dataset } from '../data/dataset-schema'
import type { Provision } from '../data/schema'
import { formatCitation } from './citation'
import { inferredActorsText, namedActorsText } from './actors'
import { indexDataset, sectionPath, statusOf } from './dataset-index'
import { isPlanWording, nativeLangOf, provenanceLabels } from './format'

/** One flat row per provision, with its citation: the Compare view's CSV and JSON exports. */
export function provisionRows(d: Dataset, provisions: readonly Provision[]) {
  const index = indexDataset(d)
  return provisions.map((p) => ({
    id: p.id,
    plan: index.plans.get(p.planId)?.country ?? p.planId,
    section: sectionPath(index, p.sectionId),
    page: p.page ?? '',
    title: p.title,
    // Only the plan's own words go in the text columns; an altered copy's text has its own column.
    text: isPlanWording(p) ? (p.text ?? '') : '',
    native_text: isPlanWording(p) ? (p.nativeText ?? '') : '',
    native_script: p.nativeText ? nativeLangOf(p) : '',
    altered_copy_text: p.provenance === 'altered-copy' ? [p.text, p.nativeText].filter(Boolean).join(' / ') : '',
    summary: p.summary,
    provenance: provenanceLabels[p.provenance],
    primary_dimension: p.primary,
    secondary_dimensions: p.secondary.join('; '),
    instruments: p.instruments.join('; '),
    scope: p.orientation.scope,
    framing: p.orientation.framing,
    lead: p.orientation.lead,
    actors_named: namedActorsText(p, index.agencies),
    actors_inferred_not_named: inferredActorsText(p, index.agencies),
    implementation_status: statusOf(index, p.id),
    sources: p.sourceIds.map((id) => index.sources.get(id)?.url ?? id).join(' '),
    citation: formatCitation(d, p),
  }))
}

export function sourceLine(d: Dataset): string {
  return `Source: Parallax dataset ${d.meta.version} (as of ${d.meta.asOf}). US plan coded from its official text; China's plan from the parts that could be read (official wording, third-party quotations, altered copies and descriptions, as each row's provenance says); see each row's sources.`
}

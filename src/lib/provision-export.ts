import type { Dataset } from '../data/dataset-schema'
import type { Provision } from '../data/schema'
import { formatCitation } from './citation'
import { indexDataset, sectionPath, statusOf } from './dataset-index'

/** One flat row per provision, with its citation: the Compare view's CSV and JSON exports. */
export function provisionRows(d: Dataset, provisions: readonly Provision[]) {
  const index = indexDataset(d)
  return provisions.map((p) => ({
    id: p.id,
    plan: index.plans.get(p.planId)?.country ?? p.planId,
    section: sectionPath(index, p.sectionId),
    page: p.page ?? '',
    title: p.title,
    text: p.text ?? '',
    native_text: p.nativeText ?? '',
    summary: p.summary,
    provenance: p.provenance,
    primary_dimension: p.primary,
    secondary_dimensions: p.secondary.join('; '),
    instruments: p.instruments.join('; '),
    scope: p.orientation.scope,
    framing: p.orientation.framing,
    lead: p.orientation.lead,
    lead_agencies: p.leadAgencies.join('; '),
    implementation_status: statusOf(index, p.id),
    sources: p.sourceIds.map((id) => index.sources.get(id)?.url ?? id).join(' '),
    citation: formatCitation(d, p),
  }))
}

export function sourceLine(d: Dataset): string {
  return `Source: Parallax dataset ${d.meta.version} (as of ${d.meta.asOf}), coded from the plans' official texts; see each row's sources.`
}

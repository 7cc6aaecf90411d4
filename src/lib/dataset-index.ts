/** Lookup tables for a dataset, built once per dataset object. */
import type { Dataset } from '../data/dataset-schema'
import type { Agency, Comparison, Dimension, Event, Implementation, Plan, PlanId, Provision, Section, Source, Status } from '../data/schema'
import { foldText } from './search'

export interface DatasetIndex {
  /** The dataset indexed (for code that has the index and needs the whole record set, e.g. a citation). */
  dataset: Dataset
  plans: Map<PlanId, Plan>
  sections: Map<string, Section>
  provisions: Map<string, Provision>
  sources: Map<string, Source>
  events: Map<string, Event>
  dimensions: Map<string, Dimension>
  comparisons: Map<string, Comparison>
  implementation: Map<string, Implementation>
  /** Folded text searched by `q`: title, texts, summary, section label and heading, id. */
  haystacks: Map<string, string>
  /** Events linked to each provision. */
  eventsByProvision: Map<string, { event: Event; kind: 'implements' | 'contradicts' | 'context' }[]>
  /** Records citing each source (for the bibliography's back-links). */
  citedBy: Map<string, string[]>
  agencies: Map<string, Agency>
  /**
   * Agencies each provision names, with the bodies they sit in (a provision naming NIST also names
   * Commerce for the agency filter); inferred actors are not included.
   */
  namedAgencies: Map<string, Set<string>>
}

/** The agencies a provision names (not inferred ones), each with its parents. */
export function namedAgencyIds(p: Provision, agencies: ReadonlyMap<string, Agency>): Set<string> {
  const out = new Set<string>()
  if (!Array.isArray(p.actors)) return out
  for (const a of p.actors) {
    let id: string | undefined = a.agencyId
    for (let depth = 0; id && !out.has(id) && depth < 8; depth++) {
      out.add(id)
      id = agencies.get(id)?.parentId
    }
  }
  return out
}

/** Whether a provision names any of the agencies (or a body within one of them). */
export function namesAnyAgency(index: DatasetIndex, p: Provision, ids: readonly string[]): boolean {
  const named = index.namedAgencies.get(p.id)
  return !!named && ids.some((id) => named.has(id))
}

const cache = new WeakMap<Dataset, DatasetIndex>()

export function indexDataset(d: Dataset): DatasetIndex {
  const hit = cache.get(d)
  if (hit) return hit
  const sections = new Map(d.plans.flatMap((p) => p.sections.map((s) => [s.id, s] as const)))
  const agencies = new Map(d.agencies.map((a) => [a.id, a]))
  const namedAgencies = new Map(d.provisions.map((p) => [p.id, namedAgencyIds(p, agencies)]))
  const haystacks = new Map<string, string>()
  for (const p of d.provisions) {
    const s = sections.get(p.sectionId)
    const actorNames = [...(namedAgencies.get(p.id) ?? [])].flatMap((id) => {
      const a = agencies.get(id)
      return a ? [a.name, a.shortName] : []
    })
    haystacks.set(
      p.id,
      foldText(
        [p.id, p.title, p.text, p.nativeText, p.summary, s?.label, s?.heading, s?.nativeHeading, ...actorNames]
          .filter(Boolean)
          .join(' \u0001 '),
      ),
    )
  }
  const eventsByProvision: DatasetIndex['eventsByProvision'] = new Map()
  for (const e of d.events) {
    for (const link of e.links) {
      const list = eventsByProvision.get(link.provisionId) ?? []
      list.push({ event: e, kind: link.kind })
      eventsByProvision.set(link.provisionId, list)
    }
  }
  const citedBy = new Map<string, string[]>()
  const cite = (ids: readonly string[], by: string) => ids.forEach((id) => citedBy.set(id, [...(citedBy.get(id) ?? []), by]))
  d.plans.forEach((p) => {
    cite(p.sourceIds, `plan:${p.id}`)
    p.sections.forEach((s) => cite([...s.sourceIds, ...s.quotes.flatMap((q) => q.sourceIds)], `section:${s.id}`))
  })
  d.provisions.forEach((p) => cite(p.sourceIds, `provision:${p.id}`))
  d.events.forEach((e) => cite(e.sourceIds, `event:${e.id}`))
  d.indicators.forEach((i) =>
    cite(
      i.observations.flatMap((o) => o.sourceIds),
      `indicator:${i.id}`,
    ),
  )
  d.comparisons.forEach((c) => cite(c.sourceIds, `comparison:${c.dimensionId}`))
  d.gaps.forEach((g) => cite(g.sourceIds, `gap:${g.id}`))
  for (const [k, v] of citedBy) citedBy.set(k, [...new Set(v)])

  const index: DatasetIndex = {
    dataset: d,
    plans: new Map(d.plans.map((p) => [p.id, p])),
    sections,
    provisions: new Map(d.provisions.map((p) => [p.id, p])),
    sources: new Map(d.sources.map((s) => [s.id, s])),
    events: new Map(d.events.map((e) => [e.id, e])),
    dimensions: new Map(d.dimensions.map((x) => [x.id, x])),
    comparisons: new Map(d.comparisons.map((c) => [c.dimensionId, c])),
    implementation: new Map(d.implementation.map((i) => [i.provisionId, i])),
    haystacks,
    eventsByProvision,
    citedBy,
    agencies,
    namedAgencies,
  }
  cache.set(d, index)
  return index
}

export function statusOf(index: DatasetIndex, provisionId: string): Status {
  return index.implementation.get(provisionId)?.status ?? 'no-evidence'
}

/** "Pillar III, section 3 › Strengthen AI Compute Export Control Enforcement" */
export function sectionPath(index: DatasetIndex, sectionId: string): string {
  const s = index.sections.get(sectionId)
  if (!s) return sectionId
  return s.heading ? `${s.label} › ${s.heading}` : s.label
}

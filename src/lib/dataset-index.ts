/** Lookup tables for a dataset, built once per dataset object. */
import type { Dataset } from '../data/dataset-schema'
import type { Comparison, Dimension, Event, Implementation, Plan, PlanId, Provision, Section, Source, Status } from '../data/schema'
import { foldText } from './search'

export interface DatasetIndex {
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
}

const cache = new WeakMap<Dataset, DatasetIndex>()

export function indexDataset(d: Dataset): DatasetIndex {
  const hit = cache.get(d)
  if (hit) return hit
  const sections = new Map(d.plans.flatMap((p) => p.sections.map((s) => [s.id, s] as const)))
  const haystacks = new Map<string, string>()
  for (const p of d.provisions) {
    const s = sections.get(p.sectionId)
    haystacks.set(
      p.id,
      foldText([p.id, p.title, p.text, p.nativeText, p.summary, s?.label, s?.heading, s?.nativeHeading].filter(Boolean).join(' \u0001 ')),
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

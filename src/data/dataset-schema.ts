/**
 * The whole payload of GET /api/v1/dataset.json. Cross-references are checked here, so the
 * app rejects a payload whose records point nowhere and names the offending record.
 */
import { z } from 'zod'
import {
  Agency,
  ChangelogEntry,
  Comparison,
  DatasetMeta,
  Dimension,
  Event,
  Gap,
  Implementation,
  Indicator,
  Instrument,
  MethodNote,
  Plan,
  Provision,
  Source,
} from './schema'

const DatasetObject = z.object({
  meta: DatasetMeta,
  plans: z.array(Plan).length(2),
  dimensions: z.array(Dimension).length(8),
  instruments: z.array(Instrument).min(1),
  provisions: z.array(Provision).min(1),
  sources: z.array(Source).min(1),
  indicators: z.array(Indicator),
  events: z.array(Event),
  implementation: z.array(Implementation),
  comparisons: z.array(Comparison),
  gaps: z.array(Gap),
  method: z.array(MethodNote).default([]),
  agencies: z.array(Agency).default([]),
  /** Moved to the notes annex by the build (splitNotes); the Sources view shows it. */
  changelog: z.array(ChangelogEntry).default([]),
})

type DatasetShape = z.infer<typeof DatasetObject>
type Ctx = z.RefinementCtx

function checkUnique(ctx: Ctx, items: readonly { id: string }[], key: string): void {
  const seen = new Set<string>()
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${item.id}"` })
    seen.add(item.id)
  })
}

function checkRefs(ctx: Ctx, ids: Set<string>, refs: readonly string[], path: (string | number)[], owner: string, what: string): void {
  refs.forEach((ref, j) => {
    if (!ids.has(ref)) ctx.addIssue({ code: 'custom', path: [...path, j], message: `${owner}: unknown ${what} "${ref}"` })
  })
}

/** The rules that span records (docs/data-contract.md § Rules that span records). Exported for the data tests. */
export function checkIntegrity(d: DatasetShape, ctx: Ctx): void {
  const sectionIds = new Set(d.plans.flatMap((p) => p.sections.map((s) => s.id)))
  const sectionPlan = new Map(d.plans.flatMap((p) => p.sections.map((s) => [s.id, p.id] as const)))
  const sourceIds = new Set(d.sources.map((s) => s.id))
  const provisionIds = new Set(d.provisions.map((p) => p.id))
  const eventIds = new Set(d.events.map((e) => e.id))
  const indicatorIds = new Set(d.indicators.map((i) => i.id))
  // Any record a changelog entry may name (records removed since stay named in older entries, so only the
  // newest entry is checked against what exists now).
  const knownIds = new Set([...sectionIds, ...sourceIds, ...provisionIds, ...eventIds, ...indicatorIds, ...d.gaps.map((g) => g.id), ...d.method.map((m) => m.id), ...d.dimensions.map((x) => x.id), ...d.agencies.map((a) => a.id)])

  checkUnique(ctx, d.provisions, 'provisions')
  checkUnique(ctx, d.agencies, 'agencies')
  const agencyIds = new Set(d.agencies.map((a) => a.id))
  d.agencies.forEach((a, i) => {
    if (a.parentId && !agencyIds.has(a.parentId)) {
      ctx.addIssue({ code: 'custom', path: ['agencies', i, 'parentId'], message: `agency ${a.id}: unknown parent "${a.parentId}"` })
    }
  })
  checkUnique(ctx, d.sources, 'sources')
  checkUnique(ctx, d.events, 'events')
  checkUnique(ctx, d.indicators, 'indicators')
  checkUnique(ctx, d.gaps, 'gaps')
  checkUnique(
    ctx,
    d.plans.flatMap((p) => p.sections),
    'sections',
  )

  d.plans.forEach((plan, i) => {
    checkRefs(ctx, sourceIds, plan.sourceIds, ['plans', i, 'sourceIds'], `plan ${plan.id}`, 'source')
    plan.sections.forEach((s, k) => {
      checkRefs(ctx, sourceIds, s.sourceIds, ['plans', i, 'sections', k, 'sourceIds'], `section ${s.id}`, 'source')
      s.quotes.forEach((q, m) =>
        checkRefs(ctx, sourceIds, q.sourceIds, ['plans', i, 'sections', k, 'quotes', m, 'sourceIds'], `section ${s.id}`, 'source'),
      )
      if (s.parentId && !sectionIds.has(s.parentId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['plans', i, 'sections', k, 'parentId'],
          message: `section ${s.id}: unknown parent "${s.parentId}"`,
        })
      }
    })
  })
  d.provisions.forEach((p, i) => {
    if (!sectionIds.has(p.sectionId)) {
      ctx.addIssue({ code: 'custom', path: ['provisions', i, 'sectionId'], message: `provision ${p.id}: unknown section "${p.sectionId}"` })
    } else if (sectionPlan.get(p.sectionId) !== p.planId) {
      ctx.addIssue({
        code: 'custom',
        path: ['provisions', i, 'sectionId'],
        message: `provision ${p.id}: section "${p.sectionId}" belongs to another plan`,
      })
    }
    checkRefs(ctx, sourceIds, p.sourceIds, ['provisions', i, 'sourceIds'], `provision ${p.id}`, 'source')
    if (Array.isArray(p.actors)) {
      p.actors.forEach((a, k) => {
        if (!agencyIds.has(a.agencyId)) {
          ctx.addIssue({ code: 'custom', path: ['provisions', i, 'actors', k, 'agencyId'], message: `provision ${p.id}: unknown agency "${a.agencyId}"` })
        }
      })
      const named = new Set(p.actors.map((a) => a.agencyId))
      p.inferredActors.forEach((a, k) => {
        if (named.has(a.agencyId)) {
          ctx.addIssue({ code: 'custom', path: ['provisions', i, 'inferredActors', k, 'agencyId'], message: `provision ${p.id}: "${a.agencyId}" is named, so it cannot also be inferred` })
        }
      })
    }
    p.inferredActors.forEach((a, k) => {
      if (!agencyIds.has(a.agencyId)) {
        ctx.addIssue({ code: 'custom', path: ['provisions', i, 'inferredActors', k, 'agencyId'], message: `provision ${p.id}: unknown agency "${a.agencyId}"` })
      }
      checkRefs(ctx, sourceIds, a.sourceIds, ['provisions', i, 'inferredActors', k, 'sourceIds'], `provision ${p.id}`, 'source')
    })
  })
  d.events.forEach((e, i) => {
    checkRefs(ctx, sourceIds, e.sourceIds, ['events', i, 'sourceIds'], `event ${e.id}`, 'source')
    checkRefs(
      ctx,
      provisionIds,
      e.links.map((l) => l.provisionId),
      ['events', i, 'links'],
      `event ${e.id}`,
      'provision',
    )
    if (e.date > d.meta.asOf) {
      ctx.addIssue({
        code: 'custom',
        path: ['events', i, 'date'],
        message: `event ${e.id}: date ${e.date} is after the as-of date ${d.meta.asOf}`,
      })
    }
  })
  d.indicators.forEach((ind, i) => {
    checkRefs(ctx, indicatorIds, ind.incomparableWith, ['indicators', i, 'incomparableWith'], `indicator ${ind.id}`, 'indicator')
    ind.observations.forEach((o, k) => {
      checkRefs(ctx, sourceIds, o.sourceIds, ['indicators', i, 'observations', k, 'sourceIds'], `indicator ${ind.id}`, 'source')
      if (o.date > d.meta.asOf) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'observations', k, 'date'],
          message: `indicator ${ind.id}: date ${o.date} is after the as-of date`,
        })
      }
    })
  })
  const implemented = new Set<string>()
  d.implementation.forEach((im, i) => {
    if (!provisionIds.has(im.provisionId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['implementation', i, 'provisionId'],
        message: `implementation: unknown provision "${im.provisionId}"`,
      })
    }
    if (implemented.has(im.provisionId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['implementation', i, 'provisionId'],
        message: `implementation: provision "${im.provisionId}" has two statuses`,
      })
    }
    implemented.add(im.provisionId)
    checkRefs(ctx, eventIds, im.eventIds, ['implementation', i, 'eventIds'], `implementation of ${im.provisionId}`, 'event')
  })
  const compared = new Set<string>()
  d.comparisons.forEach((c, i) => {
    if (compared.has(c.dimensionId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['comparisons', i, 'dimensionId'],
        message: `comparison: dimension "${c.dimensionId}" compared twice`,
      })
    }
    compared.add(c.dimensionId)
    checkRefs(ctx, provisionIds, c.provisionIds, ['comparisons', i, 'provisionIds'], `comparison ${c.dimensionId}`, 'provision')
    checkRefs(ctx, sourceIds, c.sourceIds, ['comparisons', i, 'sourceIds'], `comparison ${c.dimensionId}`, 'source')
  })
  const versions = new Set<string>()
  d.changelog.forEach((entry, i) => {
    if (versions.has(entry.version)) ctx.addIssue({ code: 'custom', path: ['changelog', i, 'version'], message: `changelog: version ${entry.version} listed twice` })
    versions.add(entry.version)
    if (i === 0) entry.changes.forEach((c, k) => checkRefs(ctx, knownIds, c.records, ['changelog', i, 'changes', k, 'records'], `changelog ${entry.version}`, 'record'))
  })
  if (d.changelog.length && d.changelog[0]?.version !== d.meta.version) {
    ctx.addIssue({ code: 'custom', path: ['changelog', 0, 'version'], message: `changelog: the newest entry (${d.changelog[0]?.version}) must be the data version ${d.meta.version}` })
  }
  d.gaps.forEach((g, i) => checkRefs(ctx, sourceIds, g.sourceIds, ['gaps', i, 'sourceIds'], `gap ${g.id}`, 'source'))
  d.sources.forEach((s, i) => {
    if (s.date && s.date > d.meta.asOf) {
      ctx.addIssue({ code: 'custom', path: ['sources', i, 'date'], message: `source ${s.id}: date ${s.date} is after the as-of date` })
    }
  })
}

export const Dataset = DatasetObject.superRefine(checkIntegrity)
export type Dataset = z.infer<typeof Dataset>
export type DatasetInput = z.input<typeof Dataset>

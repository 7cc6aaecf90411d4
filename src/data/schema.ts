/**
 * The data contract (docs/data-contract.md). Every type in the app is inferred from these schemas, so the
 * same definitions check the module at test time and the API payload at run time.
 */
// First: Zod must be jitless before any schema is built, wherever this module is loaded (the
// dataset worker, the notes, the build, the tests); see ./zod-jitless.ts.
import './zod-jitless'
import { z } from 'zod'

// ── Identifiers and vocabularies (src/data/vocabulary.ts, kept free of Zod for the first view) ──
import {
  planIds,
  dimensionIds,
  instrumentIds,
  provenances,
  statuses,
  relations,
  scopes,
  framings,
  leads,
  sourceKinds,
  eventLanes,
  eventLinkKinds,
  verifications,
  nativeLangs,
  actorRoles,
} from './vocabulary'
export {
  planIds,
  dimensionIds,
  instrumentIds,
  provenances,
  statuses,
  relations,
  scopes,
  framings,
  leads,
  sourceKinds,
  eventLanes,
  eventLinkKinds,
  verifications,
  nativeLangs,
  actorRoles,
}

export const PlanId = z.enum(planIds)
export const DimensionId = z.enum(dimensionIds)
export const InstrumentId = z.enum(instrumentIds)
export const Provenance = z.enum(provenances)
export const Status = z.enum(statuses)
export const Relation = z.enum(relations)
export const SourceKind = z.enum(sourceKinds)
export const Verification = z.enum(verifications)
export const NativeLang = z.enum(nativeLangs)
export const ActorRole = z.enum(actorRoles)

/** Stable kebab-case id, e.g. `us-3-5-2`, `cn-s2`, `wh-plan`. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)')

/** A full ISO calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, 'is not a real calendar date')

/** ISO 8601 with reduced precision (YYYY, YYYY-MM or YYYY-MM-DD), for sources dated only by month. */
export const IsoPartialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')

const Text = z.string().trim().min(1)
const Url = z.url({ protocol: /^https?$/ })

// ── Entities ────────────────────────────────────────────────────────────────
export const Quote = z.object({
  /** Verbatim English wording. */
  text: Text.optional(),
  /** Verbatim native-language (Chinese) wording. */
  nativeText: Text.optional(),
  sourceIds: z.array(Id).min(1),
})

export const Section = z.object({
  id: Id,
  kind: z.enum(['pillar', 'section', 'preamble', 'principles', 'point']),
  /** Short reference shown in citations, e.g. "Pillar III, section 5" or "Point 5". */
  label: Text,
  /** Heading as printed (English). Absent where no heading was seen. */
  heading: Text.optional(),
  /** Heading in the native language (Chinese), where seen. */
  nativeHeading: Text.optional(),
  /** How far the heading is attested (China points 4–13 are unverified). */
  headingStatus: Verification.default('verified'),
  /** What of this section's text was seen. */
  contentStatus: z.enum(['full-text', 'partial', 'described', 'not-available']).default('full-text'),
  parentId: Id.optional(),
  /** Pillar (US) or point (China) number. */
  number: z.number().int().positive().optional(),
  /**
   * Whether the number was seen in a copy of the plan. China's points 4–13 are placed by a fact sheet's
   * guess: their label then says "(point unverified)" and so does every citation.
   */
  numberStatus: Verification.default('verified'),
  /** First printed page (US). */
  page: z.number().int().positive().optional(),
  /** Verbatim passages kept as section metadata (section intros, preamble, principles). */
  quotes: z.array(Quote).default([]),
  /** Own-words description of the section's content and what is known about it. */
  note: Text.optional(),
  sourceIds: z.array(Id).default([]),
})

export const Plan = z.object({
  id: PlanId,
  country: Text,
  nativeCountry: Text.optional(),
  title: Text,
  nativeTitle: Text.optional(),
  /** Other renderings of the title seen in sources. */
  alternateTitles: z.array(Text).default([]),
  issuer: Text,
  nativeIssuer: Text.optional(),
  releaseDate: IsoDate,
  urls: z.array(z.object({ label: Text, url: Url, opened: z.boolean() })).min(1),
  pages: z.number().int().positive().optional(),
  /** Short own-words description of the plan's structure. */
  structure: Text,
  sections: z.array(Section).min(1),
  sourceIds: z.array(Id).min(1),
})

export const Dimension = z.object({
  id: DimensionId,
  label: Text,
  shortLabel: Text,
  description: Text,
  order: z.number().int().nonnegative(),
})

export const Instrument = z.object({
  id: InstrumentId,
  label: Text,
  description: Text,
})

export const Orientation = z.object({
  scope: z.enum(scopes),
  framing: z.enum(framings),
  lead: z.enum(leads),
})

/** An actor a provision names: an agency id (data/agencies.yaml) and what the provision asks of it. */
export const Actor = z.object({
  agencyId: Id,
  role: ActorRole,
  /** The words of the provision that name it. */
  evidence: Text.optional(),
})

/** An actor the provision does not name but its section or a following act implies. */
export const InferredActor = z.object({
  agencyId: Id,
  /** The method rule that implies it, e.g. "section-lead" or "statutory-authority". */
  rule: Text,
  /** Why, with the source where the inference rests on one. */
  note: Text,
  sourceIds: z.array(Id).default([]),
})

export const Provision = z
  .object({
    id: Id,
    planId: PlanId,
    sectionId: Id,
    /** Printed page (US). */
    page: z.number().int().positive().optional(),
    /** Own words, starts with a verb, ≤ 90 characters. */
    title: Text.max(90),
    /** Verbatim English wording (≤ 60 words, cuts marked "…"); absent where no wording was seen. */
    text: Text.optional(),
    /** Chinese wording, where seen (verbatim, or as an altered copy shows it). */
    nativeText: Text.optional(),
    /** Script of nativeText: zh-Hant marks a traditional-script (converted) copy. */
    nativeLang: NativeLang.optional(),
    /** Own-words summary. Never styled as a quote. */
    summary: Text,
    primary: DimensionId,
    secondary: z.array(DimensionId).max(2).default([]),
    instruments: z.array(InstrumentId).min(1),
    orientation: Orientation,
    provenance: Provenance,
    /** Agencies the provision itself names as leading or acting, as abbreviations used in the plan. */
    leadAgencies: z.array(Text).default([]),
    /**
     * Actors the provision's own words name, each with its role; `not-stated` where it names none
     * (docs/coding-method.md § Actors). Absent: not yet coded.
     */
    actors: z.union([z.literal('not-stated'), z.array(Actor).min(1)]).optional(),
    /** Actors implied by the section or a following act, never mixed with named ones; each with its rule. */
    inferredActors: z.array(InferredActor).default([]),
    /** Sources; the first is where the wording (or the description) was read. */
    sourceIds: z.array(Id).min(1),
    /** Coding notes, e.g. a duplicate bullet, a cut, an ambiguity and how it was settled. */
    notes: z.array(Text).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.secondary.includes(p.primary)) {
      ctx.addIssue({ code: 'custom', path: ['secondary'], message: 'repeats the primary dimension' })
    }
    if (new Set(p.secondary).size !== p.secondary.length) {
      ctx.addIssue({ code: 'custom', path: ['secondary'], message: 'lists a dimension twice' })
    }
    if (new Set(p.instruments).size !== p.instruments.length) {
      ctx.addIssue({ code: 'custom', path: ['instruments'], message: 'lists an instrument twice' })
    }
    if (p.provenance !== 'described' && !p.text && !p.nativeText) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'verbatim provenance needs text or nativeText' })
    }
    if (p.instruments.includes('not-stated') && p.instruments.length > 1) {
      ctx.addIssue({ code: 'custom', path: ['instruments'], message: 'not-stated cannot be combined with an instrument' })
    }
    if (p.nativeLang && !p.nativeText) {
      ctx.addIssue({ code: 'custom', path: ['nativeLang'], message: 'nativeLang without nativeText' })
    }
    if (p.provenance === 'altered-copy' && p.nativeText && p.nativeLang !== 'zh-Hant' && /[「」]|人工智慧/.test(p.nativeText)) {
      ctx.addIssue({ code: 'custom', path: ['nativeLang'], message: 'a traditional-script copy must be tagged zh-Hant' })
    }
    if (p.provenance === 'described' && (p.text || p.nativeText)) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'a described provision carries no verbatim text' })
    }
    if (p.planId === 'us' && p.page === undefined) {
      ctx.addIssue({ code: 'custom', path: ['page'], message: 'US provisions need the printed page' })
    }
  })

export const Source = z.object({
  id: Id,
  title: Text,
  publisher: Text,
  /** Publication date, reduced precision allowed; absent when the page shows none. */
  date: IsoPartialDate.optional(),
  /** Free text about the date where it is approximate ("n.d., c. 2025-01-28"). */
  dateNote: Text.optional(),
  url: Url,
  kind: SourceKind,
  /** Where this record was transcribed from, as a label (docs/data-contract.md § Source). */
  ref: Text,
  /** Own-words notes on what the source is and how reliable it is. */
  note: Text.optional(),
  /** Language of the source if not English. */
  lang: z.string().optional(),
})

export const Observation = z.object({
  entity: Text,
  value: z.number().finite(),
  /** When the value applies (reduced precision allowed: a year for annual data). */
  date: IsoPartialDate,
  sourceIds: z.array(Id).min(1),
  basis: z.enum(['reported', 'derived']),
  /** For derived values: how it was computed; otherwise any caveat. */
  note: Text.optional(),
})

export const Indicator = z.object({
  id: Id,
  dimensionId: DimensionId,
  label: Text,
  unit: Text,
  description: Text,
  /** True when every observation can share one axis. False: never plot them on one axis. */
  comparable: z.boolean(),
  /** Indicators measuring something similar-sounding but not the same thing; never share an axis. */
  incomparableWith: z.array(Id).default([]),
  observations: z.array(Observation).min(1),
})

export const EventLink = z.object({
  provisionId: Id,
  kind: z.enum(eventLinkKinds),
  /** Own words: why this event implements / contradicts / gives context to the provision. */
  note: Text.optional(),
  /**
   * The event is itself the concrete output the provision asks for (the guidance issued, the
   * evaluation published); a `delivered` status needs one such link (docs/coding-method.md § Status).
   */
  delivers: z.boolean().optional(),
})

export const Event = z.object({
  id: Id,
  date: IsoPartialDate,
  title: Text,
  summary: Text,
  lane: z.enum(eventLanes),
  countries: z.array(z.enum(['us', 'cn', 'other'])).default([]),
  dimensions: z.array(DimensionId).min(1),
  verification: Verification,
  sourceIds: z.array(Id).min(1),
  links: z.array(EventLink).default([]),
})

export const Implementation = z.object({
  provisionId: Id,
  status: Status.exclude(['no-evidence']),
  eventIds: z.array(Id).min(1),
  /** Own words: what the evidence shows. */
  note: Text,
})

export const Comparison = z.object({
  dimensionId: DimensionId,
  relation: Relation,
  /** Analyst note in own words (never styled as a quote); one or two sentences. */
  note: Text,
  provisionIds: z.array(Id).default([]),
  sourceIds: z.array(Id).min(1),
})

export const Gap = z.object({
  id: Id,
  title: Text,
  detail: Text,
  sourceIds: z.array(Id).default([]),
})

/** An agency, office or other actor a plan names (data/agencies.yaml). */
export const Agency = z.object({
  id: Id,
  planId: PlanId,
  /** Name as the plan prints it. */
  name: Text,
  /** Short label for filters and charts, e.g. "Commerce" or "NIST". */
  shortName: Text,
  /** Every form the plan uses (acronym, short name), for search and the coverage test. */
  aliases: z.array(Text).default([]),
  /** The department or body it sits in, where the plan says so (NIST → doc). */
  parentId: Id.optional(),
  /** A general group ("Federal agencies", "industry") rather than a named body. */
  group: z.boolean().default(false),
})

/** One data release and what changed in it (data/changelog.yaml). */
export const ChangelogEntry = z.object({
  version: Text,
  date: IsoDate,
  summary: Text,
  changes: z
    .array(
      z.object({
        /** What changed and why, in own words. */
        text: Text,
        /** Audit finding ids this change settles, e.g. F01. */
        findings: z.array(z.string().regex(/^F\d{2}$/)).default([]),
        /** Records changed. */
        records: z.array(Id).default([]),
      }),
    )
    .min(1),
})

export const MethodNote = z.object({
  id: Id,
  title: Text,
  body: Text,
})

export const DatasetMeta = z.object({
  version: Text,
  asOf: IsoDate,
  title: Text,
  license: Text,
  counts: z.record(z.string(), z.number().int().nonnegative()),
})

export type PlanId = z.infer<typeof PlanId>
export type DimensionId = z.infer<typeof DimensionId>
export type InstrumentId = z.infer<typeof InstrumentId>
export type Provenance = z.infer<typeof Provenance>
export type Status = z.infer<typeof Status>
export type Relation = z.infer<typeof Relation>
export type Verification = z.infer<typeof Verification>
export type Quote = z.infer<typeof Quote>
export type Section = z.infer<typeof Section>
export type Plan = z.infer<typeof Plan>
export type Dimension = z.infer<typeof Dimension>
export type Instrument = z.infer<typeof Instrument>
export type Orientation = z.infer<typeof Orientation>
export type Provision = z.infer<typeof Provision>
export type Source = z.infer<typeof Source>
export type Observation = z.infer<typeof Observation>
export type Indicator = z.infer<typeof Indicator>
export type EventLink = z.infer<typeof EventLink>
export type Event = z.infer<typeof Event>
export type Implementation = z.infer<typeof Implementation>
export type Comparison = z.infer<typeof Comparison>
export type Gap = z.infer<typeof Gap>
export type MethodNote = z.infer<typeof MethodNote>
export type Agency = z.infer<typeof Agency>
export type ActorRole = z.infer<typeof ActorRole>
export type Actor = z.infer<typeof Actor>
export type InferredActor = z.infer<typeof InferredActor>
export type ChangelogEntry = z.infer<typeof ChangelogEntry>
export type DatasetMeta = z.infer<typeof DatasetMeta>

/** Input types: what a data file writes (defaults may be omitted). */
export type ProvisionInput = z.input<typeof Provision>
export type SectionInput = z.input<typeof Section>
export type PlanInput = z.input<typeof Plan>
export type SourceInput = z.input<typeof Source>
export type IndicatorInput = z.input<typeof Indicator>
export type EventInput = z.input<typeof Event>
export type ImplementationInput = z.input<typeof Implementation>
export type ComparisonInput = z.input<typeof Comparison>
export type GapInput = z.input<typeof Gap>

/**
 * The brief (docs/architecture.md § Brief): a briefer's own selection of provisions, dimension
 * comparisons, charts (with their filters), events and indicators, in their order, each with
 * talking points. These schemas check every brief read back from local storage or a shared link;
 * the store and the UI use only their types, so Zod stays off the first view (it loads with
 * ./persist.ts and ./share.ts, on demand).
 */
import '../data/zod-jitless'
import { z } from 'zod'
import { chartIds } from '../url-state/view-state'

export const briefItemKinds = ['provision', 'dimension', 'chart', 'event', 'indicator'] as const
export type BriefItemKind = (typeof briefItemKinds)[number]

/** Ids are the data's kebab-case ids; a chart id is one of the Charts view's. */
const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80)
/** One talking point per line; a brief is typed by a person, so the limits are generous but bounded. */
const Points = z.string().max(4000).default('')

const base = { key: z.string().min(1).max(40), points: Points }

export const BriefItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('provision'), id: Id, ...base }),
  z.object({ kind: z.literal('dimension'), id: Id, ...base }),
  z.object({
    kind: z.literal('chart'),
    id: z.enum(chartIds),
    /** The chart's filters as the canonical query string of the view (docs/url-contract.md), '' for the defaults. */
    filters: z.string().max(1000).default(''),
    ...base,
  }),
  z.object({ kind: z.literal('event'), id: Id, ...base }),
  z.object({ kind: z.literal('indicator'), id: Id, ...base }),
])
export type BriefItem = z.infer<typeof BriefItem>

export const Brief = z.object({
  id: z.string().min(1).max(40),
  title: z.string().max(200),
  subtitle: z.string().max(300).default(''),
  items: z.array(BriefItem).max(100),
  /** ISO time of the last change, for the drafts list. */
  updatedAt: z.string().max(40).default(''),
})
export type Brief = z.infer<typeof Brief>

/** What local storage holds: every named draft and the one open in the panel. */
export const StoredDrafts = z.object({
  version: z.literal(1),
  activeId: z.string().nullable(),
  /** Drafts are checked one by one (see ./persist.ts): one damaged draft never costs the others. */
  drafts: z.array(z.unknown()),
})

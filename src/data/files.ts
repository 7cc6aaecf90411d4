/**
 * The shape of each file in `data/` (what an analyst edits), built from the record schemas in
 * schema.ts. The loader checks every file against its schema here; `npm run data:schema` turns the
 * same definitions into the JSON Schema files in `data/schema/` that editors use while typing.
 * See docs/data-editing.md for the folder layout.
 */
import { z } from 'zod'
import {
  Agency,
  ChangelogEntry,
  Comparison,
  Dimension,
  Event,
  Gap,
  Id,
  Implementation,
  Indicator,
  Instrument,
  IsoDate,
  IsoPartialDate,
  MethodNote,
  Plan,
  Provision,
  Source,
} from './schema'

const Text = z.string().trim().min(1)

/** data/meta.yaml */
export const MetaFile = z.object({
  /** Data version, e.g. 2026.12.06-1: the date of the release and a counter for that day. */
  version: Text,
  /** Latest date for which the data is complete; no event or observation may be later. */
  asOf: IsoDate,
  title: Text,
  license: Text,
})

/** data/source-aliases.yaml: a document listed under two ids resolves to one record. */
export const SourceAlias = z.object({ id: Id, sameAs: Id, note: Text.optional() })

/** One row of data/observations.csv, as text before conversion. */
export const ObservationRow = z.object({
  indicator: Id,
  entity: Text,
  value: z.string().regex(/^-?\d+(?:\.\d+)?$/, 'must be a number such as 42 or 3.35 (no units, no thousands separators)'),
  date: IsoPartialDate,
  sourceIds: z.string().regex(/^[a-z0-9-]+(?: [a-z0-9-]+)*$/, 'must be source ids separated by single spaces'),
  basis: z.enum(['reported', 'derived']),
  note: z.string(),
})
export const OBSERVATION_COLUMNS = Object.keys(ObservationRow.shape) as (keyof z.infer<typeof ObservationRow>)[]

/** Every YAML file kind: the schema its contents must satisfy and the JSON Schema file it points to. */
export const fileKinds = {
  meta: MetaFile,
  plan: Plan,
  dimensions: z.array(Dimension),
  instruments: z.array(Instrument),
  provisions: z.array(Provision),
  sources: z.array(Source),
  'source-aliases': z.array(SourceAlias),
  events: z.array(Event),
  implementation: z.array(Implementation),
  comparisons: z.array(Comparison),
  gaps: z.array(Gap),
  method: z.array(MethodNote),
  indicators: z.array(Indicator.omit({ observations: true })),
  agencies: z.array(Agency),
  changelog: z.array(ChangelogEntry),
} as const
export type FileKind = keyof typeof fileKinds

/** The single-file kinds and where they live, relative to data/. */
export const singleFiles = {
  meta: 'meta.yaml',
  dimensions: 'dimensions.yaml',
  instruments: 'instruments.yaml',
  sources: 'sources.yaml',
  'source-aliases': 'source-aliases.yaml',
  events: 'events.yaml',
  implementation: 'implementation.yaml',
  comparisons: 'comparisons.yaml',
  gaps: 'gaps.yaml',
  method: 'method.yaml',
  indicators: 'indicators.yaml',
  agencies: 'agencies.yaml',
  changelog: 'changelog.yaml',
} as const satisfies Partial<Record<FileKind, string>>

export const OBSERVATIONS_FILE = 'observations.csv'

/** data/plans/<plan>.yaml */
export const planFile = (planId: string): string => `plans/${planId}.yaml`

/**
 * The provisions file of a section: `provisions/us/pillar-3/section-03.yaml` for us-3-3,
 * `provisions/cn/point-05.yaml` for cn-5 (numbers zero-padded so files sort in document order).
 */
export function provisionsFile(sectionId: string): string | undefined {
  const pad = (n: string) => n.padStart(2, '0')
  const us = /^us-(\d)-(\d{1,2})$/.exec(sectionId)
  if (us) return `provisions/us/pillar-${us[1]}/section-${pad(us[2] ?? '')}.yaml`
  const cn = /^cn-(\d{1,2})$/.exec(sectionId)
  if (cn) return `provisions/cn/point-${pad(cn[1] ?? '')}.yaml`
  return undefined
}

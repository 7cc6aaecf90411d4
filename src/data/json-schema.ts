/**
 * JSON Schema for each file kind in data/, generated from the zod schemas (files.ts), so an
 * analyst's editor (VS Code with the YAML extension reads the `# yaml-language-server: $schema=`
 * line at the top of each file) checks fields, enums and required values while typing.
 * `npm run data:schema` writes them to data/schema/; a test fails when they are stale.
 */
import { z } from 'zod'
import { fileKinds, ObservationRow, type FileKind } from './files'

const titles: Record<FileKind, string> = {
  meta: 'Parallax data version (data/meta.yaml)',
  plan: 'A plan and its sections (data/plans/<plan>.yaml)',
  dimensions: 'Dimensions of comparison (data/dimensions.yaml)',
  instruments: 'Policy instruments (data/instruments.yaml)',
  provisions: 'Provisions of one plan section (data/provisions/…)',
  sources: 'Sources (data/sources.yaml)',
  'source-aliases': 'Source aliases (data/source-aliases.yaml)',
  events: 'Events (data/events.yaml)',
  implementation: 'Implementation statuses (data/implementation.yaml)',
  comparisons: 'Comparisons per dimension (data/comparisons.yaml)',
  gaps: 'Known gaps (data/gaps.yaml)',
  method: 'Method notes (data/method.yaml)',
  indicators: 'Context indicators without their values (data/indicators.yaml)',
  agencies: 'Agencies, offices and other actors the plans name (data/agencies.yaml)',
  changelog: 'Data releases and what changed (data/changelog.yaml)',
}

/** Disallow fields the schema does not define, so a misspelt key is flagged in the editor too. */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) node.forEach(closeObjects)
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>
    if (o.type === 'object' && o.properties && !('additionalProperties' in o)) o.additionalProperties = false
    Object.values(o).forEach(closeObjects)
  }
}

function toJson(schema: z.ZodType, title: string): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  closeObjects(json)
  return `${JSON.stringify({ $schema: json.$schema, title, ...json }, null, 2)}\n`
}

/** File name in data/schema/ → its contents. */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {}
  for (const kind of Object.keys(fileKinds) as FileKind[]) out[`${kind}.schema.json`] = toJson(fileKinds[kind], titles[kind])
  out['observation-row.schema.json'] = toJson(ObservationRow, 'One row of data/observations.csv (values as text)')
  return out
}

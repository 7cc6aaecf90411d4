/**
 * Synthetic datasets for the scaling test: the real payload with each provision cloned (scale − 1)
 * times under new ids. Clones keep their section, sources and codes, so every reference stays valid;
 * implemented provisions get cloned implementation records too, so the status mix stays the same.
 * The result is checked with the app's own Dataset schema. Never shipped: written to a temp folder
 * and served to the browser by intercepting /api/v1/dataset.json.
 *
 * Standalone: `npx tsx tests/bench/synthetic-data.ts <scale> <out.json> [dist/api/v1/dataset.json]`
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Dataset, type DatasetInput } from '../../src/data/dataset-schema'

export function scaleDataset(real: DatasetInput, scale: number): DatasetInput {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a positive integer, got ${scale}`)
  const copies = Array.from({ length: scale - 1 }, (_, i) => i + 2)
  const cloneId = (id: string, copy: number) => `${id}-x${copy}`
  const provisions = [...real.provisions, ...copies.flatMap((c) => real.provisions.map((p) => ({ ...p, id: cloneId(p.id, c) })))]
  const implementation = [
    ...real.implementation,
    ...copies.flatMap((c) => real.implementation.map((im) => ({ ...im, provisionId: cloneId(im.provisionId, c) }))),
  ]
  const countOf = (planId: string) => provisions.filter((p) => p.planId === planId).length
  return {
    ...real,
    meta: {
      ...real.meta,
      version: `${real.meta.version}-synthetic-x${scale}`,
      counts: { ...real.meta.counts, provisions: provisions.length, provisionsUs: countOf('us'), provisionsCn: countOf('cn') },
    },
    provisions,
    implementation,
  }
}

/** Scales and validates; throws with the schema's message if any reference broke. */
export function syntheticPayload(real: DatasetInput, scale: number): string {
  const scaled = scaleDataset(real, scale)
  const parsed = Dataset.safeParse(scaled)
  if (!parsed.success)
    throw new Error(
      `synthetic ×${scale} dataset fails the schema: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    )
  return JSON.stringify(scaled)
}

export function readPayload(file: string): DatasetInput {
  return JSON.parse(readFileSync(file, 'utf8')) as DatasetInput
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [scaleArg, out, input = 'dist/api/v1/dataset.json'] = process.argv.slice(2)
  if (!scaleArg || !out) {
    console.error('usage: tsx tests/bench/synthetic-data.ts <scale> <out.json> [dataset.json]')
    process.exit(2)
  }
  const body = syntheticPayload(readPayload(input), Number(scaleArg))
  writeFileSync(out, body)
  console.log(`wrote ${out}: ${(body.length / 1e6).toFixed(1)} MB`)
}

/** `npm run data:report`: what the data module holds, and any integrity warnings. Exits 1 on a warning. */
import { readFileSync } from 'node:fs'
import { Dataset } from '../src/data/dataset-schema'
import { buildDatasetInput } from '../src/data/index'
import { integrityWarnings } from '../src/data/integrity'
import { dimensionIds, instrumentIds, planIds, provenances, statuses } from '../src/data/schema'

const parsed = Dataset.safeParse(buildDatasetInput())
if (!parsed.success) {
  console.error('The data module fails its schema:')
  for (const i of parsed.error.issues.slice(0, 30)) console.error(`  ${i.path.join('.')}: ${i.message}`)
  process.exit(1)
}
const d = parsed.data
const status = new Map(d.implementation.map((i) => [i.provisionId, i.status]))

function table(title: string, rows: readonly string[], cell: (row: string, plan: string) => number): void {
  const width = Math.max(...rows.map((r) => r.length), title.length)
  console.log(`\n${title.padEnd(width)}  ${planIds.map((p) => p.padStart(5)).join(' ')}  total`)
  for (const row of rows) {
    const cells = planIds.map((p) => cell(row, p))
    console.log(
      `${row.padEnd(width)}  ${cells.map((c) => String(c).padStart(5)).join(' ')}  ${String(cells.reduce((a, b) => a + b, 0)).padStart(5)}`,
    )
  }
}

const of = (plan: string) => d.provisions.filter((p) => p.planId === plan)
console.log(`Parallax data ${d.meta.version}, as of ${d.meta.asOf}`)
table('primary dimension', dimensionIds, (dim, plan) => of(plan).filter((p) => p.primary === dim).length)
table('provenance', provenances, (prov, plan) => of(plan).filter((p) => p.provenance === prov).length)
table('instrument (any)', instrumentIds, (ins, plan) => of(plan).filter((p) => p.instruments.some((i) => i === ins)).length)
table('implementation status', statuses, (st, plan) => of(plan).filter((p) => (status.get(p.id) ?? 'no-evidence') === st).length)
table('all provisions', ['provisions'], (_r, plan) => of(plan).length)

console.log(
  `\nsources ${d.sources.length} · indicators ${d.indicators.length} (observations ${d.indicators.reduce((n, i) => n + i.observations.length, 0)}) · events ${d.events.length} · comparisons ${d.comparisons.length} · known gaps ${d.gaps.length} · method notes ${d.method.length}`,
)
const sections = d.plans.find((p) => p.id === 'cn')?.sections ?? []
console.log(`China sections: ${sections.map((s) => `${s.label} ${s.contentStatus}`).join(' · ')}`)

const warnings = integrityWarnings(d, readFileSync(new URL('../tests/fixtures/us-ai-action-plan-2025.txt', import.meta.url), 'utf8'))
console.log(`\nintegrity warnings: ${warnings.length}`)
for (const w of warnings) console.log(`  ! ${w}`)
process.exit(warnings.length ? 1 : 0)

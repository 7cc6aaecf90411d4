/**
 * `npm run data:check`: reads every record in data/, checks it against its schema, every
 * cross-reference and every integrity rule (quotes found in the plan text, pages, ids, …), and
 * prints each problem as `file:line record field: message`. Exits 1 on any problem. Takes seconds.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Dataset } from '../src/data/dataset-schema'
import { DATA_DIR, DataError, formatProblem, loadData } from '../src/data/load'
import { integrityFindings } from '../src/data/integrity'

const started = performance.now()
/** `npm run data:check -- <folder>` checks another copy of data/ (e.g. a colleague's). */
const dir = process.argv[2] ? resolve(process.argv[2]) : DATA_DIR
const planText = readFileSync(join(DATA_DIR, '..', 'tests/fixtures/us-ai-action-plan-2025.txt'), 'utf8')
try {
  const loaded = loadData(dir)
  const data = Dataset.parse(loaded.input)
  const lines: string[] = []
  for (const finding of integrityFindings(data, planText)) {
    if (!finding.ids.length) lines.push(`data/ ${finding.label}`)
    for (const id of finding.ids) {
      const place = loaded.locateId(id.split(' ')[0] ?? id) ?? { file: 'data/' }
      lines.push(formatProblem({ ...place, recordId: id, message: finding.label }))
    }
  }
  const ms = Math.round(performance.now() - started)
  if (lines.length) {
    console.error(`${lines.length} problem${lines.length === 1 ? '' : 's'} in data/ (${ms} ms):`)
    for (const line of lines) console.error(`  ${line}`)
    process.exit(1)
  }
  const c = data.meta.counts
  console.log(
    `data/ is consistent: version ${data.meta.version}, ${c.provisions} provisions (${c.provisionsUs} US, ${c.provisionsCn} China), ${c.sources} sources, ${c.events} events, ${c.indicators} indicators (${ms} ms)`,
  )
} catch (error) {
  if (!(error instanceof DataError)) throw error
  console.error(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in data/:`)
  for (const p of error.problems) console.error(`  ${formatProblem(p)}`)
  process.exit(1)
}

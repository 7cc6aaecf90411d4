/**
 * `npm run data:diff -- <git-ref>`: builds the API files (dataset.json, notes.json) from the data at
 * another commit and from the working tree, and reports whether they are byte-identical, or where
 * they first differ. Used to prove that a restructuring of data/ changed no content.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serializeApi } from './vite-dataset-api'

const ref = process.argv[2]
if (!ref) {
  console.error('usage: npm run data:diff -- <git-ref>')
  process.exit(2)
}
const root = join(import.meta.dirname, '..')
const dir = join(mkdtempSync(join(tmpdir(), 'parallax-api-diff-')), 'tree')
const sha = (s: string) => createHash('sha256').update(s).digest('hex')
try {
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: root, stdio: 'ignore' })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  const script = "import('./scripts/vite-dataset-api.ts').then(async (m) => process.stdout.write(JSON.stringify(await m.serializeApi())))"
  const before = JSON.parse(
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['-e', script], { cwd: dir, maxBuffer: 1 << 28 }).toString(),
  ) as {
    dataset: string
    notes: string
  }
  const after = await serializeApi()
  let same = true
  for (const key of ['dataset', 'notes'] as const) {
    const a = before[key]
    const b = after[key]
    if (a === b) console.log(`${key}.json: byte-identical (${Buffer.byteLength(a)} bytes, sha256 ${sha(a)})`)
    else {
      same = false
      let i = 0
      while (i < a.length && a[i] === b[i]) i++
      console.log(`${key}.json: DIFFERS at byte ${i} (${ref}: ${a.length} bytes, working tree: ${b.length} bytes)`)
      console.log(`  ${ref}: …${a.slice(Math.max(0, i - 80), i + 80)}`)
      console.log(`  now: …${b.slice(Math.max(0, i - 80), i + 80)}`)
    }
  }
  process.exitCode = same ? 0 : 1
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' })
  rmSync(join(dir, '..'), { recursive: true, force: true })
}

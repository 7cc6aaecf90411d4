/**
 * `npm run data:release`: archives the current data version's API files (dataset.json, notes.json, as the
 * build serializes them) in data/releases/<version>/, gzipped, so the version stays citable after the
 * data changes (docs/data-editing.md § Releasing a version; served at /api/v1/versions/<version>/…).
 *
 * `npm run data:release -- --from <git-ref>` archives the version at another commit, serialized by that
 * commit's own code (how the baseline 2026.11.28-2 was archived from beb28aa).
 *
 * Refuses to overwrite an archive of the same version with different content: a released version never
 * changes; bump `version` in data/meta.yaml instead.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { readRelease, RELEASES_DIR } from './releases.ts'
import { serializeApi } from './vite-dataset-api'

const root = join(import.meta.dirname, '..')

function serializeAt(ref: string): { dataset: string; notes: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'parallax-release-')), 'tree')
  try {
    execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: root, stdio: 'ignore' })
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
    const script = "import('./scripts/vite-dataset-api.ts').then(async (m) => process.stdout.write(JSON.stringify(await m.serializeApi())))"
    return JSON.parse(execFileSync(join(root, 'node_modules/.bin/tsx'), ['-e', script], { cwd: dir, maxBuffer: 1 << 28 }).toString()) as {
      dataset: string
      notes: string
    }
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' })
    rmSync(join(dir, '..'), { recursive: true, force: true })
  }
}

const fromIndex = process.argv.indexOf('--from')
const ref = fromIndex >= 0 ? process.argv[fromIndex + 1] : undefined
if (fromIndex >= 0 && !ref) {
  console.error('usage: npm run data:release [-- --from <git-ref>]')
  process.exit(2)
}
const api = ref ? serializeAt(ref) : await serializeApi()
const version = (JSON.parse(api.dataset) as { meta: { version: string } }).meta.version
const existing = readRelease(version)
if (existing) {
  if (existing.dataset === api.dataset && existing.notes === api.notes) {
    console.log(`${version}: already archived, identical.`)
    process.exit(0)
  }
  console.error(
    `${version}: an archive of this version exists in ${join(RELEASES_DIR, version)} and differs from the data${ref ? ` at ${ref}` : ''}. ` +
      'A released version never changes: bump `version` in data/meta.yaml, add a changelog entry, and release again.',
  )
  process.exit(1)
}
const dir = join(RELEASES_DIR, version)
if (!existsSync(dir)) mkdirSync(dir, { recursive: true })
// gzip with no file name and mtime 0: the same data gives the same bytes.
writeFileSync(join(dir, 'dataset.json.gz'), gzipSync(api.dataset, { level: 9 }))
writeFileSync(join(dir, 'notes.json.gz'), gzipSync(api.notes, { level: 9 }))
console.log(
  `${version}: archived in ${dir} (dataset.json ${Buffer.byteLength(api.dataset)} bytes, notes.json ${Buffer.byteLength(api.notes)} bytes).`,
)

import { describe, expect, it } from 'vitest'
import * as data from '../src/data/index'
import * as notes from '../src/data/notes-schema'
import { join } from 'node:path'
import { apiFromModules, readRelease, RELEASES_DIR, releasedVersions } from './releases'

describe('archived data releases (data/releases/)', () => {
  it('hold the current version exactly as the build serves it', async () => {
    // The same function the build's serializeApi() calls (scripts/vite-dataset-api.ts).
    const api = apiFromModules(data, notes)
    const version = (JSON.parse(api.dataset) as { meta: { version: string } }).meta.version
    const release = readRelease(version)
    if (!release) {
      throw new Error(
        `data version ${version} has no archive in data/releases/. Run \`npm run data:release\` and commit data/releases/${version}/ (docs/data-editing.md § Releasing a version).`,
      )
    }
    expect(
      release.dataset === api.dataset,
      `data/releases/${version}/dataset.json.gz differs from the data: a released version changed. Bump the version in data/meta.yaml and run npm run data:release.`,
    ).toBe(true)
    expect(release.notes === api.notes, `data/releases/${version}/notes.json.gz differs from the data`).toBe(true)
  }, 60_000)

  it('keep every release the changelog lists, each naming its own version', async () => {
    const { parse } = await import('yaml')
    const { readFileSync } = await import('node:fs')
    const changelog = parse(readFileSync(join(RELEASES_DIR, '..', 'changelog.yaml'), 'utf8')) as { version: string }[]
    const archived = releasedVersions()
    for (const { version } of changelog) {
      expect(archived, `changelog version ${version}`).toContain(version)
      expect((JSON.parse(readRelease(version)?.dataset ?? '{}') as { meta?: { version?: string } }).meta?.version).toBe(version)
    }
    expect(readRelease('../../etc')).toBeNull()
    expect(readRelease('1999.01.01-1')).toBeNull()
  })
})

/**
 * The archived data releases (data/releases/<version>/dataset.json.gz and notes.json.gz), written by
 * `npm run data:release` and served by the build and the dev server at /api/v1/versions/<version>/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

export const RELEASES_DIR = join(import.meta.dirname, '..', 'data', 'releases')
export const VERSION_PATTERN = /^\d{4}\.\d{2}\.\d{2}-\d+$/

/** `/api/v1/versions/2026.11.28-2/dataset.json`. */
export const versionPath = (version: string, file: 'dataset' | 'notes') => `/api/v1/versions/${version}/${file}.json`

export function releasedVersions(): string[] {
  if (!existsSync(RELEASES_DIR)) return []
  return readdirSync(RELEASES_DIR)
    .filter((v) => VERSION_PATTERN.test(v) && existsSync(join(RELEASES_DIR, v, 'dataset.json.gz')))
    .sort()
}

/** A release's API files as served, or null when the version was never archived. */
export function readRelease(version: string): { dataset: string; notes: string } | null {
  if (!VERSION_PATTERN.test(version)) return null
  const dir = join(RELEASES_DIR, version)
  if (!existsSync(join(dir, 'dataset.json.gz'))) return null
  const read = (file: string) => (existsSync(join(dir, file)) ? gunzipSync(readFileSync(join(dir, file))).toString('utf8') : '')
  return { dataset: read('dataset.json.gz'), notes: read('notes.json.gz') }
}

type DataModule = typeof import('../src/data/index')
type NotesModule = typeof import('../src/data/notes-schema')

/** The API files from the data modules: validate, then split (defaults stay implicit; the app's schema fills them in). */
export function apiFromModules(data: DataModule, notesModule: NotesModule): { dataset: string; notes: string } {
  data.loadDataset()
  const { dataset, notes } = notesModule.splitNotes(data.buildDatasetInput())
  return { dataset: JSON.stringify(dataset), notes: JSON.stringify(notes) }
}

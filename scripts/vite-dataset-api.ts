/**
 * Emits the data (the records in data/, read and checked by src/data/load.ts) as static API files — dist/api/v1/dataset.json (everything the
 * views need) and dist/api/v1/notes.json (coding notes, source notes, method; fetched on demand) —
 * and serves both from the dev server; likewise every archived release at
 * /api/v1/versions/<version>/dataset.json and notes.json (data/releases/, scripts/releases.ts). The module is loaded with tsx at call time, so the dev
 * server always serves the current data.
 */
import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { apiFromModules, readRelease, releasedVersions, versionPath } from './releases.ts'

export const DATASET_PATH = '/api/v1/dataset.json'
export const NOTES_PATH = '/api/v1/notes.json'
export const VERSIONS_PREFIX = '/api/v1/versions/'

type DataModule = typeof import('../src/data/index')
type NotesModule = typeof import('../src/data/notes-schema')

/** Validates the module, then splits it; defaults stay implicit and the app's schema fills them in. */
export async function serializeApi(): Promise<{ dataset: string; notes: string }> {
  const data = (await tsImport('../src/data/index.ts', import.meta.url)) as DataModule
  const notes = (await tsImport('../src/data/notes-schema.ts', import.meta.url)) as NotesModule
  return apiFromModules(data, notes)
}

export function datasetApi(): Plugin {
  return {
    name: 'parallax-dataset-api',
    configureServer(server) {
      // Editing a record in data/ reloads the page with the new data.
      const dataDir = fileURLToPath(new URL('../data/', import.meta.url))
      server.watcher.add(dataDir)
      server.watcher.on('change', (file) => {
        if (file.startsWith(dataDir)) server.ws.send({ type: 'full-reload' })
      })
      // /api/v1/versions/<version>/dataset.json and notes.json: the archived releases.
      server.middlewares.use(VERSIONS_PREFIX, (req, res, next) => {
        const m = /^\/([^/]+)\/(dataset|notes)\.json(?:\?.*)?$/.exec(req.url ?? '')
        const release = m?.[1] ? readRelease(m[1]) : null
        const body = release && m?.[2] ? release[m[2] as 'dataset' | 'notes'] : ''
        if (!body) return next()
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.end(body)
      })
      for (const [path, key] of [
        [DATASET_PATH, 'dataset'],
        [NOTES_PATH, 'notes'],
      ] as const) {
        server.middlewares.use(path, (_req, res) => {
          serializeApi().then(
            (api) => {
              res.setHeader('Content-Type', 'application/json; charset=utf-8')
              res.setHeader('Cache-Control', 'no-cache')
              res.end(api[key])
            },
            (error: unknown) => {
              res.statusCode = 500
              res.setHeader('Content-Type', 'text/plain; charset=utf-8')
              res.end(`The data module failed validation:\n${String(error)}`)
            },
          )
        })
      }
    },
    async generateBundle() {
      const api = await serializeApi()
      this.emitFile({ type: 'asset', fileName: DATASET_PATH.slice(1), source: api.dataset })
      this.emitFile({ type: 'asset', fileName: NOTES_PATH.slice(1), source: api.notes })
      // Every archived release, as published (data/releases/, npm run data:release).
      for (const version of releasedVersions()) {
        const release = readRelease(version)
        if (!release) continue
        this.emitFile({ type: 'asset', fileName: versionPath(version, 'dataset').slice(1), source: release.dataset })
        if (release.notes) this.emitFile({ type: 'asset', fileName: versionPath(version, 'notes').slice(1), source: release.notes })
      }
    },
  }
}

/**
 * Emits the data (the records in data/, read and checked by src/data/load.ts) as static API files — dist/api/v1/dataset.json (everything the
 * views need) and dist/api/v1/notes.json (coding notes, source notes, method; fetched on demand) —
 * and serves both from the dev server. The module is loaded with tsx at call time, so the dev
 * server always serves the current data.
 */
import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

export const DATASET_PATH = '/api/v1/dataset.json'
export const NOTES_PATH = '/api/v1/notes.json'

type DataModule = typeof import('../src/data/index')
type NotesModule = typeof import('../src/data/notes-schema')

/** Validates the module, then splits it; defaults stay implicit and the app's schema fills them in. */
export async function serializeApi(): Promise<{ dataset: string; notes: string }> {
  const data = (await tsImport('../src/data/index.ts', import.meta.url)) as DataModule
  const { splitNotes } = (await tsImport('../src/data/notes-schema.ts', import.meta.url)) as NotesModule
  data.loadDataset()
  const { dataset, notes } = splitNotes(data.buildDatasetInput())
  return { dataset: JSON.stringify(dataset), notes: JSON.stringify(notes) }
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
    },
  }
}

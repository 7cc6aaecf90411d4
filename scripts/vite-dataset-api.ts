/**
 * Emits the typed data module as the static API file dist/api/v1/dataset.json and serves it at
 * /api/v1/dataset.json from the dev server (the preview server serves dist/ as it is).
 * The module is loaded with tsx at call time, so the dev server always serves the current data.
 */
import type { Plugin } from 'vite'
import { tsImport } from 'tsx/esm/api'

export const DATASET_PATH = '/api/v1/dataset.json'

export async function serializeDataset(): Promise<string> {
  const mod = (await tsImport('../src/data/index.ts', import.meta.url)) as typeof import('../src/data/index')
  // Validate, then emit the module as written: defaults stay implicit and the app's schema fills them in.
  mod.loadDataset()
  return JSON.stringify(mod.buildDatasetInput())
}

export function datasetApi(): Plugin {
  return {
    name: 'parallax-dataset-api',
    configureServer(server) {
      server.middlewares.use(DATASET_PATH, (_req, res) => {
        serializeDataset().then(
          (body) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8')
            res.setHeader('Cache-Control', 'no-cache')
            res.end(body)
          },
          (error: unknown) => {
            res.statusCode = 500
            res.setHeader('Content-Type', 'text/plain; charset=utf-8')
            res.end(`The data module failed validation:\n${String(error)}`)
          },
        )
      })
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: DATASET_PATH.slice(1), source: await serializeDataset() })
    },
  }
}

/**
 * Writes the Open Graph images (scripts/og-images.ts) into the build output after the bundle is written:
 * og/<kind>/<id>.png for every provision, event, dimension, chart and plan, and og/site.png. Build only.
 * The generator and the data loader are loaded with tsx at call time, like the dataset API.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { tsImport } from 'tsx/esm/api'

type OgModule = typeof import('./og-images')
type DataModule = typeof import('../src/data/index')

export function ogImages(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'parallax-og-images',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async closeBundle() {
      const started = Date.now()
      const og = (await tsImport('./og-images.ts', import.meta.url)) as OgModule
      const data = (await tsImport('../src/data/index.ts', import.meta.url)) as DataModule
      const outDir = resolve(config.root, config.build.outDir)
      const images = og.ogImages(data.loadDataset())
      for (const image of images) {
        const { png } = await og.renderPng(image.node)
        const file = join(outDir, image.fileName)
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(file, png)
      }
      config.logger.info(`og images: ${images.length} PNGs (1200×630) in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    },
  }
}

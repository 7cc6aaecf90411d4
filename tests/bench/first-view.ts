/**
 * First-view JS as the browser loads it: every `.js` file requested (page and workers) from the
 * navigation until the app is ready (`<html data-app>`), for the default link (which hydrates the
 * pre-rendered view) and a filtered one (which renders afresh). The bundle's static import graph no
 * longer tells the whole story: React DOM's client chunk is imported dynamically at start-up and the
 * dataset is validated in a worker, both needed for the first view. Sizes are read from the build
 * (gzip at zlib's default level, as for the other size rows). Service workers are blocked so every
 * request is seen.
 */
import { chromium } from 'playwright-core'
import type { BenchConfig } from './config'
import { sizeOf, type FileSize } from './size'

export const FIRST_VIEW_URLS = ['/', '/?dims=chips'] as const

export interface FirstViewJs {
  /** Per URL, the JS files requested until the app was ready. */
  byUrl: Record<string, FileSize[]>
  /** The larger of the URLs' totals (the budget applies to each). */
  worst: { url: string; files: FileSize[] }
}

export async function measureFirstViewJs(cfg: BenchConfig, baseUrl: string, outDir: string): Promise<FirstViewJs> {
  const browser = await chromium.launch({
    executablePath: cfg.chromePath,
    headless: true,
    args: cfg.chromeFlags.filter((f) => !f.startsWith('--headless')),
  })
  const byUrl: Record<string, FileSize[]> = {}
  try {
    for (const url of FIRST_VIEW_URLS) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' })
      const files = new Set<string>()
      context.on('request', (r) => {
        const u = new URL(r.url())
        if (u.origin === baseUrl && u.pathname.endsWith('.js')) files.add(u.pathname.slice(1))
      })
      try {
        const page = await context.newPage()
        await page.goto(`${baseUrl}${url}`)
        await page.locator('html[data-app]').waitFor({ state: 'attached', timeout: 60_000 })
      } finally {
        await context.close()
      }
      byUrl[url] = [...files].sort().map((f) => sizeOf(outDir, f))
    }
  } finally {
    await browser.close()
  }
  const total = (files: readonly FileSize[]) => files.reduce((n, f) => n + f.gzip, 0)
  const [url, files] = Object.entries(byUrl).sort((a, b) => total(b[1]) - total(a[1]))[0] ?? ['/', []]
  return { byUrl, worst: { url, files } }
}

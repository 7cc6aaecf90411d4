/**
 * Pre-renders the default Compare view into dist/index.html, so a default link paints the matrix
 * before any script runs (docs/performance.md, "Pre-rendered first view").
 *
 * In `vite build` (so `npm run build`, `npx vite build` and the bench all get it), while index.html
 * is transformed: builds src/prerender.tsx for Node (`vite build --ssr`, into a private folder under
 * node_modules/.cache so its bare imports resolve), runs it on the exact dataset.json text the build
 * emits, and writes:
 *
 * - the markup into `<div id="root" data-prerender-data="<fingerprint of dataset.json>">`;
 * - the loading skeleton as `<div id="boot-skeleton">`, first in that markup's <main>, shown instead
 *   of the view for every other link (public/boot.js, src/app/prerender.css);
 * - `data-prerender-path="<base>"` on `<html>`, the one path the markup was rendered for;
 * - the app's entry script, its module preloads and the dataset preload moved from tags to
 *   attributes on `<html>` (`data-entry`, `data-modulepreload`, `data-preload-fetch`): public/boot.js
 *   loads them, after the first paint when the pre-rendered view shows, so the code and data (~170 KB
 *   gzip) never compete with the HTML and CSS that paint it.
 *
 * The markup must obey the CSP (no style attributes, scripts or style elements): the build fails
 * otherwise, naming what it found. Done in transformIndexHtml so the service worker's precache
 * revision of index.html covers the final file.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { fingerprint } from '../src/lib/fingerprint.ts'
import type { Prerendered } from '../src/prerender.tsx'
import { cspProblems, deferAppLoading, injectPage, injectPrerender, notFoundPage } from './prerender-html.ts'
import { serializeApi } from './vite-dataset-api.ts'

const ENTRY = 'src/prerender.tsx'

type SsrModule = typeof import('../src/prerender.tsx')
interface Rendered {
  view: Prerendered
  site: ReturnType<SsrModule['prerenderPages']>
}

/** The site's origin for absolute URLs (canonical, Open Graph, sitemap, feeds): PARALLAX_ORIGIN, read at build. */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const origin = (env.PARALLAX_ORIGIN ?? '').trim() || DEFAULT_ORIGIN
  const url = new URL(origin)
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(`PARALLAX_ORIGIN must be an origin (scheme://host[:port]), got "${origin}"`)
  return url.origin
}
export const DEFAULT_ORIGIN = 'http://127.0.0.1:4173'

async function renderWithSsrBuild(config: ResolvedConfig, datasetJson: string, notesJson: string): Promise<Rendered> {
  // Per process: the bench may build into another folder while `vite build` runs into dist/.
  const outDir = path.join(config.root, 'node_modules/.cache', `parallax-prerender-${process.pid}`)
  mkdirSync(outDir, { recursive: true })
  try {
    await build({
      configFile: false,
      root: config.root,
      base: config.base,
      mode: config.mode,
      logLevel: 'warn',
      publicDir: false,
      plugins: [react()],
      build: {
        ssr: ENTRY,
        outDir,
        emptyOutDir: true,
        minify: false,
        target: 'node20',
        rollupOptions: { output: { entryFileNames: 'prerender.mjs' } },
      },
    })
    const mod = (await import(`${pathToFileURL(path.join(outDir, 'prerender.mjs')).href}?t=${Date.now()}`)) as SsrModule
    return {
      view: mod.prerender(datasetJson, config.base),
      site: mod.prerenderPages(datasetJson, notesJson, config.base, siteOrigin()),
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

export function prerender(): Plugin {
  let config: ResolvedConfig
  let site: Rendered['site'] | undefined
  let skeleton = ''
  return {
    name: 'parallax-prerender',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { dataset, notes } = await serializeApi()
        const { view: rendered, site: pages } = await renderWithSsrBuild(config, dataset, notes)
        const markups: [string, string][] = [...Object.entries(rendered), ...pages.pages.map((p) => [p.path, p.app] as [string, string])]
        for (const [name, markup] of markups) {
          const problems = cspProblems(markup)
          if (problems.length) throw new Error(`prerender: the ${name} markup contains ${problems.join(', ')}`)
        }
        site = pages
        skeleton = rendered.skeleton
        return deferAppLoading(injectPrerender(html, rendered, fingerprint(new TextEncoder().encode(dataset)), config.base))
      },
    },
    // After every plugin has finished index.html (the CSP meta included): one page per thing,
    // 404.html, the sitemap, robots.txt and the feeds, from the final file.
    writeBundle: {
      order: 'post',
      handler(options) {
        if (!site) return
        const outDir = options.dir ?? path.resolve(config.root, config.build.outDir)
        const indexHtml = readFileSync(path.join(outDir, 'index.html'), 'utf8')
        for (const page of site.pages) {
          const file = path.join(outDir, page.path.slice(config.base.length), 'index.html')
          mkdirSync(path.dirname(file), { recursive: true })
          writeFileSync(file, injectPage(indexHtml, page, skeleton))
        }
        writeFileSync(path.join(outDir, '404.html'), notFoundPage(indexHtml))
        for (const [name, text] of Object.entries(site.files)) {
          mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true })
          writeFileSync(path.join(outDir, name), text)
        }
      },
    },
  }
}

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
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { fingerprint } from '../src/lib/fingerprint.ts'
import { cspProblems, deferAppLoading, injectPrerender } from './prerender-html.ts'
import { serializeApi } from './vite-dataset-api.ts'

const ENTRY = 'src/prerender.tsx'

async function renderWithSsrBuild(config: ResolvedConfig, datasetJson: string): Promise<{ app: string; skeleton: string }> {
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
    const mod = (await import(
      `${pathToFileURL(path.join(outDir, 'prerender.mjs')).href}?t=${Date.now()}`
    )) as typeof import('../src/prerender.tsx')
    return mod.prerender(datasetJson, config.base)
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

export function prerender(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'parallax-prerender',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { dataset } = await serializeApi()
        const rendered = await renderWithSsrBuild(config, dataset)
        for (const [name, markup] of Object.entries(rendered)) {
          const problems = cspProblems(markup)
          if (problems.length) throw new Error(`prerender: the ${name} markup contains ${problems.join(', ')}`)
        }
        return deferAppLoading(injectPrerender(html, rendered, fingerprint(new TextEncoder().encode(dataset)), config.base))
      },
    },
  }
}

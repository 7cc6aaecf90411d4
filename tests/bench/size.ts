/**
 * Bundle and data sizes from the build: the first view's JS is the manifest's entry plus its static
 * imports, recursively (dynamic imports load on demand and are not counted). Gzip at zlib's default
 * level, which is what `vite preview` (and most servers) send.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Row } from './report'

export interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
export type Manifest = Record<string, ManifestChunk>

/** Files the first view needs: every entry and, recursively, its static imports and their CSS. */
export function firstViewFiles(manifest: Manifest): { js: string[]; css: string[] } {
  const js = new Set<string>()
  const css = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) throw new Error(`manifest: static import "${key}" has no entry`)
    if (chunk.file.endsWith('.js')) js.add(chunk.file)
    chunk.css?.forEach((f) => css.add(f))
    chunk.imports?.forEach(visit)
  }
  Object.entries(manifest)
    .filter(([, c]) => c.isEntry)
    .forEach(([key]) => visit(key))
  return { js: [...js], css: [...css] }
}

/** Classic or module scripts that index.html loads but the manifest does not list (e.g. a service worker registration). */
export function extraHtmlScripts(html: string, manifest: Manifest): string[] {
  const known = new Set(Object.values(manifest).map((c) => c.file))
  return [...html.matchAll(/<script\b[^>]*\bsrc="\/?([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((f) => f && !known.has(f) && !/^[a-z]+:/.test(f))
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}

export interface FileSize {
  file: string
  raw: number
  gzip: number
}

export function sizeOf(outDir: string, file: string): FileSize {
  const body = readFileSync(path.join(outDir, file))
  return { file, raw: body.length, gzip: gzipSync(body).length }
}

const sum = (files: readonly FileSize[], key: 'raw' | 'gzip') => files.reduce((n, f) => n + f[key], 0)
const kb = (bytes: number) => bytes / 1000

export interface SizeReport {
  firstViewJs: FileSize[]
  firstViewCss: FileSize[]
  allJs: FileSize[]
  allCss: FileSize[]
  dataset: FileSize
}

export function measureSizes(outDir: string): SizeReport {
  const manifestPath = path.join(outDir, '.vite/manifest.json')
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: build with build.manifest = true`)
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8')
  const first = firstViewFiles(manifest)
  const all = walk(outDir).map((f) => path.relative(outDir, f).split(path.sep).join('/'))
  return {
    firstViewJs: [...first.js, ...extraHtmlScripts(html, manifest)].map((f) => sizeOf(outDir, f)),
    firstViewCss: first.css.map((f) => sizeOf(outDir, f)),
    allJs: all.filter((f) => f.endsWith('.js')).map((f) => sizeOf(outDir, f)),
    allCss: all.filter((f) => f.endsWith('.css')).map((f) => sizeOf(outDir, f)),
    dataset: sizeOf(outDir, 'api/v1/dataset.json'),
  }
}

/**
 * `loaded`: the JS the browser actually requested for the first view (first-view.ts); without it
 * (BENCH_SKIP with no preview server) the entry and its static imports stand in, which leaves out
 * dynamically imported start-up chunks and workers.
 */
export function sizeRows(r: SizeReport, loaded?: { url: string; files: readonly FileSize[] }): Row[] {
  const files = (list: readonly FileSize[]) =>
    `${list.length} file${list.length === 1 ? '' : 's'}, ${kb(sum(list, 'raw')).toFixed(1)} KB raw`
  const first = loaded
    ? { metric: 'first-view JS (gzip)', list: loaded.files, where: `, loaded by ${loaded.url}` }
    : { metric: 'first-view JS (gzip, static imports only)', list: r.firstViewJs, where: '' }
  return [
    {
      group: 'size',
      metric: first.metric,
      value: kb(sum(first.list, 'gzip')),
      unit: 'KB',
      budget: { op: '<=', limit: 150 },
      note: files(first.list) + first.where,
    },
    { group: 'size', metric: 'first-view CSS (gzip)', value: kb(sum(r.firstViewCss, 'gzip')), unit: 'KB', note: files(r.firstViewCss) },
    { group: 'size', metric: 'total JS (gzip)', value: kb(sum(r.allJs, 'gzip')), unit: 'KB', note: files(r.allJs) },
    { group: 'size', metric: 'total CSS (gzip)', value: kb(sum(r.allCss, 'gzip')), unit: 'KB', note: files(r.allCss) },
    {
      group: 'size',
      metric: 'dataset.json (gzip)',
      value: kb(r.dataset.gzip),
      unit: 'KB',
      budget: { op: '<=', limit: 80 },
      note: `${kb(r.dataset.raw).toFixed(1)} KB raw`,
    },
  ]
}

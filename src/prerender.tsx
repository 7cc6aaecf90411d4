/**
 * Build-time entry (scripts/vite-prerender.ts builds it with `vite build --ssr` and runs it in Node):
 * renders the app at the default URL to HTML with the dataset (the default Compare view, hydrated
 * later by src/app/mount.tsx), and the loading skeleton that stands in for the view for any other
 * link (public/boot.js, src/app/prerender.css). Never part of the browser bundle.
 */
import { renderToString } from 'react-dom/server'
import { datasetQueryOptions } from './api/dataset'
import { createQueryClient } from './app/query-client'
import { LoadingSkeleton } from './app/loading-skeleton'
import { Root } from './app/root'
import { Dataset } from './data/dataset-schema'
import { Notes } from './data/notes-schema'
import { FEEDS, pageHead } from './pages/head'
import { pageMetas } from './pages/page-model'
import { PermanentPage } from './pages/pages'
import { eventsFeed, releasesFeed, robotsTxt, sitemapXml } from './pages/site-files'

export interface Prerendered {
  /** The default view, for #root. */
  app: string
  /** The loading skeleton the app shows in <main> while the data loads, for every other link. */
  skeleton: string
}

/**
 * `datasetJson` is the exact text of the emitted dataset.json, parsed with the app's schema so the
 * markup is what the browser renders from that payload. `pathname` is the app's base path.
 */
export function prerender(datasetJson: string, pathname: string): Prerendered {
  const dataset = Dataset.parse(JSON.parse(datasetJson))
  // In Node, the few components that read the location during render see the default URL (a
  // test in jsdom brings its own window).
  const scope = globalThis as { window?: unknown }
  const shim = typeof scope.window === 'undefined'
  if (shim) scope.window = { location: { pathname, search: '', hash: '', origin: 'http://localhost', href: `http://localhost${pathname}` } }
  try {
    const withData = createQueryClient()
    withData.setQueryData(datasetQueryOptions().queryKey, dataset)
    const app = renderToString(<Root queryClient={withData} />)
    return { app, skeleton: renderToString(<LoadingSkeleton />) }
  } finally {
    if (shim) delete scope.window
  }
}

export interface PrerenderedPage {
  /** Path with the base, e.g. /provisions/us-3-3-1/. */
  path: string
  /** Tags for <head> (src/pages/head.ts). */
  head: string
  /** The page's markup for #root. */
  app: string
}

/**
 * Every permanent page (docs/url-contract.md, "Permanent pages"): its head tags and its markup,
 * from the exact dataset.json and notes.json texts the build emits (the changelog travels in notes).
 */
export function prerenderPages(
  datasetJson: string,
  notesJson: string,
  base: string,
  origin: string,
): { pages: PrerenderedPage[]; files: Record<string, string> } {
  const dataset = Dataset.parse(JSON.parse(datasetJson))
  const notes = Notes.parse(JSON.parse(notesJson))
  const metas = pageMetas({ dataset, changelog: notes.changelog, origin, base })
  const pages = metas.map((page) => ({
    path: page.path,
    head: pageHead(page, base),
    app: renderToString(<PermanentPage dataset={dataset} page={page} base={base} />),
  }))
  // File names relative to the output folder.
  const files = {
    'sitemap.xml': sitemapXml(metas, origin, base, dataset.meta.asOf),
    'robots.txt': robotsTxt(origin, base),
    [FEEDS[0].path]: releasesFeed(notes.changelog, origin, base),
    [FEEDS[1].path]: eventsFeed(dataset, origin, base),
  }
  return { pages, files }
}

/**
 * The string work of the pre-render (scripts/vite-prerender.ts), pure so it is unit-tested: what
 * the CSP would reject in static markup, where the markup goes in index.html, and moving the app's
 * script and preloads from tags to attributes that public/boot.js reads.
 */
import type { Prerendered } from '../src/prerender.tsx'

/** What the CSP (scripts/vite-security.ts) would block or report in static markup. */
export function cspProblems(markup: string): string[] {
  const problems: string[] = []
  if (/<[a-z][^>]*\sstyle=/i.test(markup)) problems.push("a style attribute (style-src is 'self'; use a class or a data attribute)")
  if (/<script\b/i.test(markup)) problems.push('a <script> element')
  if (/<style\b/i.test(markup)) problems.push('a <style> element')
  if (/<[a-z][^>]*\son[a-z]+=/i.test(markup)) problems.push('an inline event handler')
  return problems
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/**
 * Moves the entry script, module preloads and fetch preloads from tags to `<html>` attributes for
 * public/boot.js (pure; unit-tested). Throws when the build's tags are not as expected.
 */
export function deferAppLoading(html: string): string {
  const entries = [...html.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g)]
  const [entry] = entries
  if (entries.length !== 1 || !entry) throw new Error(`prerender: expected one module script in index.html, found ${entries.length}`)
  const modules = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)]
  const fetches = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous" \/>\s*/g)]
  if (fetches.length > 1) throw new Error('prerender: boot.js loads at most one fetch preload')
  let out = html
  for (const m of [entry, ...modules, ...fetches]) out = out.replace(m[0], () => '')
  const attrs = [`data-entry="${attr(entry[1] ?? '')}"`]
  if (modules.length) attrs.push(`data-modulepreload="${attr(modules.map((m) => m[1]).join(' '))}"`)
  if (fetches[0]) attrs.push(`data-preload-fetch="${attr(fetches[0][1] ?? '')}"`)
  return out.replace(/<html([\s>])/, (_, after: string) => `<html ${attrs.join(' ')}${after}`)
}

/**
 * Puts the pre-rendered markup into index.html (pure; unit-tested): the view into #root, and the
 * loading skeleton as the first child of its <main>, hidden unless boot.js marks the link "skip"
 * (the header stays; the view, the footer and the nav's current view are hidden; see
 * src/app/prerender.css). The app removes the skeleton before it hydrates.
 */
export function injectPrerender(html: string, rendered: Prerendered, dataFingerprint: string, base: string): string {
  const root = '<div id="root"></div>'
  if (!html.includes(root)) throw new Error(`prerender: index.html has no empty ${root}`)
  if (!/<html[\s>]/.test(html)) throw new Error('prerender: index.html has no <html> tag')
  const mains = rendered.app.match(/<main\b[^>]*>/g) ?? []
  if (mains.length !== 1) throw new Error(`prerender: expected one <main> in the rendered view, found ${mains.length}`)
  // Replacer functions: the markup is data and may contain `$&` and the like.
  const app = rendered.app.replace(
    /<main\b[^>]*>/,
    (main) => `${main}<div id="boot-skeleton" class="boot-skeleton">${rendered.skeleton}</div>`,
  )
  return html
    .replace(/<html([\s>])/, (_, after: string) => `<html data-prerender-path="${attr(base)}"${after}`)
    .replace(root, () => `<div id="root" data-prerender-data="${attr(dataFingerprint)}">${app}</div>`)
}

/** The template's own page metadata, which a permanent page replaces with its own (src/pages/head.ts). */
const TEMPLATE_META = [
  /<title>[\s\S]*?<\/title>\s*/,
  /<meta\s+name="description"[\s\S]*?\/>\s*/,
  /<meta\s+property="og:[^"]*"[\s\S]*?\/>\s*/g,
  /<meta\s+name="twitter:[^"]*"[\s\S]*?\/>\s*/g,
]

/**
 * A permanent page from the finished index.html (pure; unit-tested): the page's head tags instead
 * of the template's title, description and preview tags; `data-prerender-path` set to the page's
 * path (public/boot.js shows the markup only at exactly that path, without a query); the page's
 * markup in #root, marked `data-prerender-page` so the app replaces rather than hydrates it
 * (src/app/mount.tsx), with the loading skeleton first in its <main> as for the default view.
 */
export function injectPage(indexHtml: string, page: { path: string; head: string; app: string }, skeleton: string): string {
  let html = indexHtml
  for (const re of TEMPLATE_META) {
    if (!re.test(html)) throw new Error(`prerender: index.html has no ${re.source}`)
    re.lastIndex = 0
    html = html.replace(re, '')
  }
  if (!html.includes('</head>')) throw new Error('prerender: index.html has no </head>')
  html = html.replace('</head>', () => `  ${page.head}\n  </head>`)
  if (!/ data-prerender-path="[^"]*"/.test(html)) throw new Error('prerender: index.html has no data-prerender-path')
  html = html.replace(/ data-prerender-path="[^"]*"/, () => ` data-prerender-path="${attr(page.path)}"`)
  const root = /<div id="root" data-prerender-data="([^"]*)">[\s\S]*<\/div>(\s*<\/body>)/
  const match = root.exec(html)
  if (!match) throw new Error('prerender: index.html has no pre-rendered #root before </body>')
  const mains = page.app.match(/<main\b[^>]*>/g) ?? []
  if (mains.length !== 1) throw new Error(`prerender: expected one <main> in the page ${page.path}, found ${mains.length}`)
  const app = page.app.replace(/<main\b[^>]*>/, (main) => `${main}<div id="boot-skeleton" class="boot-skeleton">${skeleton}</div>`)
  return html.replace(
    root,
    (_, fp: string, end: string) => `<div id="root" data-prerender-data="${fp}" data-prerender-page="">${app}</div>${end}`,
  )
}

/**
 * 404.html for static hosts that serve it for unknown paths: index.html (the app then names the
 * unknown path in a notice and shows the default view), titled and marked not to be indexed.
 */
export function notFoundPage(indexHtml: string): string {
  if (!/<title>[\s\S]*?<\/title>/.test(indexHtml)) throw new Error('prerender: index.html has no <title>')
  return indexHtml.replace(
    /<title>[\s\S]*?<\/title>/,
    () => '<title>Page not found — Parallax</title>\n    <meta name="robots" content="noindex" />',
  )
}

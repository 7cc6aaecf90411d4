/**
 * The physical limit for the first view: a plain HTML page (no JS) with the Compare view's content at
 * default filters — all 8 dimension rows, both plans, the first three provisions of each cell, as the
 * app shows them — taken from the built dataset with the app's own selector and styled with the app's
 * built CSS. Served by the same `vite preview` as the app, so only the rendering path differs.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Dataset } from '../../src/data/dataset-schema'
import { sectionPath, statusOf } from '../../src/lib/dataset-index'
import { indexDataset } from '../../src/lib/dataset-index'
import { relationLabels, statusLabels } from '../../src/lib/format'
import { selectCompareMatrix } from '../../src/lib/selectors'
import { defaultViewState } from '../../src/url-state/view-state'
import type { Provision } from '../../src/data/schema'
import { firstViewFiles, type Manifest } from './size'

const FIRST = 3

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function provisionHtml(p: Provision, d: Dataset): string {
  const index = indexDataset(d)
  const words =
    p.provenance === 'described' || (!p.text && !p.nativeText)
      ? `<div class="verbatim verbatim--described"><p class="verbatim__description">${escape(p.summary)}</p></div>`
      : `<div class="verbatim">${p.text ? `<blockquote class="verbatim__quote" lang="en"><p>${escape(p.text)}</p></blockquote>` : ''}${
          p.nativeText
            ? `<blockquote class="verbatim__quote verbatim__quote--native" lang="zh"><p>${escape(p.nativeText)}</p></blockquote>`
            : ''
        }</div>`
  return `<li><article class="provision"><h3 class="provision__title"><a href="/?sel=${p.id}">${escape(p.title)}</a></h3>${words}<p class="provision__meta"><span>${escape(
    sectionPath(index, p.sectionId),
  )}</span>${p.page !== undefined ? `<span>p. ${p.page}</span>` : ''}</p><p class="provision__badges"><span class="badge">${escape(statusLabels[statusOf(index, p.id)])}</span></p></article></li>`
}

export function staticCompareHtml(d: Dataset, stylesheets: readonly string[]): string {
  const matrix = selectCompareMatrix(d, defaultViewState)
  const head = matrix.plans.map(
    (p) =>
      `<th scope="col" class="matrix__plan matrix__plan--${p.id}">${escape(p.country)}<span class="matrix__plan-title">${escape(p.title)}</span></th>`,
  )
  const rows = matrix.rows.map((row) => {
    const note = row.comparison
      ? `<span class="badge">${escape(relationLabels[row.comparison.relation])}</span><p class="row-header__note">${escape(row.comparison.note)}</p>`
      : ''
    const cells = row.cells.map((cell) => {
      const list = cell.provisions.length
        ? `<ul class="provision-list">${cell.provisions
            .slice(0, FIRST)
            .map((p) => provisionHtml(p, d))
            .join('')}</ul>`
        : '<p class="matrix__empty">Not addressed in this plan</p>'
      return `<td class="matrix__cell matrix__cell--${cell.plan.id}">${list}</td>`
    })
    return `<tr><th scope="row" class="matrix__row-header"><div class="row-header"><h2 class="row-header__title">${escape(row.dimension.label)}</h2>${note}</div></th>${cells.join('')}</tr>`
  })
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Parallax — static Compare page (bench baseline)</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="/${href}">`).join('\n')}
</head>
<body>
<div class="app">
<header class="site-header"><div class="site-header__brand"><a href="/" class="site-header__logo">Parallax</a><p class="site-header__tagline">The US and China AI action plans of July 2025, side by side</p></div></header>
<main id="main"><div class="compare"><section class="compare__main"><div class="compare__intro"><h1>Compare the plans</h1><p class="compare__count">Showing ${matrix.shown} provisions of ${matrix.total} across ${matrix.rows.length} dimensions.</p></div>
<table class="matrix" aria-label="Side-by-side comparison"><thead><tr><th scope="col" class="matrix__corner">Dimension</th>${head.join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section></div></main>
</div>
</body>
</html>
`
}

/** Writes index.html plus the build's CSS and non-JS assets (fonts, images) into `dir`; returns the HTML size. */
export function writeStaticPage(outDir: string, dir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest
  const dataset = Dataset.parse(JSON.parse(readFileSync(path.join(outDir, 'api/v1/dataset.json'), 'utf8')))
  mkdirSync(path.join(dir, 'assets'), { recursive: true })
  for (const f of readdirSync(path.join(outDir, 'assets')).filter((f) => !f.endsWith('.js'))) {
    copyFileSync(path.join(outDir, 'assets', f), path.join(dir, 'assets', f))
  }
  const html = staticCompareHtml(dataset, firstViewFiles(manifest).css)
  writeFileSync(path.join(dir, 'index.html'), html)
  return html.length
}

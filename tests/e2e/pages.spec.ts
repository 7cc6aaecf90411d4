/**
 * Permanent pages (docs/url-contract.md, "Permanent pages"): one pre-rendered page per provision,
 * event, dimension, chart and plan, complete without JavaScript, with its own metadata; with
 * JavaScript the app takes over at the state the path means.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { loadDataset } from '../../src/data/index'
import { chartIds } from '../../src/url-state/view-state'
import { expect, expectNoAxeViolations, matrix, test } from './fixtures'

const data = loadDataset()
/** The origin the build wrote into absolute URLs (PARALLAX_ORIGIN; scripts/vite-prerender.ts). */
const ORIGIN = process.env.PARALLAX_ORIGIN ?? 'http://127.0.0.1:4173'
const dist = path.resolve('dist')

async function withoutJs<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    return await run(await context.newPage())
  } finally {
    await context.close()
  }
}

const metaContent = (page: Page, name: string) => page.locator(`meta[name="${name}"], meta[property="${name}"]`).getAttribute('content')

test('every provision, event, dimension, chart and plan has a page file in dist, and 404.html, sitemap, robots and feeds exist', () => {
  const ids = [
    ...data.provisions.map((p) => `provisions/${p.id}`),
    ...data.events.map((e) => `events/${e.id}`),
    ...data.dimensions.map((d) => `dimensions/${d.id}`),
    ...chartIds.map((c) => `charts/${c}`),
    ...data.plans.map((p) => `plans/${p.id}`),
  ]
  const missing = ids.filter((id) => !existsSync(path.join(dist, id, 'index.html')))
  expect(missing).toEqual([])
  for (const file of ['404.html', 'sitemap.xml', 'robots.txt', 'feeds/releases.atom', 'feeds/events.atom']) {
    expect(existsSync(path.join(dist, file)), file).toBe(true)
  }
  const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8')
  expect(sitemap.match(/<loc>/g)).toHaveLength(ids.length + 1)
  // The only inline script a page carries is its JSON-LD data block (the CSP blocks inline scripts).
  const html = readFileSync(path.join(dist, 'provisions/us-3-3-1/index.html'), 'utf8')
  expect([...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/gi)].map((m) => m[0])).toEqual(['<script type="application/ld+json">'])
})

test('without JavaScript, a provision page shows its words, section, page, provenance, status, sources and metadata', async ({
  browser,
}) => {
  await withoutJs(browser, async (page) => {
    await page.goto('/provisions/us-3-3-1/')
    const p = data.provisions.find((x) => x.id === 'us-3-3-1')
    await expect(page.getByRole('heading', { level: 1, name: p?.title })).toBeVisible()
    await expect(page.locator('blockquote').first()).toHaveText(p?.text ?? '')
    await expect(page.getByText('Pillar III, section 3 › Strengthen AI Compute Export Control Enforcement').first()).toBeVisible()
    await expect(page.getByText('p. 21', { exact: true })).toBeVisible()
    await expect(page.locator('[data-provenance="verbatim-official"]').first()).toBeVisible()
    await expect(page.locator('.page__facts [data-status]')).toBeVisible()
    await expect(page.locator('.source-list a')).toHaveCount(p?.sourceIds.length ?? -1)
    await expect(page.getByText(/^Last changed in data version /)).toBeVisible()
    await expect(page.locator('#boot-skeleton')).toBeHidden()
    await expect(page).toHaveTitle(`${p?.title} — US plan, Pillar III, section 3, p. 21 — Parallax`)
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${ORIGIN}/provisions/us-3-3-1/`)
    expect(await metaContent(page, 'og:url')).toBe(`${ORIGIN}/provisions/us-3-3-1/`)
    expect(await metaContent(page, 'og:image')).toBe(`${ORIGIN}/og/provisions/us-3-3-1.png`)
    expect(await metaContent(page, 'citation_author')).toBe('The White House')
    expect(await metaContent(page, 'citation_publication_date')).toBe('2025/07/23')
    expect(await metaContent(page, 'citation_firstpage')).toBe('21')
    expect(await page.locator('meta[name="description"]').count()).toBe(1)
  })
})

test('without JavaScript, a described provision is never shown as a quote', async ({ browser }) => {
  const p = data.provisions.find((x) => x.provenance === 'described')
  await withoutJs(browser, async (page) => {
    await page.goto(`/provisions/${p?.id}/`)
    await expect(page.getByRole('heading', { level: 1, name: p?.title })).toBeVisible()
    await expect(page.locator('blockquote')).toHaveCount(0)
    await expect(page.locator('[data-provenance="described"]').first()).toHaveText('Described, not quoted')
  })
})

test('without JavaScript, event, dimension, chart and plan pages show their content and metadata', async ({ browser }) => {
  const event = [...data.events].sort((a, b) => b.date.localeCompare(a.date))[0]
  await withoutJs(browser, async (page) => {
    await page.goto(`/events/${event?.id}/`)
    await expect(page.getByRole('heading', { level: 1, name: event?.title })).toBeVisible()
    await expect(page.getByText(event?.summary ?? '', { exact: true })).toBeVisible()
    await expect(page.locator('[data-verification]')).toBeVisible()
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${ORIGIN}/events/${event?.id}/`)

    await page.goto('/dimensions/chips/')
    await expect(page.getByRole('heading', { level: 1, name: 'Chips & compute' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'How the plans compare (analyst note)' })).toBeVisible()
    const chips = data.provisions.filter((p) => p.primary === 'chips')
    await expect(page.locator('.page__provision')).toHaveCount(chips.length)
    await expect(page).toHaveTitle('Chips & compute: the US and China AI action plans compared — Parallax')

    await page.goto('/charts/orientation/')
    await expect(page.getByRole('heading', { level: 1, name: 'Orientation profile' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'In words' })).toBeVisible()
    await expect(page.getByRole('table')).toBeVisible()
    expect(await metaContent(page, 'og:title')).toBe('Orientation profile')

    await page.goto('/plans/us/')
    await expect(page.getByRole('heading', { level: 1, name: 'Winning the Race: America’s AI Action Plan' })).toBeVisible()
    await expect(page.locator('.page__provision')).toHaveCount(data.provisions.filter((p) => p.planId === 'us').length)
    expect(await metaContent(page, 'citation_title')).toBe('Winning the Race: America’s AI Action Plan')
  })
})

test('with JavaScript, a provision page becomes the app with the detail panel open; Copy link gives the permanent path', async ({
  page,
  context,
  watch,
}) => {
  void watch
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const p = data.provisions.find((x) => x.id === 'us-3-3-1')
  await page.goto('/provisions/us-3-3-1/?plans=us')
  await expect(page.locator('html')).toHaveAttribute('data-app', 'rendered')
  await expect(page.getByRole('complementary', { name: p?.title })).toBeVisible()
  await expect(matrix(page)).toBeVisible()
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/provisions/us-3-3-1/?plans=us')
  // The open detail panel covers the header on narrow screens: the keyboard reaches it anyway.
  await page.getByRole('button', { name: 'Copy link' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible()
  const origin = new URL(page.url()).origin
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/provisions/us-3-3-1/?plans=us`)
  // Closing the panel leaves the permanent page for the filtered view.
  await page.getByRole('button', { name: 'Close details' }).click()
  await expect(page).toHaveURL(`${origin}/?plans=us`)
})

test('with JavaScript, a chart page focuses that chart', async ({ page, watch }) => {
  void watch
  await page.goto('/charts/orientation/')
  await expect(page.locator('html')).toHaveAttribute('data-app', 'rendered')
  await expect(page.getByRole('figure')).toHaveCount(1)
  await expect(page.getByRole('figure', { name: 'Orientation profile' })).toBeVisible()
  await expect(page.getByRole('button', { name: /Show all charts/ })).toBeVisible()
})

test('an old ?sel= link keeps working and moves to the permanent path', async ({ page, watch }) => {
  void watch
  await page.goto('/?sel=us-3-3-1')
  await expect(page.getByRole('complementary')).toBeVisible()
  await expect(page).toHaveURL(/\/provisions\/us-3-3-1\/$/)
})

test('an unknown path names itself in a notice and shows the default view', async ({ page, watch }) => {
  void watch
  await page.goto('/provisions/us-9-9-9/')
  await expect(page.getByText(/sel: “us-9-9-9” is not a provision in this data/)).toBeVisible()
  await expect(matrix(page)).toBeVisible()
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/)
})

test('the static page itself (the app’s code held back) has no axe violations, and badges an altered copy', async ({ page }) => {
  test.slow()
  // axe needs JavaScript in the page; holding back only the app's code keeps the pre-rendered page on screen.
  await page.route('**/assets/*.js', (route) => route.abort())
  await page.goto('/provisions/cn-2-3/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('[data-provenance="altered-copy"]').first()).toHaveText('Altered copy, not official wording')
  await expect(page.locator('blockquote')).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('with JavaScript, a provision page has no axe violations once the app has taken over', async ({ page, watch }) => {
  void watch
  test.slow()
  await page.goto('/provisions/us-3-3-1/')
  await expect(page.locator('html')).toHaveAttribute('data-app', 'rendered')
  await expectNoAxeViolations(page)
})

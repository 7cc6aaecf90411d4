/**
 * Print (the deck one slide per page, Compare one dimension per page) measured on Chromium's own
 * PDF output, and the chromeless embed view with its share snippet (docs/architecture.md § Print,
 * share and embed).
 */
import { writeFileSync, mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, matrix, test } from './fixtures'

/** Page objects in a PDF (`/Type /Page`, not `/Pages`), cross-checked with the page tree's /Count. */
function pdfPages(pdf: Buffer): number {
  const text = pdf.toString('latin1')
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]))
  if (counts.length) expect(Math.max(...counts), 'the page tree /Count').toBe(pages)
  return pages
}

async function printToPdf(page: Page, name: string): Promise<number> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  mkdirSync('test-results', { recursive: true })
  writeFileSync(`test-results/${name}.pdf`, pdf)
  const pages = pdfPages(pdf)
  test.info().annotations.push({ type: 'pdf pages', description: `${name}: ${pages}` })
  return pages
}

test('printing a deck gives one page per slide', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=chips~robotics~security&present=1&slide=2')
  await expect(page.getByRole('dialog', { name: 'Presentation' })).toBeVisible()
  const slides = await page.locator('.slide').count()
  expect(slides).toBe(8) // title, 3 dimensions, 3 charts, sources
  expect(await printToPdf(page, 'deck-3-dimensions')).toBe(slides)

  await page.goto('/?present=1')
  await expect(page.locator('.slide')).toHaveCount(13)
  expect(await printToPdf(page, 'deck-all-dimensions')).toBe(13)
})

test('printing the Compare view starts each dimension on a new page, without app chrome', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=chips~robotics~security')
  await expect(matrix(page)).toBeVisible()
  // Every matching provision prints, expanded (read.spec.ts), so a long dimension runs over pages.
  expect(await printToPdf(page, 'compare-3-dimensions')).toBeGreaterThanOrEqual(3)

  await page.emulateMedia({ media: 'print' })
  for (const hidden of [
    page.getByRole('banner'),
    page.getByRole('navigation', { name: 'Views' }),
    page.getByRole('group', { name: 'Dimensions' }),
  ]) {
    await expect(hidden).toBeHidden()
  }
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden()
  const link = page.locator('.matrix a[href^="http"]').first()
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content)
  expect(after).toBe(`" (${await link.getAttribute('href')})"`)
  const row = await page
    .locator('.matrix tbody tr')
    .first()
    .evaluate((tr) => getComputedStyle(tr).breakAfter)
  expect(row).toBe('page')
})

test('embed=1 shows the view without header, navigation or controls, and links back', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=chips&embed=1')
  await expect(matrix(page)).toBeVisible()
  await expect(page.getByRole('navigation')).toHaveCount(0)
  await expect(page.getByRole('banner')).toHaveCount(0)
  await expect(page.getByRole('group', { name: 'Dimensions' })).toBeHidden()
  await expect(page.getByRole('searchbox', { name: 'Search provisions' })).toBeHidden()
  for (const name of ['Present', 'Copy link', 'Share', 'Reset filters', 'Download CSV']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeHidden()
  }
  const open = page.getByRole('link', { name: /^Open in Parallax/ })
  await expect(open).toHaveAttribute('href', new URL('/?dims=chips', page.url()).href)
  await expect(open).toHaveAttribute('target', '_blank')
  await expectNoAxeViolations(page)
})

test('the share menu offers an iframe snippet that embeds the view, and keeps Copy link', async ({ page, context, watch }) => {
  void watch
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/?dims=robotics')
  await expect(matrix(page)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible()
  const share = page.getByRole('button', { name: 'Share' })
  await share.click()
  await expect(share).toHaveAttribute('aria-expanded', 'true')
  const code = page.getByRole('textbox', { name: 'Embed this view in a web page' })
  const snippet = await code.inputValue()
  const origin = new URL(page.url()).origin
  expect(snippet).toBe(
    `<iframe src="${origin}/?dims=robotics&amp;embed=1" title="Parallax: US and China AI action plans, side-by-side comparison" width="100%" height="640" style="border:0" loading="lazy"></iframe>`,
  )
  await page.getByRole('button', { name: 'Copy embed code' }).click()
  await expect(page.getByText('Embed code copied to the clipboard.')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet)
  await page.keyboard.press('Escape')
  await expect(code).toHaveCount(0)
  await expect(share).toBeFocused()

  // The snippet, pasted into someone else's page (served here on loopback: Chromium blocks a public
  // page from framing a local address), shows the chromeless view.
  await page.route('**/host-page.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>Host</title><body>${snippet}</body></html>` }),
  )
  await page.goto('/host-page.html')
  const frame = page.frameLocator('iframe')
  await expect(frame.getByRole('table', { name: 'Side-by-side comparison' })).toBeVisible()
  await expect(frame.getByRole('navigation')).toHaveCount(0)
  await expect(frame.getByRole('link', { name: /^Open in Parallax/ })).toBeVisible()
})

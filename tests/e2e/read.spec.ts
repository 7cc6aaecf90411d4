/**
 * A shared link says what it shows, exports fit for use, print and the smaller link fixes
 * (docs/architecture.md § Views and what they promise; docs/url-contract.md § Lists).
 */
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, matrix, test } from './fixtures'

interface Api {
  meta: { version: string }
  provisions: { id: string; planId: string; title: string; primary: string; secondary?: string[] }[]
}

async function api(page: Page): Promise<Api> {
  const res = await page.request.get('/api/v1/dataset.json')
  return (await res.json()) as Api
}

const applied = (page: Page) => page.getByRole('region', { name: 'Applied filters' })

test('a shared filtered link shows its filters as text on a 360 px phone, on Compare and Charts', async ({ page, watch }) => {
  void watch
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 360, height: 740 })
  for (const [url, text] of [
    ['/?dims=chips~open-weights&q=export', 'Chips & compute · Open source & open weights · ‘export’'],
    ['/?view=charts&dims=chips~open-weights', 'Chips & compute · Open source & open weights'],
  ] as const) {
    await page.goto(url)
    const line = applied(page)
    await expect(line).toBeVisible({ timeout: 30_000 })
    const labels = await line.getByRole('button', { name: /^Remove filter: / }).allTextContents()
    expect(labels.map((l) => l.replace('✕', '').trim()).join(' · ')).toBe(text)
    // Without opening the filter panel, on the first screen.
    await expect(page.getByRole('group', { name: 'Dimensions' })).toBeHidden()
    const box = await line.boundingBox()
    expect(box && box.y + box.height).toBeLessThanOrEqual(740)
    expect(box && box.x + box.width).toBeLessThanOrEqual(360)
    await expect(page).toHaveTitle(`${text.replaceAll(' · ', ', ')} — ${url.includes('charts') ? 'Charts' : 'Compare'} — Parallax`)
  }
  await expect(page.getByRole('heading', { name: 'Charts', level: 1 })).toBeVisible({ timeout: 30_000 })
  await expectNoAxeViolations(page)
})

test('the chips remove filters one by one and update the URL; Clear all clears them', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=chips~open-weights&q=export')
  await expect(matrix(page)).toBeVisible()
  await expectNoAxeViolations(page)
  await applied(page).getByRole('button', { name: 'Remove filter: Chips & compute' }).click()
  await expect(page).toHaveURL(/\?dims=open-weights&q=export$/)
  await expect(page).toHaveTitle('Open source & open weights, ‘export’ — Compare — Parallax')
  await applied(page).getByRole('button', { name: 'Remove filter: ‘export’' }).click()
  await expect(page).toHaveURL(/\?dims=open-weights$/)
  await expect(page.getByRole('searchbox', { name: 'Search provisions' })).toHaveValue('')
  await applied(page).getByRole('button', { name: 'Clear all' }).click()
  expect(new URL(page.url()).search).toBe('')
  await expect(applied(page)).toHaveCount(0)
})

test('lists typed with , or + become ~ lists; near-miss views open the right view', async ({ page, watch }) => {
  void watch
  test.setTimeout(120_000)
  for (const [url, canonical] of [
    ['/?dims=chips,open-weights', '?dims=chips~open-weights'],
    ['/?dims=chips%2Copen-weights', '?dims=chips~open-weights'],
    ['/?dims=chips+open-weights', '?dims=chips~open-weights'],
    ['/?dims=chips%2Bopen-weights', '?dims=chips~open-weights'],
  ] as const) {
    await page.goto(url)
    await expect(matrix(page)).toBeVisible()
    await expect(matrix(page).getByRole('rowheader')).toHaveCount(2)
    expect(new URL(page.url()).search).toBe(canonical)
  }
  for (const url of ['/?view=chart', '/?view=charts/']) {
    await page.goto(url)
    await expect(page.getByRole('heading', { name: 'Charts', level: 1 })).toBeVisible({ timeout: 30_000 })
    expect(new URL(page.url()).search).toBe('?view=charts')
  }
})

test('a near-miss id gets a “did you mean”, by its label', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=chip~robotics')
  await expect(matrix(page)).toBeVisible()
  const notice = page.getByRole('status').filter({ hasText: 'Parts of this link were ignored or corrected' })
  await expect(notice).toContainText('dims: ignored “chip” (not a dimension; did you mean “Chips & compute”?)')
  expect(new URL(page.url()).search).toBe('?dims=robotics')
  await expectNoAxeViolations(page)
})

test('a shared selection scrolls its card into view and marks it', async ({ page, watch }) => {
  void watch
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto('/?sel=cn-12-2')
  const card = matrix(page).locator('[data-provision="cn-12-2"]').first()
  await expect(card).toHaveClass(/provision--selected/)
  await expect(card).toBeInViewport()
})

test('printing Compare prints every provision that matches the filters, expanded', async ({ page, watch }) => {
  void watch
  const data = await api(page)
  const dims = ['chips', 'open-weights']
  await page.goto(`/?dims=${dims.join('~')}`)
  await expect(matrix(page)).toBeVisible()
  const primary = data.provisions.filter((p) => dims.includes(p.primary))
  const secondary = data.provisions.filter((p) => !dims.includes(p.primary) && (p.secondary ?? []).some((s) => dims.includes(s)))
  // On screen, long cells are cut ("Show N more") and secondary lists are closed.
  const onScreen = await matrix(page).locator('.provision:visible').count()
  expect(onScreen).toBeLessThan(primary.length + secondary.length)
  await page.emulateMedia({ media: 'print' })
  for (const p of [...primary, ...secondary]) {
    const card = matrix(page).locator(`[data-provision="${p.id}"]`).first()
    await expect(card, p.id).toBeVisible()
    await expect(card.locator('.provision__title'), p.id).toHaveText(p.title)
  }
  await expect(matrix(page).getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0)
  await expect(applied(page)).toBeVisible()
  await expect(applied(page)).toContainText('Chips & compute')
  const pdf = await page.pdf({ preferCSSPageSize: true })
  expect(pdf.byteLength).toBeGreaterThan(10_000)
  await page.emulateMedia({ media: 'screen' })
  await expect(matrix(page).locator('.provision:visible')).toHaveCount(onScreen)
})

test('Copy citation shows what it copied and cites the clean provision URL', async ({ page, context, watch }) => {
  void watch
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/?dims=chips&q=export&sel=us-3-3-1')
  const panel = page.getByRole('complementary')
  await panel.getByRole('button', { name: 'Copy citation' }).click()
  const shown = panel.locator('.copy-button__copied-text')
  await expect(shown).toBeVisible()
  const origin = new URL(page.url()).origin
  await expect(shown).toContainText(`as us-3-3-1: ${origin}/provisions/us-3-3-1/.`)
  await expect(shown).not.toContainText('q=export')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await shown.textContent())
  await expectNoAxeViolations(page)
})

test('the provisions download is a zip named after the filters, with a README and a plain CSV', async ({ page, watch }) => {
  void watch
  const data = await api(page)
  await page.goto('/?dims=chips~open-weights&q=export')
  await expect(matrix(page)).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download provisions (CSV + README, zip)' }).click(),
  ])
  const stem = `parallax-provisions_chips-open-weights_q-export_${data.meta.version}`
  expect(download.suggestedFilename()).toBe(`${stem}.zip`)
  const files = unzipSync(new Uint8Array(readFileSync((await download.path()) ?? '')))
  expect(Object.keys(files).sort()).toEqual(['README.md', `${stem}.csv`])
  const readme = strFromU8(files['README.md'] ?? new Uint8Array())
  expect(readme).toContain('Filtered to: Chips & compute · Open source & open weights · ‘export’\n')
  expect(readme).toContain(`Data version: ${data.meta.version}`)
  const csv = strFromU8(files[`${stem}.csv`] ?? new Uint8Array()).trimEnd()
  const lines = csv.split('\r\n')
  expect(lines[0]).toMatch(/^id,plan,section,page,title,text,/)
  expect(csv).not.toContain('Source: Parallax dataset')
  await expect(page.getByRole('status').filter({ hasText: `Downloaded ${stem}.zip` })).toBeVisible()
})

test('a context indicator downloads on its own, as a zip with a README', async ({ page, watch }) => {
  void watch
  test.setTimeout(120_000)
  await page.goto('/?view=charts&chart=indicators')
  const button = page.getByRole('button', { name: /^Download data: / }).first()
  await expect(button).toBeVisible({ timeout: 30_000 })
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  expect(download.suggestedFilename()).toMatch(/^parallax-indicator_[a-z0-9-]+_[0-9.-]+\.zip$/)
  const files = unzipSync(new Uint8Array(readFileSync((await download.path()) ?? '')))
  expect(Object.keys(files)).toContain('README.md')
  expect(strFromU8(files['README.md'] ?? new Uint8Array())).toMatch(/^# Parallax context indicator: /)
})

test('the badge legend opens from Compare and the Timeline, by keyboard, and passes axe', async ({ page, watch }) => {
  void watch
  test.setTimeout(90_000)
  for (const url of ['/?dims=chips', '/?view=timeline']) {
    await page.goto(url)
    const summary = page.getByText('What the badges mean')
    await expect(summary).toBeVisible({ timeout: 30_000 })
    await summary.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByText('No implementing act is recorded in this data.', { exact: false })).toBeVisible()
    await expectNoAxeViolations(page)
  }
  await expect(page.locator('.badge-legend dt').last()).toHaveText('Unverified')
})

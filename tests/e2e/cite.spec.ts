import { expect, expectNoAxeViolations, test } from './fixtures'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })
// Formatting with citeproc and an axe run on the full Compare matrix take a while on a loaded machine.
test.describe.configure({ timeout: 120_000 })

test('Cite on a provision: six formats, Copy BibTeX puts the BibTeX on the clipboard, Esc returns focus; axe clean', async ({
  page,
  watch,
}) => {
  void watch
  await page.goto('/?sel=us-3-3-1')
  const panel = page.locator('aside.detail')
  const cite = panel.getByRole('button', { name: 'Cite provision us-3-3-1' })
  await cite.click()
  const menu = panel.getByRole('group', { name: 'Cite provision us-3-3-1' })
  const bibtex = menu.getByLabel('BibTeX citation')
  await expect(bibtex).toContainText('@misc{parallax_us_3_3_1,')
  const origin = new URL(page.url()).origin
  await expect(bibtex).toContainText(`url = {${origin}/provisions/us-3-3-1/}`)
  await expect(menu.getByLabel('APA (7th edition) citation')).toContainText('The White House. (2025, July 23). Winning the Race')
  await menu.getByRole('button', { name: 'Copy BibTeX' }).click()
  await expect(menu.getByText('BibTeX copied to the clipboard.')).toBeVisible()
  const clip = await page.evaluate(() => navigator.clipboard.readText())
  expect(clip).toBe(await bibtex.textContent())
  expect(clip).toMatch(/^@misc\{parallax_us_3_3_1,[\s\S]*title = \{Winning the \{Race\}/)
  await expectNoAxeViolations(page)
  await menu.getByRole('button', { name: 'Copy RIS' }).focus()
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
  await expect(cite).toBeFocused()
  await expect(panel).toBeVisible()
})

test('the citation code is not loaded until Cite opens', async ({ page, watch }) => {
  void watch
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url())
  })
  await page.goto('/?sel=us-3-3-1')
  await expect(page.locator('aside.detail')).toBeVisible()
  const before = scripts.length
  await page.locator('aside.detail').getByRole('button', { name: 'Cite provision us-3-3-1' }).click()
  await expect(page.getByLabel('RIS citation')).toContainText('TY  - ELEC')
  expect(scripts.length).toBeGreaterThan(before)
})

test('an earlier data version opens with its notice, and the link to the current data drops v', async ({ page, watch }) => {
  void watch
  await page.goto('/?v=2026.11.28-2')
  const notice = page.getByRole('note', { name: 'Earlier data version' })
  await expect(notice).toContainText(
    /You are viewing the data as of 28 November 2026 \(version 2026\.11\.28-2\); \d+ records changed since — see what changed\./,
  )
  await expect(page.getByText(/Data 2026\.11\.28-2, as of/)).toBeVisible()
  await expectNoAxeViolations(page)
  await notice.getByRole('link', { name: 'View the current data' }).click()
  await expect(page).toHaveURL(/\/$/)
  await expect(notice).toHaveCount(0)
  await expect(page.getByText(/Data 2026\.12\.06-1, as of/)).toBeVisible()
})

test('the archived releases are served as JSON', async ({ request }) => {
  const res = await request.get('/api/v1/versions/2026.11.28-2/dataset.json')
  expect(res.status()).toBe(200)
  const json = (await res.json()) as { meta: { version: string } }
  expect(json.meta.version).toBe('2026.11.28-2')
})

test('each page kind has its 1200×630 preview image', async ({ request }) => {
  for (const path of [
    '/og/provisions/us-3-3-1.png',
    '/og/provisions/cn-1-1.png',
    '/og/charts/orientation.png',
    '/og/events/deepseek-r1-release.png',
    '/og/site.png',
  ]) {
    const res = await request.get(path)
    expect(res.status(), path).toBe(200)
    const png = await res.body()
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630])
  }
})

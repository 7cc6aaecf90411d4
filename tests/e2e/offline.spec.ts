/**
 * Offline after the first visit (docs/architecture.md § Service worker): Workbox precaches the
 * build and the dataset. playwright.config.ts blocks service workers for every other spec (they
 * intercept requests with page.route, which a worker would bypass); this spec allows them, so the
 * app registers its worker exactly as it does for any visitor.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, matrix, rowTitles, test } from './fixtures'

test.use({ serviceWorkers: 'allow' })

test('the build precaches the app and a revisioned dataset, and registers no inline script', () => {
  const dist = path.resolve('dist')
  const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8')
  expect(sw).toMatch(/url:\s*"api\/v1\/dataset\.json",\s*revision:\s*"[0-9a-f]{16,}"/)
  expect(sw).toMatch(/url:\s*"index\.html"/)
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
  expect(html).not.toContain('registerSW')
  expect(html).not.toMatch(/<script>(?!<\/script>)/)
  expect(html).not.toContain('rel="manifest"')
})

test('after a first visit, a reload with no network shows the Compare view with data, and decks still open', async ({
  page,
  context,
  watch,
}) => {
  watch.allowConsole.push(/ERR_INTERNET_DISCONNECTED|Failed to load resource/)
  await page.goto('/?dims=chips~open-weights')
  await expect(matrix(page)).toBeVisible()
  // Installed (everything precached) and active; a reload puts the page under its control.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

  await context.setOffline(true)
  expect(await page.evaluate(() => navigator.onLine)).toBe(false)
  await page.reload()
  await expect(matrix(page)).toBeVisible()
  expect(await rowTitles(page)).toEqual(['Chips & compute', 'Open source & open weights'])
  await expect(page.getByText(/^Showing \d+ provisions of \d+ across 2 dimensions/)).toBeVisible()

  // A deck link (another URL, lazily loaded presentation code) also opens offline.
  await page.goto('/?dims=robotics&present=1&slide=2')
  await expect(page.getByRole('dialog', { name: 'Presentation' })).toBeVisible()
  await expect(page.locator('.slide--current h1')).toHaveText('Robotics & physical AI')
  await context.setOffline(false)
})

test('a newer build waits quietly until the briefer chooses Reload', async ({ page, watch }) => {
  void watch
  const swPath = path.resolve('dist', 'sw.js')
  const original = readFileSync(swPath, 'utf8')
  await page.goto('/?dims=chips')
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  const notice = page.getByText('A newer version is available')
  await expect(notice).toHaveCount(0)
  try {
    // A new deployment: any change to the build changes the generated worker.
    writeFileSync(swPath, `${original}\n// a newer build\n`)
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await expect(notice).toBeVisible()
    await expect(matrix(page)).toBeVisible() // nothing changed under the briefer
    const reloaded = page.waitForEvent('framenavigated')
    await page.getByRole('button', { name: 'Reload' }).click()
    await reloaded
    await expect(matrix(page)).toBeVisible()
    await expect(notice).toHaveCount(0)
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull()
  } finally {
    writeFileSync(swPath, original)
  }
})

test('the worker registers by itself, only once the first view has settled', async ({ page, watch }) => {
  void watch
  await page.goto('/')
  await expect(matrix(page)).toBeVisible()
  await page.waitForLoadState('load')
  // Not during the first view: registration waits 4 s after load, then for an idle moment.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 15_000 }).toBe(1)
})

test.describe('with service workers blocked, as in every other spec', () => {
  test.use({ serviceWorkers: 'block' })

  test('the app still works and no worker is installed, so page.route sees every request', async ({ page, watch }) => {
    void watch
    await page.goto('/?dims=chips')
    await expect(matrix(page)).toBeVisible()
    await page.waitForLoadState('load')
    await page.waitForTimeout(6500) // registration is attempted 4 s after load, when idle
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()
    await expect(matrix(page)).toBeVisible()
  })
})

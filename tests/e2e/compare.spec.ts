import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, expectNoAxeViolations, matrix, rowTitles, test } from './fixtures'

test('a filtered link round-trips through a reload', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=chips~open-weights&q=export')
  await expect(matrix(page)).toBeVisible()
  expect(await rowTitles(page)).toEqual(['Chips & compute', 'Open source & open weights'])
  await expect(page.getByRole('searchbox', { name: 'Search provisions' })).toHaveValue('export')
  await page.reload()
  await expect(matrix(page)).toBeVisible()
  expect(page.url()).toMatch(/\?dims=chips~open-weights&q=export$/)
  expect(await rowTitles(page)).toEqual(['Chips & compute', 'Open source & open weights'])
})

test('Back and Forward move between views and selections', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=chips')
  await expect(matrix(page)).toBeVisible()
  await page.getByRole('link', { name: 'Sources' }).click()
  await expect(page.getByRole('heading', { name: 'Sources and method', level: 1 })).toBeVisible()
  expect(new URL(page.url()).search).toBe('?view=sources&dims=chips')
  await page.goBack()
  await expect(matrix(page)).toBeVisible()
  expect(new URL(page.url()).search).toBe('?dims=chips')
  await page.goForward()
  await expect(page.getByRole('heading', { name: 'Sources and method', level: 1 })).toBeVisible()
  await page.goBack()
  const first = matrix(page).locator('.provision__title a').first()
  const title = (await first.textContent()) ?? ''
  await first.click()
  await expect(page.getByRole('complementary', { name: title })).toBeVisible()
  // An open provision lives at its permanent page, the filters in the query (docs/url-contract.md).
  expect(new URL(page.url()).pathname).toMatch(/^\/provisions\/us-/)
  expect(new URL(page.url()).search).toBe('?dims=chips')
  await page.goBack()
  await expect(page.getByRole('complementary', { name: title })).toHaveCount(0)
})

test('a hostile link shows a notice, normalises the URL and raises no page error', async ({ page, watch }) => {
  void watch
  await page.goto(
    `/?view=%3Cimg%20src=x%20onerror=alert(1)%3E&dims=chips~%3Cscript%3E&q=${'a'.repeat(5000)}&plans=us&plans=cn&utm_source=x`,
  )
  await expect(matrix(page)).toBeVisible()
  const notice = page.getByRole('status').filter({ hasText: 'Parts of this link were ignored or corrected' })
  await expect(notice).toContainText('is not a view')
  await expect(notice).toContainText('appeared 2 times')
  await expect(notice).toContainText('shortened the search to 200 characters')
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  const search = new URL(page.url()).search
  expect(search).toBe(`?plans=us&dims=chips&q=${'a'.repeat(200)}`)
  await notice.getByRole('button', { name: 'Dismiss notice' }).click()
  await expect(notice).toHaveCount(0)
})

test('a failed API call shows Retry, which recovers', async ({ page, watch }) => {
  watch.allowConsole.push(/503|Failed to load resource/)
  let fail = true
  await page.route('**/api/v1/dataset.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()))
  await page.goto('/?dims=robotics')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The data server answered 503', { timeout: 15_000 })
  fail = false
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(matrix(page)).toBeVisible()
  expect(await rowTitles(page)).toEqual(['Robotics & physical AI'])
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('search finds a provision by a word in its verbatim text', async ({ page, watch }) => {
  void watch
  await page.goto('/')
  await expect(matrix(page)).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search provisions' }).fill('location verification')
  await expect(page).toHaveURL(/\?q=location%20verification$/)
  await expect(page.getByText(/^Showing \d+ provisions? of \d+ across 8 dimensions matching “location verification”/)).toBeVisible()
  await expect(matrix(page).locator('blockquote').filter({ hasText: 'location verification' }).first()).toBeVisible()
})

test('the Compare view has no axe violations, with a provision open too', async ({ page, watch }) => {
  void watch
  await page.goto('/')
  await expect(matrix(page)).toBeVisible()
  await expectNoAxeViolations(page)
  await page.goto('/?sel=us-3-3-1')
  await expect(page.getByRole('complementary')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the Sources view has no axe violations', async ({ page, watch }) => {
  void watch
  await page.goto('/?view=sources')
  await expect(page.getByRole('heading', { name: 'Bibliography' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a 360 px phone shows the matrix without horizontal scroll', async ({ page, watch }) => {
  void watch
  await page.setViewportSize({ width: 360, height: 740 })
  for (const url of ['/', '/?sel=us-1-3-2', '/?view=sources']) {
    await page.goto(url)
    await expect(page.locator('main')).not.toBeEmpty()
    await page.waitForLoadState('networkidle')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, url).toBeLessThanOrEqual(0)
  }
})

test('the production build contains no MSW code and preloads the dataset', async () => {
  const dist = path.resolve('dist')
  const files = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'))
  const offenders = files.filter((f) => /mockServiceWorker|setupWorker|\[MSW\]/.test(readFileSync(path.join(dist, 'assets', f), 'utf8')))
  expect(offenders).toEqual([])
  expect(readdirSync(dist)).not.toContain('mockServiceWorker.js')
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
  // boot.js preloads the dataset (at once for filtered links, after first paint for the pre-rendered default view).
  expect(html).toContain('data-preload-fetch="/api/v1/dataset.json"')
  expect(html.replaceAll('&#39;', "'")).toMatch(/Content-Security-Policy" content="default-src 'self'; script-src 'self'/)
  expect(html).not.toMatch(/<script>(?!<\/script>)/)
})

/**
 * The pre-rendered default view (docs/performance.md, "Pre-rendered first view"): a default link
 * paints the Compare matrix before any script runs; any other link never shows it, not even for a
 * frame; the app hydrates it in place, without a shift or a hydration error, and only when the
 * payload is the one it was rendered from.
 */
import type { Page } from '@playwright/test'
import { expect, matrix, rowTitles, test } from './fixtures'

const html = (page: Page) => page.locator('html')
const dimensions = (page: Page) => page.getByRole('group', { name: 'Dimensions' })

test('with JavaScript off, a default link shows the pre-rendered matrix', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    const page = await context.newPage()
    await page.goto('/')
    await expect(matrix(page)).toBeVisible()
    await expect(matrix(page).getByRole('rowheader')).toHaveCount(8)
    expect(await rowTitles(page)).toEqual([
      'Chips & compute',
      'Open source & open weights',
      'Robotics & physical AI',
      'Governance & regulation',
      'Infrastructure & energy',
      'Safety & security',
      'International cooperation & standards',
      'Adoption, science & workforce',
    ])
    await expect(page.getByRole('heading', { name: 'Compare the plans', level: 1 })).toBeVisible()
    await expect(page.getByText(/^Showing \d+ provisions of \d+ across 8 dimensions\.$/)).toBeVisible()
    await expect(matrix(page).locator('article.provision').first()).toBeVisible()
    await expect(page.locator('#boot-skeleton')).toBeHidden()
  } finally {
    await context.close()
  }
})

test('before the app’s code runs, a filtered link shows the loading skeleton, never the default rows', async ({ page }) => {
  // Only the app's code is held back: boot.js (at /boot.js) runs, as it does before first paint.
  await page.route('**/assets/**/*.js', (route) => route.abort())
  await page.goto('/?dims=chips')
  await expect(html(page)).toHaveAttribute('data-prerender', 'skip')
  await expect(page.locator('#boot-skeleton .skeleton')).toBeVisible()
  await expect(page.locator('#boot-skeleton')).toContainText('Loading the plans…')
  await expect(matrix(page)).toBeHidden()
  await expect(page.locator('tr[data-dimension]').first()).toBeHidden()

  await page.goto('/')
  await expect(html(page)).toHaveAttribute('data-prerender', 'show')
  await expect(matrix(page).getByRole('rowheader')).toHaveCount(8)
  await expect(page.locator('#boot-skeleton')).toBeHidden()
})

/** Records, from the first frame on, which matrix rows were ever visible, and the layout shift. */
async function recordFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __rowsSeen: string[]; __shift: number; __firstTable: Element | null | undefined }
    w.__rowsSeen = []
    w.__shift = 0
    const sample = () => {
      for (const tr of document.querySelectorAll<HTMLElement>('tr[data-dimension]')) {
        const id = tr.dataset.dimension ?? '?'
        if (tr.checkVisibility() && !w.__rowsSeen.includes(id)) w.__rowsSeen.push(id)
      }
    }
    // Every frame, just before it paints, until the test ends. (Not on DOM mutations: while the
    // stylesheet loads, nothing paints, but the styles computed without it would count as shown.)
    const frame = () => {
      sample()
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
    document.addEventListener('DOMContentLoaded', () => {
      w.__firstTable = document.querySelector('table.matrix')
    })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__shift += e.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

const recorded = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __rowsSeen: string[]; __shift: number; __firstTable: Element | null | undefined }
    return {
      rowsSeen: w.__rowsSeen,
      shift: w.__shift,
      sameTable: w.__firstTable !== null && w.__firstTable === document.querySelector('table.matrix'),
    }
  })

test('with JavaScript, a filtered link never shows a row it filters out, from first paint on', async ({ page, watch }) => {
  void watch
  await recordFrames(page)
  await page.goto('/?dims=chips')
  await expect(html(page)).toHaveAttribute('data-app', 'rendered')
  await expect(matrix(page)).toBeVisible()
  expect(await rowTitles(page)).toEqual(['Chips & compute'])
  await page.waitForTimeout(300)
  const { rowsSeen, shift } = await recorded(page)
  expect(rowsSeen).toEqual(['chips'])
  expect(shift).toBeLessThanOrEqual(0.02)
  await expect(page.locator('#boot-skeleton')).toHaveCount(0)
})

test('the default link hydrates the pre-rendered view in place: same nodes, no shift, interactive', async ({ page, watch }) => {
  void watch // fails on console errors, which is where a hydration mismatch would show
  await recordFrames(page)
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname)
  })
  await page.goto('/')
  await expect(html(page)).toHaveAttribute('data-app', 'hydrated')
  const { rowsSeen, shift, sameTable } = await recorded(page)
  expect(sameTable).toBe(true)
  expect(rowsSeen).toHaveLength(8)
  expect(shift).toBeLessThanOrEqual(0.02)
  // Validated off the main thread.
  expect(scripts.some((s) => /^\/assets\/dataset-worker-.+\.js$/.test(s))).toBe(true)

  await dimensions(page).getByRole('checkbox', { name: 'Chips & compute', exact: true }).uncheck()
  await expect(page).toHaveURL(/\?dims=open-weights~/)
  expect(await rowTitles(page)).toHaveLength(7)
  await page.getByRole('link', { name: 'Sources' }).click()
  await expect(page.getByRole('heading', { name: 'Sources and method', level: 1 })).toBeVisible()
})

test('a payload other than the one the page was rendered from is rendered afresh', async ({ page, watch }) => {
  void watch
  await page.route('**/api/v1/dataset.json', async (route) => {
    const response = await route.fetch()
    const body = (await response.text()).replace('"label":"Chips & compute"', '"label":"Chips (edited)"')
    await route.fulfill({ response, body })
  })
  await page.goto('/')
  await expect(html(page)).toHaveAttribute('data-app', 'rendered')
  expect((await rowTitles(page))[0]).toBe('Chips (edited)')
  await expect(dimensions(page).getByRole('checkbox', { name: 'Chips (edited)', exact: true })).toBeChecked()
})

test('a schema-invalid payload on the default link shows the error naming the record', async ({ page, watch }) => {
  void watch
  let id = ''
  await page.route('**/api/v1/dataset.json', async (route) => {
    const response = await route.fetch()
    const json = (await response.json()) as { provisions: { id: string; primary: string }[] }
    const first = json.provisions[0]
    if (!first) throw new Error('no provisions')
    id = first.id
    first.primary = 'not-a-dimension'
    await route.fulfill({ response, json })
  })
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The data failed validation')
  await expect(alert).toContainText(`provision “${id}” (primary)`)
  await expect(matrix(page)).toHaveCount(0)
})

test('what the reader does before hydration reaches the app once it hydrates', async ({ page, watch }) => {
  void watch
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/v1/dataset.json', async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/')
  await expect(matrix(page)).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search provisions' }).fill('export')
  await dimensions(page).getByRole('checkbox', { name: 'Robotics & physical AI', exact: true }).uncheck()
  expect(await html(page).getAttribute('data-app')).toBeNull()
  release()
  await expect(html(page)).toHaveAttribute('data-app', 'hydrated')
  await expect(page).toHaveURL(/\?dims=chips~open-weights~governance~infrastructure~security~diplomacy~adoption&q=export$/)
  await expect(page.getByText(/^Showing \d+ provisions? of \d+ across 7 dimensions matching “export”/)).toBeVisible()
  expect(await rowTitles(page)).not.toContain('Robotics & physical AI')
})

import { expect, expectNoAxeViolations, test } from './fixtures'

const lanes = (page: import('@playwright/test').Page) => page.getByRole('group', { name: /Events on a time axis/ })
const eventItems = (page: import('@playwright/test').Page) => page.getByRole('region', { name: /^All events/ }).getByRole('listitem')

test('the Timeline can be used with the keyboard alone: arrows move, Enter opens, a linked provision leads to Compare', async ({
  page,
  watch,
}) => {
  void watch
  await page.goto('/?view=timeline')
  await expect(lanes(page)).toBeVisible()
  // Tab from the last filter control into the time axis: one tab stop.
  await page.getByRole('button', { name: 'Reset filters' }).focus()
  await page.keyboard.press('Tab')
  const first = page.locator(':focus')
  await expect(first).toHaveAttribute('data-event', 'deepseek-r1-release')
  await page.keyboard.press('ArrowRight')
  const second = await page.locator(':focus').getAttribute('data-event')
  expect(second).not.toBe('deepseek-r1-release')
  await expect(page.locator('.lanes__preview')).not.toContainText('DeepSeek releases its R1 model')
  // Find an event with a linked provision by moving right, then open it.
  let id = second
  for (let i = 0; i < 60; i++) {
    const linked = await page.locator(`.event-item[data-event="${id}"]`).textContent()
    if (linked && /linked provision/.test(linked)) break
    await page.keyboard.press('ArrowRight')
    id = await page.locator(':focus').getAttribute('data-event')
  }
  await page.keyboard.press('Enter')
  const panel = page.getByRole('complementary')
  await expect(panel).toBeVisible()
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused()
  await expect(panel.locator('time[datetime]')).toHaveCount(1)
  const link = panel.getByRole('list').last().getByRole('link').first()
  await expect(link.locator('xpath=ancestor::li')).toContainText(/Implements|Points the other way|Context/)
  const href = (await link.getAttribute('href')) ?? ''
  expect(href).toMatch(/^\/provisions\/[a-z0-9-]+\/$/)
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(page.getByRole('table', { name: 'Side-by-side comparison' })).toBeVisible()
  await page.goBack()
  await expect(lanes(page)).toBeVisible()
})

test('every event date is a <time datetime>, and unverified events carry a visible badge', async ({ page, watch }) => {
  void watch
  await page.goto('/?view=timeline')
  await expect(eventItems(page).first()).toBeVisible()
  const count = await eventItems(page).count()
  expect(count).toBeGreaterThan(20)
  await expect(page.locator('.event-item time[datetime]')).toHaveCount(count)
  for (const dt of await page.locator('.event-item time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime'))))
    expect(dt).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  await expect(page.locator('.event-item', { hasText: 'Unverified' }).first()).toBeVisible()
  await expect(page.locator('.event-item', { hasText: 'Secondary source' }).first()).toBeVisible()
})

test('a filtered Timeline link round-trips through a reload', async ({ page, watch }) => {
  void watch
  await page.goto('/?view=timeline&plans=cn&dims=chips')
  await expect(eventItems(page).first()).toBeVisible()
  const before = await eventItems(page).allTextContents()
  expect(before.join('\n')).not.toContain('United States')
  await page.reload()
  await expect(eventItems(page).first()).toBeVisible()
  expect(await eventItems(page).allTextContents()).toEqual(before)
  expect(new URL(page.url()).search).toBe('?view=timeline&plans=cn&dims=chips')
})

test('the Timeline view has no axe violations, with an event open too', async ({ page, watch }) => {
  void watch
  await page.goto('/?view=timeline')
  await expect(lanes(page)).toBeVisible()
  await expectNoAxeViolations(page)
  await eventItems(page).first().getByRole('button').click()
  await expect(page.getByRole('complementary')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('a 360 px phone shows the Timeline without horizontal page scroll', async ({ page, watch }) => {
  void watch
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/?view=timeline')
  await expect(lanes(page)).toBeAttached()
  await page.waitForLoadState('networkidle')
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
})

import { expect, expectNoAxeViolations, matrix, test } from './fixtures'

test('“Skip to results” takes the keyboard past the header and the filters to the Compare results', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=chips')
  await expect(matrix(page)).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to results' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('#results')).toBeFocused()
  // The next Tab lands inside the results, not in the filter panel.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('#results') !== null)).toBe(true)
  await expectNoAxeViolations(page)
})

test('“Skip to results” on Charts reaches the charts', async ({ page, watch }) => {
  void watch
  await page.goto('/?view=charts&chart=emphasis')
  await expect(page.getByRole('figure', { name: 'Emphasis by dimension' })).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#results')).toBeFocused()
})

test('“Skip to timeline” reaches the lanes, past the timeline’s filters', async ({ page, watch }) => {
  void watch
  await page.goto('/?view=timeline')
  await expect(page.locator('.lanes__inner')).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to timeline' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#timeline')).toBeFocused()
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => document.activeElement?.closest('#timeline') !== null)).toBe(true)
  await expectNoAxeViolations(page)
})

test('Esc closes the detail panel and returns focus to the card that opened it', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=open-weights')
  const link = matrix(page).locator('td[data-plan="cn"] .provision__title a').first()
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('#detail-title')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(link).toBeFocused()
})

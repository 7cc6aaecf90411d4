import { expect, expectNoAxeViolations, test } from './fixtures'

test('a 0/0 share renders as n/a in the chart labels and the table, never as 0%', async ({ page, watch }) => {
  void watch
  // Only US provisions name the Department of Commerce: China's denominator is 0.
  await page.goto('/?view=charts&chart=emphasis&agency=doc')
  const fig = page.getByRole('figure', { name: 'Emphasis by dimension' })
  await expect(fig.locator('svg .recharts-label-list').first()).toBeVisible()
  const labels = await fig.locator('.recharts-label-list text').allTextContents()
  expect(labels.filter((t) => t === '0%')).toEqual([])
  await fig.getByRole('button', { name: 'Show table' }).click()
  const table = fig.getByRole('table')
  const headers = await table.getByRole('columnheader').allTextContents()
  const cnShare = headers.findIndex((h) => /China: share of provisions/.test(h))
  expect(cnShare).toBeGreaterThan(0)
  const cells = await table.locator('tbody tr').evaluateAll((rows, i) => rows.map((r) => r.children[i]?.textContent ?? ''), cnShare)
  expect(cells.length).toBeGreaterThan(0)
  expect(new Set(cells)).toEqual(new Set(['n/a']))
  await expect(fig.getByRole('list', { name: 'Notes on this chart' })).toContainText('China, read only in part')
  await expectNoAxeViolations(page)
})

test('China’s column header says how much of the plan was read and links to the explanation', async ({ page, watch }) => {
  void watch
  // No China provision is coded mainly to chips, and none names the Department of Commerce.
  await page.goto('/?dims=chips&agency=doc')
  const header = page.getByRole('columnheader', { name: /China/ })
  await expect(header).toContainText('Of its 15 parts, 3 were read in full')
  await expect(page.locator('td[data-plan="cn"]')).toContainText('Not found in the parts of the plan that could be read')
  await expectNoAxeViolations(page)
  await header.getByRole('link', { name: 'How China’s plan was read' }).click()
  await expect(page).toHaveURL(/\?view=sources&dims=chips&agency=doc/)
  await expect(page.locator('#plans')).toBeFocused()
})

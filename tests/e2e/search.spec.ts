import { expect, expectNoAxeViolations, test } from './fixtures'

// The six queries of the UX review (issue 12, item 4): typed into the search box of the real build,
// each must show the result line and its record with the hit highlighted.
const cases = [
  { q: 'open weights', hit: '[data-provision="us-1-3-5"]' },
  { q: 'datacenter', hit: '[data-provision="us-2-1-1"]' },
  { q: '开源', hit: '[data-provision="cn-5-1"]' },
  { q: '标准', hit: '[data-provision="cn-8-1"]' },
  { q: 'H200', hit: '[data-event="h200-sales-allowed"]' },
  { q: 'DeepSeek', hit: '[data-event="deepseek-r1-release"]' },
]

for (const { q, hit } of cases) {
  test(`search “${q}” finds and highlights its record`, async ({ page }) => {
    await page.goto('/')
    await page.getByRole('searchbox', { name: 'Search provisions' }).fill(q)
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(q)}$`))
    await expect(page.getByTestId('search-result-line')).toHaveText(/^\d+ hits? in \d+ dimensions? · \d+ events? · \d+ indicators?$/)
    await expect(page.locator(hit).locator('mark').first()).toBeVisible()
  })
}

test('a shared link with q filters, highlights and collapses rows without hits', async ({ page }) => {
  await page.goto('/?q=open%20weights')
  const line = page.getByTestId('search-result-line')
  await expect(line).toHaveText(/^\d+ hits in \d dimensions/)
  const dims = Number(/in (\d) dimensions/.exec((await line.textContent()) ?? '')?.[1])
  await expect(page.locator('[data-provision="cn-5-3"] mark').first()).toBeVisible()
  // Eight dimensions: those without a hit collapse to one line each.
  await expect(page.locator('tr.matrix__row--no-hits')).toHaveCount(8 - dims)
  await expect(page.locator('tr[data-dimension="open-weights"]')).not.toHaveClass(/no-hits/)
  await expectNoAxeViolations(page)
})

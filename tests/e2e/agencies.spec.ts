/** Who must act: one link shows everything the plan asks of an agency, in every view. */
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, matrix, test } from './fixtures'

interface Payload {
  provisions: { id: string; actors?: 'not-stated' | { agencyId: string }[] }[]
  agencies: { id: string; parentId?: string }[]
}

/** Provisions that name the agency or a body within it, computed from the served data. */
async function namingProvisions(page: Page, agencyId: string): Promise<string[]> {
  const data = (await (await page.request.get('/api/v1/dataset.json')).json()) as Payload
  const parent = new Map(data.agencies.map((a) => [a.id, a.parentId]))
  const within = (id: string | undefined): boolean => (id === undefined ? false : id === agencyId || within(parent.get(id)))
  return data.provisions.filter((p) => Array.isArray(p.actors) && p.actors.some((a) => within(a.agencyId))).map((p) => p.id)
}

test('?agency=doc shows exactly the provisions naming Commerce or its bureaus, and survives reload and Back', async ({ page, watch }) => {
  void watch
  const expected = await namingProvisions(page, 'doc')
  expect(expected.length).toBeGreaterThan(20)
  await page.goto('/?agency=doc')
  await expect(matrix(page)).toBeVisible()
  await expect(page.getByText(/^Showing \d+ provisions? of \d+/)).toContainText(`Showing ${expected.length} provisions of`)
  const shown = await matrix(page)
    .locator('[data-provision]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-provision') ?? ''))
  expect(shown.length).toBeGreaterThan(0)
  for (const id of shown) expect(expected, id).toContain(id)
  await expect(page.getByRole('checkbox', { name: /^Commerce \(Department of Commerce\)/ })).toBeChecked()
  await expectNoAxeViolations(page)

  await page.reload()
  await expect(page.getByText(/^Showing \d+ provisions? of \d+/)).toContainText(`Showing ${expected.length} provisions of`)
  await page.getByRole('link', { name: 'Timeline' }).click()
  await expect(page.getByText(/Only events linked to provisions that name Commerce/)).toBeVisible()
  await page.goBack()
  expect(new URL(page.url()).search).toBe('?agency=doc')
  await expect(page.getByText(/^Showing \d+ provisions? of \d+/)).toContainText(`Showing ${expected.length} provisions of`)
})

test('an unknown agency id gives a notice and is dropped from the link', async ({ page, watch }) => {
  void watch
  await page.goto('/?agency=doc~department-of-magic')
  await expect(page.getByRole('status').filter({ hasText: '“department-of-magic” is not an agency in this data' })).toBeVisible()
  await expect(page).toHaveURL(/\?agency=doc$/)
})

test('the Who must act chart has a table twin that links to each provision', async ({ page, watch }) => {
  test.setTimeout(90_000)
  void watch
  await page.goto('/?view=charts&chart=agencies&tab=table')
  const table = page.getByRole('table', { name: /^Who must act\./ })
  await expect(table).toBeVisible()
  const commerce = table.getByRole('row', { name: /^Department of Commerce \(Commerce\)/ })
  await expect(commerce.getByRole('link').first()).toHaveAttribute('href', /^\/provisions\/us-\d-\d+-\d+\/$/)
  await expectNoAxeViolations(page)
})

import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, matrix, test } from './fixtures'

/**
 * Every card and text block inside a matrix cell, whose box or content reaches past its cell
 * (docs/architecture.md § Compare: the detail panel opens without breaking the matrix).
 */
async function overflowingInCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    for (const cell of document.querySelectorAll<HTMLElement>('.matrix td.matrix__cell')) {
      const box = cell.getBoundingClientRect()
      const blocks = cell.querySelectorAll<HTMLElement>('article, h3, p, blockquote, figure, li, ul, span, a, button, summary, details')
      for (const el of blocks) {
        const r = el.getBoundingClientRect()
        if (r.width === 0 && r.height === 0) continue
        const past = r.right > box.right + 1 || r.left < box.left - 1
        const spills = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0
        if (past || spills) {
          out.push(`${cell.dataset.plan}/${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').trim().slice(0, 30)}”`)
        }
      }
    }
    return out
  })
}

for (const [width, height] of [
  [360, 740],
  [1280, 720],
  [1366, 768],
  [1536, 864],
  [1699, 900],
  [1700, 900],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`with a provision open at ${width}×${height}, nothing overflows its matrix cell`, async ({ page, watch }) => {
    void watch
    await page.setViewportSize({ width, height })
    await page.goto('/?sel=us-3-3-1')
    await expect(matrix(page)).toBeVisible()
    await expect(page.locator('#detail-title')).toBeVisible()
    const overflowing = await overflowingInCells(page)
    console.log(`${width}×${height}: ${overflowing.length} overflowing elements`)
    expect(overflowing, `${width}×${height}`).toEqual([])
  })
}

test('at 1280×720 the detail is a drawer over the matrix: focus moves in, Esc closes it and returns focus to the card', async ({
  page,
  watch,
}) => {
  void watch
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/?dims=chips')
  const card = matrix(page).locator('td[data-plan="us"] article').first()
  const id = await card.getAttribute('data-provision')
  const link = card.locator('.provision__title a')
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/provisions/${id}/`))
  await expect(page.locator('#detail-title')).toBeFocused()
  const drawer = await page.locator('.detail').evaluate((el) => getComputedStyle(el).position)
  expect(drawer).toBe('fixed')
  expect(await overflowingInCells(page)).toEqual([])
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(page.locator('.detail')).toHaveCount(0)
  expect(new URL(page.url()).pathname).toBe('/')
  await expect(link).toBeFocused()
})

test('the Close button also returns focus to the card that opened the panel', async ({ page, watch }) => {
  void watch
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto('/?dims=chips')
  const link = matrix(page).locator('td[data-plan="us"] article .provision__title a').first()
  await link.click()
  await expect(page.locator('#detail-title')).toBeFocused()
  await page.getByRole('button', { name: 'Close details' }).click()
  await expect(link).toBeFocused()
})

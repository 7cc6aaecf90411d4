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

async function box(locator: import('@playwright/test').Locator) {
  const b = await locator.boundingBox()
  if (!b) throw new Error('no bounding box')
  return b
}

/** The key-event labels on the lanes: their text and boxes, and any pair that overlaps. */
async function laneLabels(page: import('@playwright/test').Page) {
  return page.locator('.lane__annotation').evaluateAll((els) => {
    const boxes = els.map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }))
    const overlaps: string[] = []
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const x = boxes[i]
        const y = boxes[j]
        if (!x || !y) continue
        const [a, b] = [x.r, y.r]
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${x.text} × ${y.text}`)
      }
    return { texts: boxes.map((b) => b.text), overlaps, narrow: boxes.filter((b) => b.r.width < 20).map((b) => b.text) }
  })
}

for (const width of [1280, 360]) {
  test(`the key events are labelled on the lanes without overlapping at ${width} px`, async ({ page, watch }) => {
    void watch
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/?view=timeline')
    await expect(lanes(page)).toBeVisible()
    await expect(page.locator('.lane__annotation')).toHaveCount(7)
    const { texts, overlaps, narrow } = await laneLabels(page)
    expect(texts.sort()).toEqual(
      [
        'BIS H200 rule',
        'China plan released',
        'DeepSeek R1',
        'Diffusion rule rescinded',
        'H200 sales allowed',
        'US plan released',
        'WAICO proposed',
      ].sort(),
    )
    expect(overlaps).toEqual([])
    expect(narrow).toEqual([])
    // Labels do not cover markers either.
    const covered = await page.evaluate(() => {
      const labels = [...document.querySelectorAll('.lane__annotation')].map((el) => el.getBoundingClientRect())
      return [...document.querySelectorAll('.lane__event')].filter((m) => {
        const r = m.getBoundingClientRect()
        return labels.some((l) => l.left < r.right - 6 && r.left + 6 < l.right && l.top < r.bottom - 6 && r.top + 6 < l.bottom)
      }).length
    })
    expect(covered).toBe(0)
  })
}

test('an event= link selects the event, scrolls it into view and shows its detail beside the lanes; Esc returns focus to the marker', async ({
  page,
  watch,
}) => {
  void watch
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/?view=timeline&event=bis-h200-licensing-rule')
  const panel = page.getByRole('complementary', { name: /H200-class chips/ })
  await expect(panel).toBeVisible()
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused()
  const marker = page.locator('.lane__event[data-event="bis-h200-licensing-rule"]')
  await expect(marker).toHaveAttribute('aria-current', 'true')
  await expect(marker).toBeInViewport()
  // Beside the lanes, in the first screen, not below the list.
  const lanesBox = await box(lanes(page))
  const panelBox = await box(panel)
  expect(panelBox.x).toBeGreaterThanOrEqual(lanesBox.x + lanesBox.width - 1)
  expect(panelBox.y).toBeLessThan(800)
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  const at = () => {
    const url = new URL(page.url())
    return `${url.pathname}${url.search}`
  }
  expect(at()).toBe('/?view=timeline')
  await expect(marker).toBeFocused()
  // Clicking a marker writes the link (the event's permanent page), and Back closes the detail again.
  await page.locator('.lane__event[data-event="waico-proposed"]').click()
  await expect.poll(at).toBe('/events/waico-proposed/')
  await expect(page.getByRole('complementary', { name: /World AI Cooperation Organization/ })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('complementary')).toHaveCount(0)
})

test('on a 360 px phone an event= link shows the detail right under the lanes', async ({ page, watch }) => {
  void watch
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/?view=timeline&event=h200-sales-allowed')
  const panel = page.getByRole('complementary', { name: /H200 sales/ })
  await expect(panel).toBeVisible()
  await expect(panel).toBeInViewport()
  const lanesBox = await box(lanes(page))
  const listBox = await box(page.getByRole('region', { name: /^All events/ }))
  const panelBox = await box(panel)
  expect(panelBox.y).toBeGreaterThan(lanesBox.y)
  expect(panelBox.y).toBeLessThan(listBox.y)
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
})

test('an unknown event= id is dropped with a notice naming it', async ({ page, watch }) => {
  void watch
  await page.goto('/?view=timeline&event=no-such-event')
  await expect(page.getByRole('status').filter({ hasText: 'event: “no-such-event” is not an event in this data' })).toBeVisible()
  expect(new URL(page.url()).search).toBe('?view=timeline')
})

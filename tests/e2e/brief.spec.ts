/**
 * The brief builder (docs/architecture.md § Brief) in the production build: five items of five
 * kinds added by keyboard, reordered with the keyboard drag, kept across a reload and carried by
 * a share link into a fresh browser profile, removal with Undo, presenting with talking points in
 * the speaker notes, and axe on the panel.
 */
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, matrix, test } from './fixtures'

const EVENT = 'Commerce rescinds the AI Diffusion rule and warns on Huawei Ascend chips'
const INDICATOR = 'Huawei Ascend 910C inference performance relative to Nvidia H100'

const panel = (page: Page) => page.getByRole('complementary', { name: 'Brief' })
const items = (page: Page) => panel(page).locator('[data-brief-item]')

/** Presses a control with the keyboard: focus, then Enter. */
async function press(page: Page, locator: ReturnType<Page['locator']>, key = 'Enter') {
  await locator.focus()
  await expect(locator).toBeFocused()
  await page.keyboard.press(key)
}

async function openPanel(page: Page) {
  await press(page, page.getByRole('button', { name: /^Brief \d+ items?$/ }))
  await expect(panel(page).getByRole('heading', { name: 'Brief' })).toBeFocused()
  await expect(panel(page).getByText('Loading your drafts…')).toHaveCount(0)
}

/** What a reader sees of the brief: title, subtitle, and each item (kind:id, name, talking points) in order. */
async function snapshot(page: Page) {
  await expect(items(page).first()).toBeVisible()
  return {
    title: await panel(page).getByLabel('Title', { exact: true }).inputValue(),
    subtitle: await panel(page).getByLabel('Subtitle').inputValue(),
    items: await items(page).evaluateAll((lis) =>
      lis.map((li) => ({
        item: li.getAttribute('data-brief-item'),
        name: li.querySelector('h3')?.textContent,
        points: li.querySelector('textarea')?.value,
      })),
    ),
  }
}

async function added(page: Page, button: ReturnType<Page['locator']>, count: number) {
  await press(page, button)
  await expect(page.getByRole('button', { name: `Brief ${count} ${count === 1 ? 'item' : 'items'}` })).toBeVisible()
}

test('build a brief of five kinds by keyboard, reorder, reload, share, remove and undo, present', async ({
  page,
  watch,
  browser,
  baseURL,
}) => {
  void watch
  test.setTimeout(240_000)
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])

  // 1. A provision card and 2. a dimension comparison, on Compare.
  await page.goto('/?dims=chips~governance')
  await expect(matrix(page)).toBeVisible()
  // The first US card with the plan's words (a quotation).
  const card = page
    .locator('[data-provision^="us-"]')
    .filter({ has: page.locator('blockquote') })
    .first()
  const quote = ((await card.locator('blockquote').first().textContent()) ?? '').replace(/^“|”$/g, '').slice(0, 40)
  expect(quote.length).toBe(40)
  await added(page, card.getByRole('button', { name: /^Add to brief: / }), 1)
  await expect(card.getByRole('button', { name: /^In brief: / })).toBeVisible()
  await added(page, page.getByRole('button', { name: 'Add to brief: Chips & compute comparison' }), 2)

  // 3. A chart with its filters and 4. an indicator, on Charts.
  await page.goto('/?view=charts&dims=chips~security&chart=emphasis')
  await added(page, page.getByRole('button', { name: 'Add to brief: Emphasis by dimension, with the current filters' }), 3)
  await page.goto('/?view=charts&chart=indicators')
  await added(page, page.getByRole('button', { name: `Add to brief: ${INDICATOR}` }), 4)

  // 5. An event, opened on the Timeline.
  await page.goto('/?view=timeline')
  await press(page, page.locator('.event-list').getByRole('button', { name: EVENT }))
  await added(page, page.getByRole('button', { name: `Add to brief: ${EVENT}` }), 5)

  // The panel: title, subtitle and talking points typed.
  await openPanel(page)
  await panel(page).getByLabel('Title', { exact: true }).fill('')
  await panel(page).getByLabel('Title', { exact: true }).pressSequentially('Chips brief for the Deputy Secretary')
  await panel(page).getByLabel('Subtitle').pressSequentially('US and China, July 2025')
  await items(page).nth(0).getByRole('textbox').pressSequentially('Open with the deregulation ask.')
  await items(page).nth(2).getByRole('textbox').pressSequentially('Shares, not counts.')
  await expectNoAxeViolations(page, '#brief-panel')

  const kinds = () => items(page).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-brief-item')?.split(':')[0]))
  expect(await kinds()).toEqual(['provision', 'dimension', 'chart', 'indicator', 'event'])

  // Keyboard drag: the chart's handle, Space, Up, Space; dnd-kit announces each step.
  const handle = items(page)
    .nth(2)
    .getByRole('button', { name: /^Reorder / })
  await handle.focus()
  await page.keyboard.press('Space')
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(
    /Emphasis by dimension \(chart\)(, item 3 of 5| is over position 3 of 5)/,
  )
  await page.keyboard.press('ArrowUp')
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('is over position 2 of 5')
  await page.keyboard.press('Space')
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('dropped at position 2 of 5')
  await expect.poll(kinds).toEqual(['provision', 'chart', 'dimension', 'indicator', 'event'])
  // And Move down, the button way.
  await press(
    page,
    items(page)
      .nth(3)
      .getByRole('button', { name: /^Move down: / }),
  )
  await expect.poll(kinds).toEqual(['provision', 'chart', 'dimension', 'event', 'indicator'])

  const before = await snapshot(page)
  expect(before.title).toBe('Chips brief for the Deputy Secretary')
  expect(before.items[1]?.points).toBe('Shares, not counts.')

  // Reload: identical.
  await page.reload()
  await expect(page.getByRole('button', { name: 'Brief 5 items' })).toBeVisible()
  await openPanel(page)
  expect(await snapshot(page)).toEqual(before)

  // The share link, opened in a fresh browser profile: identical, as a new draft, with a notice.
  await press(page, panel(page).getByRole('button', { name: 'Copy link to brief' }))
  await expect(panel(page).getByText('Link to this brief copied to the clipboard.')).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/\?brief=1~/)
  const fresh = await browser.newContext({ baseURL, serviceWorkers: 'block' })
  try {
    const other = await fresh.newPage()
    const errors: string[] = []
    other.on('pageerror', (e) => errors.push(e.message))
    other.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
    await other.goto(link)
    await expect(other.getByRole('button', { name: 'Brief 5 items' })).toBeVisible({ timeout: 30_000 })
    await expect(
      panel(other).getByText(/^Opened the shared brief “Chips brief for the Deputy Secretary” as a new draft, with 5 items/),
    ).toBeVisible({ timeout: 30_000 })
    expect(new URL(other.url()).search).toBe('')
    await expect(panel(other).getByText('Loading your drafts…')).toHaveCount(0)
    expect(await snapshot(other)).toEqual(before)
    expect(errors).toEqual([])
  } finally {
    await fresh.close()
  }

  // Remove the dimension, then Undo: identical again.
  await press(
    page,
    items(page)
      .nth(2)
      .getByRole('button', { name: /^Remove: / }),
  )
  await expect(items(page)).toHaveCount(4)
  await expect(panel(page).getByRole('status').filter({ hasText: 'Removed Chips & compute (comparison).' })).toBeVisible()
  await press(page, panel(page).getByRole('button', { name: 'Undo' }))
  await expect(items(page)).toHaveCount(5)
  expect(await snapshot(page)).toEqual(before)

  // Present: the brief's slides with the same keys; speaker notes show the talking points.
  await press(page, panel(page).getByRole('button', { name: 'Present brief' }))
  const deck = page.getByRole('dialog', { name: 'Presentation' })
  await expect(deck).toBeVisible()
  await expect(deck.locator('.slide--current h1')).toHaveText('Chips brief for the Deputy Secretary')
  await expect(deck.locator('.deck-toolbar__progress [aria-hidden]')).toHaveText('1 / 7')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(deck.locator('.slide--current')).toHaveAttribute('aria-label', /^3 of 7: Emphasis by dimension/)
  await page.keyboard.press('s')
  const notes = page.getByRole('complementary', { name: 'Speaker notes' })
  await expect(notes.getByRole('listitem').filter({ hasText: 'Shares, not counts.' })).toBeVisible()
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowRight')
  await expect(notes.getByText('Open with the deregulation ask.')).toBeVisible()
  await expect(deck.locator('.slide--current blockquote')).toContainText(quote)
  await page.keyboard.press('Escape')
  await expect(deck).toHaveCount(0)
  await expect(panel(page)).toBeVisible()
})

test('a damaged share link opens what it can and names what it could not', async ({ page, watch }) => {
  void watch
  await page.goto('/?brief=1~not-a-header~also-broken')
  await expect(panel(page).getByText(/could not be read because the link is damaged or cut short \(item 1\)/)).toBeVisible()
  await expect(panel(page).getByText(/title could not be read/)).toBeVisible()
  await expect(panel(page).getByLabel('Title', { exact: true })).toHaveValue('Shared brief')
})

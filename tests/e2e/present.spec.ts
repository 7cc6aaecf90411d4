/**
 * Presentation mode (docs/architecture.md § Presentation) in the production build: keys (including what clickers send), the
 * `slide` parameter, shared deck links, projector typography and fit, and axe.
 */
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, matrix, test } from './fixtures'

const deck = (page: Page) => page.getByRole('dialog', { name: 'Presentation' })
const progress = (page: Page) =>
  page.getByRole('toolbar', { name: 'Presentation controls' }).locator('.deck-toolbar__progress [aria-hidden]')
const currentTitle = (page: Page) => page.locator('.slide--current h1')
const search = (page: Page) => new URL(page.url()).search
/** The controls hide while presenting; a mouse move brings them back, as it does for a presenter. */
async function showControls(page: Page): Promise<void> {
  await page.mouse.move(300, 200)
  await page.mouse.move(320, 220)
}

async function expectSlide(page: Page, n: number, count: number, base: string): Promise<void> {
  await expect(progress(page)).toHaveText(`${n} / ${count}`)
  expect(search(page)).toBe(n === 1 ? `${base}&present=1` : `${base}&present=1&slide=${n}`)
}

test('a keyboard walk through the deck with every key, and Esc returns to the original URL', async ({ page, context, watch }) => {
  void watch
  const base = '?dims=chips~open-weights'
  await page.goto(`/${base}`)
  await expect(matrix(page)).toBeVisible()
  await page.getByRole('button', { name: 'Present' }).click()
  await expect(deck(page)).toBeVisible()
  await expect(currentTitle(page)).toHaveText('The US and China AI action plans of July 2025')
  const count = 7 // title, 2 dimensions, 3 default charts, sources
  await expectSlide(page, 1, count, base)

  const walk: [string, number][] = [
    ['ArrowRight', 2],
    ['ArrowLeft', 1],
    ['ArrowDown', 2],
    ['ArrowUp', 1],
    ['Space', 2],
    ['Backspace', 1],
    ['PageDown', 2],
    ['PageDown', 3],
    ['PageUp', 2],
    ['n', 3],
    ['p', 2],
    ['Shift+N', 3],
    ['Shift+P', 2],
    ['End', count],
    ['Home', 1],
  ]
  for (const [key, n] of walk) {
    await page.keyboard.press(key)
    await expectSlide(page, n, count, base)
  }
  await page.keyboard.press('PageDown')
  await expect(currentTitle(page)).toHaveText('Chips & compute')

  // F: the browser's Fullscreen API, toggled.
  await page.keyboard.press('f')
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true)
  await page.keyboard.press('Shift+F')
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false)

  // B and . blank the screen and come back; a blanked screen ignores Next.
  const blank = page.getByRole('button', { name: /Screen blanked/ })
  await page.keyboard.press('b')
  await expect(blank).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expectSlide(page, 2, count, base)
  await page.keyboard.press('b')
  await expect(blank).toHaveCount(0)
  await page.keyboard.press('.')
  await expect(blank).toBeVisible()
  await page.keyboard.press('.')
  await expect(blank).toHaveCount(0)

  // ? shows the key help; Esc closes it first.
  await page.keyboard.press('Shift+?')
  const help = page.getByRole('dialog', { name: 'Keyboard and clicker keys' })
  await expect(help).toBeVisible()
  await expect(help).toContainText('Page Down')
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)

  // S: the speaker view in its own window, with the notes behind the slide.
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
  await expect(speaker.getByRole('dialog', { name: 'Speaker notes window' })).toContainText(
    'explore leveraging new and existing location verification features on advanced AI compute to ensure',
  )
  await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toHaveCount(0)
  await page.bringToFront()

  await page.keyboard.press('Escape')
  await expect(deck(page)).toHaveCount(0)
  expect(search(page)).toBe(base)
  await expect(matrix(page)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused()
})

test('the buttons do what the keys do, and Exit presentation leaves', async ({ page, watch }) => {
  void watch
  await page.goto('/?view=sources&dims=robotics&present=1')
  await expect(deck(page)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Previous slide' })).toBeDisabled()
  await showControls(page)
  await page.getByRole('button', { name: 'Next slide' }).click()
  await expect(currentTitle(page)).toHaveText('Robotics & physical AI')
  expect(search(page)).toBe('?view=sources&dims=robotics&present=1&slide=2')
  await showControls(page)
  await page.getByRole('button', { name: 'Previous slide' }).click()
  await expect(progress(page)).toHaveText('1 / 6')
  await showControls(page)
  await page.getByRole('button', { name: 'Exit presentation' }).click()
  await expect(deck(page)).toHaveCount(0)
  expect(search(page)).toBe('?view=sources&dims=robotics')
  await expect(page.getByRole('heading', { name: 'Sources and method', level: 1 })).toBeVisible()
})

test('a presentation link opens on its slide; a slide past the end is clamped with a notice', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=chips~robotics&present=1&slide=3')
  await expect(deck(page)).toBeVisible()
  await expect(currentTitle(page)).toHaveText('Robotics & physical AI')
  await expect(progress(page)).toHaveText('3 / 7')
  await page.goto('/?dims=chips&present=1&slide=99')
  await expect(currentTitle(page)).toHaveText('Sources')
  await expect(
    page.getByRole('status').filter({ hasText: 'slide: this presentation has 6 slides, so slide 99 does not exist' }),
  ).toBeVisible()
  expect(search(page)).toBe('?dims=chips&present=1&slide=6')
})

test('S opens the speaker view in its own window — current and next slide, notes, timer — that follows the deck both ways', async ({
  page,
  context,
  watch,
}) => {
  void watch
  await page.goto('/?dims=chips~robotics&present=1&slide=2')
  await expect(currentTitle(page)).toHaveText('Chips & compute')
  const [notesWindow] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')])
  const notes = notesWindow.getByRole('dialog', { name: 'Speaker notes window' })
  await expect(notes).toContainText('Notes: Chips & compute')
  await expect(notes).toContainText('explore leveraging new and existing location verification features')
  await expect(notesWindow.getByRole('figure', { name: 'Current slide: Chips & compute' })).toBeVisible()
  await expect(notesWindow.getByRole('figure', { name: 'Next slide: Robotics & physical AI' })).toBeVisible()
  await expect(notesWindow.getByTestId('speaker-clock')).toHaveText(/^\d+:\d{2}$/)
  await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toHaveCount(0) // never on the projector
  await expectNoAxeViolations(notesWindow)

  await page.bringToFront()
  await page.keyboard.press('ArrowRight')
  await expect(currentTitle(page)).toHaveText('Robotics & physical AI')
  await expect(notes).toContainText('Notes: Robotics & physical AI')
  await expect(notesWindow.getByRole('figure', { name: 'Current slide: Robotics & physical AI' })).toBeVisible()
  expect(new URL(notesWindow.url()).searchParams.get('slide')).toBe('3')

  await notesWindow.bringToFront()
  await notesWindow.keyboard.press('PageUp')
  await expect(notes).toContainText('Notes: Chips & compute')
  await expect(currentTitle(page)).toHaveText('Chips & compute')
  expect(search(page)).toBe('?dims=chips~robotics&present=1&slide=2')

  // Leaving the presentation closes the notes window.
  const closed = notesWindow.waitForEvent('close')
  await page.bringToFront()
  await showControls(page)
  await page.getByRole('button', { name: 'Exit presentation' }).click()
  await closed
})

/** Everything inside the current slide stays inside its box; returns the offenders and the smallest text. */
async function measureSlide(page: Page): Promise<{ overflow: string[]; minFont: number; minFontText: string; fit: string; zoom: number }> {
  return page.evaluate(() => {
    const slide = document.querySelector('.slide--current') as HTMLElement
    const box = slide.getBoundingClientRect()
    const overflow: string[] = []
    if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1)
      overflow.push(`slide scrolls (${slide.scrollHeight} > ${slide.clientHeight})`)
    let minFont = Infinity
    let minFontText = ''
    for (const el of slide.querySelectorAll<HTMLElement | SVGElement>('*')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) continue
      if (el.closest('.visually-hidden')) continue
      if (r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.top < box.top - 1) {
        overflow.push(
          `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} “${(el.textContent ?? '').slice(0, 40)}” ${Math.round(r.bottom)} > ${Math.round(box.bottom)}`,
        )
      }
      // Body text of the slide (chart internals are measured by the charts' own tests).
      if (el.closest('.slide-chart')) continue
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
      if (!ownText) continue
      const size = parseFloat(getComputedStyle(el).fontSize)
      if (size < minFont) {
        minFont = size
        minFontText = (el.textContent ?? '').trim().slice(0, 40)
      }
    }
    // 1 unless the shrink-to-fit safety net had to act on text (see use-fit-slide.ts); charts zoom instead.
    const fit = slide.style.getPropertyValue('--fit') || '1'
    const zoom = Number((slide.querySelector('.slide-chart > *') as HTMLElement | null)?.style.zoom || 1)
    return { overflow, minFont, minFontText, fit, zoom }
  })
}

for (const [width, height, minBody] of [
  [1920, 1080, 28],
  [1280, 720, 0],
  [1024, 768, 0],
] as const) {
  test(`every slide fits without scrolling at ${width}×${height}${minBody ? ` with body text ≥ ${minBody} px` : ''}`, async ({
    page,
    watch,
  }) => {
    void watch
    await page.setViewportSize({ width, height })
    await page.goto('/?present=1')
    await expect(deck(page)).toBeVisible()
    const total = Number((await progress(page).textContent())?.split('/')[1])
    expect(total).toBe(13)
    const fonts: number[] = []
    const zooms: number[] = []
    const fits: number[] = []
    for (let n = 1; n <= total; n++) {
      if (n > 1) await page.keyboard.press('ArrowRight')
      await expect(progress(page)).toHaveText(`${n} / ${total}`)
      await page.evaluate(() => document.fonts.ready)
      if (await page.locator('.slide--current .slide-chart').count()) {
        await expect(page.locator('.slide--current .slide-chart svg').first()).toBeVisible()
        await page.waitForTimeout(100) // the zoom-to-fit runs on the next frame after the chart draws
      }
      const m = await measureSlide(page)
      expect(m.overflow, `slide ${n} at ${width}×${height}`).toEqual([])
      fits.push(Number(m.fit))
      // At the reference size the slides are written to fit as they are; elsewhere the shrink-to-fit net may act.
      if (minBody) expect(m.fit, `slide ${n} needed shrinking at ${width}×${height}`).toBe('1')
      if (Number.isFinite(m.minFont)) fonts.push(m.minFont)
      zooms.push(m.zoom)
      if (minBody) expect(m.minFont, `slide ${n}: “${m.minFontText}”`).toBeGreaterThanOrEqual(minBody)
    }
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.slide--current') as HTMLElement).fontSize))
    test.info().annotations.push({
      type: 'type sizes',
      description: `${width}×${height}: body ${body.toFixed(1)} px, smallest slide text ${Math.min(...fonts).toFixed(1)} px, text fit ${Math.min(...fits)}, chart zoom ${Math.min(...zooms)}`,
    })
    console.log(test.info().annotations.at(-1)?.description)
  })
}

/** Every visible text on the current slide (SVG <text> and <tspan> included) with its element's computed font size. */
async function slideTexts(page: Page): Promise<{ size: number; tag: string; text: string }[]> {
  return page.evaluate(() => {
    const slide = document.querySelector('.slide--current') as HTMLElement
    const out: { size: number; tag: string; text: string }[] = []
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      const text = (node.textContent ?? '').trim()
      if (!el || text === '' || el.closest('.visually-hidden, title, desc')) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
      out.push({ size: parseFloat(getComputedStyle(el).fontSize), tag: el.tagName.toLowerCase(), text: text.slice(0, 40) })
    }
    return out.sort((a, b) => a.size - b.size)
  })
}

const chartZoom = (page: Page) =>
  page.locator('.slide--current .slide-chart > *').evaluate((el) => Number((el as HTMLElement).style.zoom || 1))

test('chart slides are projector-sized: every text ≥ 28 px at 1920×1080, and they fit at 1280×720 and 1024×768', async ({
  page,
  watch,
}) => {
  void watch
  test.slow() // nine deck loads, each drawing a chart
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto('/?present=1')
  await expect(deck(page)).toBeVisible()
  const chartSlides = await page.locator('.slide--chart').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-slide'))))
  expect(chartSlides).toHaveLength(3) // the default deck's emphasis, instruments and convergence charts
  const open = async (n: number) => {
    await page.goto(`/?present=1&slide=${n}`)
    await expect(progress(page)).toHaveText(new RegExp(`^${n} / `))
    await expect(page.locator('.slide--current .chart-slide svg').first()).toBeVisible()
    await page.evaluate(() => document.fonts.ready)
    await page.waitForTimeout(150) // the zoom-to-fit runs on the next frame after the chart draws
  }
  const smallest: string[] = []
  const zooms: string[] = []
  for (const n of chartSlides) {
    await open(n)
    const texts = await slideTexts(page)
    expect(texts.filter((t) => t.tag === 'text' || t.tag === 'tspan').length, `slide ${n} has SVG text`).toBeGreaterThan(3)
    expect(
      texts.some((t) => t.text.startsWith('Source:')),
      `slide ${n} shows its source line`,
    ).toBe(true)
    // Title, subtitle, legend, ticks, direct labels and the source line alike; none drawn smaller and zoomed down.
    expect(
      texts.filter((t) => t.size < 28),
      `slide ${n}: text below 28 px`,
    ).toEqual([])
    expect(await chartZoom(page), `slide ${n} needed shrinking at 1920×1080`).toBe(1)
    smallest.push(`slide ${n}: ${texts[0]?.size ?? 0} px (“${texts[0]?.text ?? ''}”)`)
  }
  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height })
    for (const n of chartSlides) {
      await open(n)
      const m = await measureSlide(page)
      expect(m.overflow, `slide ${n} at ${width}×${height}`).toEqual([])
      zooms.push(`${width}×${height} slide ${n}: ${m.zoom}`)
    }
  }
  test.info().annotations.push({
    type: 'chart slide type',
    description: `smallest text at 1920×1080: ${smallest.join(', ')}; chart zoom ${zooms.join(', ')}`,
  })
  console.log(test.info().annotations.at(-1)?.description)
})

test('the high-contrast theme is remembered and nothing needs hover', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=chips&present=1&slide=2')
  const toggle = page.getByRole('button', { name: 'High contrast' })
  await showControls(page)
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(deck(page)).toHaveClass(/deck--contrast/)
  const ink = await page.locator('.slide--current .slide__lead').evaluate((el) => getComputedStyle(el).color)
  expect(ink).toBe('rgb(0, 0, 0)')
  await page.reload()
  await expect(deck(page)).toHaveClass(/deck--contrast/)
  expect(search(page)).toBe('?dims=chips&present=1&slide=2')
  // The controls hide while presenting, but Tab brings them back: nothing needs a mouse.
  await expect(deck(page)).toHaveClass(/deck--chrome-hidden/, { timeout: 6000 })
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(() => document.activeElement?.closest('.deck-toolbar') !== null)) break
  }
  const toolbar = page.getByRole('toolbar', { name: 'Presentation controls' })
  await expect.poll(() => toolbar.evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
  for (const name of [
    'Previous slide',
    'Next slide',
    'Exit presentation',
    'Speaker notes',
    'High contrast',
    'Full screen',
    'Keys',
    'Print…',
  ]) {
    await expect(page.getByRole('button', { name })).toBeVisible()
  }
})

test('presentation mode has no axe violations, in either theme and with notes and help open', async ({ page, watch }) => {
  void watch
  test.slow() // five axe runs over a deck that keeps every slide in the page
  // A browser that blocks pop-ups: S shows the notes beside the slide, and says why.
  await page.addInitScript(() => {
    window.open = () => null
  })
  await page.goto('/?dims=chips~governance&present=1')
  await expect(deck(page)).toBeVisible()
  await expectNoAxeViolations(page)
  await page.keyboard.press('ArrowRight')
  await expect(currentTitle(page)).toHaveText('Chips & compute')
  await expectNoAxeViolations(page)
  await page.keyboard.press('s')
  const notes = page.getByRole('complementary', { name: 'Speaker notes' })
  await expect(notes).toBeVisible()
  await expect(notes.getByRole('status')).toContainText('The browser blocked the speaker window, so the notes are shown here')
  await expectNoAxeViolations(page)
  await showControls(page)
  await page.getByRole('button', { name: 'High contrast' }).click()
  await page.keyboard.press('End')
  await expectNoAxeViolations(page)
  await page.keyboard.press('Shift+?')
  await expect(page.getByRole('dialog', { name: 'Keyboard and clicker keys' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the toolbar hides once presenting starts, comes back on mouse move, and the keys work while it is hidden', async ({
  page,
  watch,
}) => {
  void watch
  await page.goto('/?dims=chips&present=1')
  const toolbar = page.getByRole('toolbar', { name: 'Presentation controls' })
  await expect.poll(() => toolbar.evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
  await expect(deck(page)).toHaveClass(/deck--chrome-hidden/, { timeout: 6000 })
  await expect.poll(() => toolbar.evaluate((el) => getComputedStyle(el).opacity)).toBe('0')
  await page.keyboard.press('ArrowRight')
  await expect(progress(page)).toHaveText('2 / 6')
  await expect(deck(page)).toHaveClass(/deck--chrome-hidden/)
  await page.mouse.move(400, 300)
  await page.mouse.move(420, 320)
  await expect(deck(page)).not.toHaveClass(/deck--chrome-hidden/)
  await expect.poll(() => toolbar.evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
  await showControls(page)
  await page.getByRole('button', { name: 'Next slide' }).click()
  await expect(progress(page)).toHaveText('3 / 6')
})

for (const [width, height] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`the longest quote (60 words) shows whole, under its short title, inside the slide at ${width}×${height}`, async ({
    page,
    watch,
  }) => {
    void watch
    await page.setViewportSize({ width, height })
    await page.goto('/?dims=diplomacy&q=full-stack%20AI%20export%20packages&present=1&slide=2')
    const article = page.locator('.slide--current [data-provision="us-3-1-1"]')
    await expect(article).toBeVisible()
    const p = await page.evaluate(async () => {
      const d = (await (await fetch('/api/v1/dataset.json')).json()) as { provisions: { id: string; title: string; text?: string }[] }
      return d.provisions.find((x) => x.id === 'us-3-1-1')
    })
    expect(p?.text?.split(' ')).toHaveLength(60)
    await expect(article.getByRole('heading', { level: 3 })).toHaveText(p?.title ?? 'missing')
    await expect(article.locator('blockquote')).toHaveText(p?.text ?? 'missing')
    const m = await measureSlide(page)
    expect(m.overflow).toEqual([])
    const quoteInside = await article.locator('blockquote').evaluate((el) => {
      const r = el.getBoundingClientRect()
      const s = (el.closest('.slide') as HTMLElement).getBoundingClientRect()
      return r.top >= s.top && r.bottom <= s.bottom && r.height > 0
    })
    expect(quoteInside).toBe(true)
  })
}

test('a deck link on a 360×740 phone reflows into a readable page, one section per slide', async ({ page, watch }) => {
  void watch
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/?dims=chips&present=1')
  await expect(deck(page)).toHaveClass(/deck--reflow/)
  const slides = page.locator('.slide')
  await expect(slides).toHaveCount(6)
  const layout = await page.evaluate(() => {
    const d = document.querySelector('.deck') as HTMLElement
    const all = [...document.querySelectorAll<HTMLElement>('.slide')]
    const texts = all
      .flatMap((s) => [...s.querySelectorAll<HTMLElement>('p, li, h1, h2, h3, blockquote')])
      .filter((el) => !el.closest('.slide-chart, .visually-hidden') && (el.textContent ?? '').trim() !== '')
      .map((el) => parseFloat(getComputedStyle(el).fontSize))
    return {
      visible: all.filter((s) => getComputedStyle(s).visibility === 'visible' && !s.inert).length,
      minText: Math.min(...texts),
      scrolls: d.scrollHeight > d.clientHeight,
      sideways: d.scrollWidth - d.clientWidth,
      width: Math.round(all[1]?.getBoundingClientRect().width ?? 0),
    }
  })
  expect(layout.visible).toBe(6)
  expect(layout.minText).toBeGreaterThanOrEqual(14)
  expect(layout.scrolls).toBe(true)
  expect(layout.sideways).toBeLessThanOrEqual(0)
  expect(layout.width).toBe(360)
  // The whole wording, readable, on the dimension section; the keys still move and scroll to the slide.
  await expect(page.locator('[data-slide="2"] [data-provision="us-3-3-1"] blockquote')).toContainText('location verification')
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('[data-slide="2"]')).toBeInViewport()
  await expectNoAxeViolations(page)
})

test('print offers slides only or slides with notes; with notes, each slide’s notes follow it', async ({ page, watch }) => {
  void watch
  await page.goto('/?dims=chips&present=1')
  await showControls(page)
  await page.getByRole('button', { name: 'Print…' }).click()
  const panel = page.getByRole('dialog', { name: 'Print the handout' })
  await expect(panel.getByRole('radio', { name: 'Slides only' })).toBeChecked()
  await expectNoAxeViolations(page)
  await panel.getByRole('radio', { name: 'Slides with speaker notes' }).check()
  await panel.getByRole('button', { name: 'Close' }).click()
  await expect(panel).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Print…' })).toBeFocused()
  await page.emulateMedia({ media: 'print' })
  const notes = page.locator('.print-notes')
  await expect(notes).toHaveCount(6)
  await expect(notes.nth(1)).toBeVisible()
  await expect(notes.nth(1)).toContainText('Notes: Chips & compute')
  await expect(notes.nth(1)).toContainText('explore leveraging new and existing location verification features')
  await expect(page.locator('.slide').nth(3)).toBeVisible()
})

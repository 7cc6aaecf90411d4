/**
 * Shared fixture: every test fails if the page throws, logs an error, or sends a request to any
 * origin other than the app's own (no third-party requests; docs/architecture.md § Security).
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

export interface Watch {
  pageErrors: string[]
  consoleErrors: string[]
  foreignRequests: string[]
  /** Console errors a test expects (e.g. a deliberately failed request). */
  allowConsole: RegExp[]
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin
    const watch: Watch = { pageErrors: [], consoleErrors: [], foreignRequests: [], allowConsole: [] }
    page.on('pageerror', (e) => watch.pageErrors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') watch.consoleErrors.push(m.text())
    })
    page.on('request', (r) => {
      const url = r.url()
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url)
    })
    await use(watch)
    expect(watch.pageErrors, 'page errors').toEqual([])
    expect(watch.foreignRequests, 'requests to other origins').toEqual([])
    expect(
      watch.consoleErrors.filter((t) => !watch.allowConsole.some((re) => re.test(t))),
      'console errors',
    ).toEqual([])
  },
})

export { expect }

/** Axe on the whole page, or only on the part `include` selects (e.g. a panel). */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page })
  const results = await (include ? builder.include(include) : builder)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`)
  expect(summary).toEqual([])
}

export const matrix = (page: Page) => page.getByRole('table', { name: 'Side-by-side comparison' })

export async function rowTitles(page: Page): Promise<string[]> {
  return matrix(page).getByRole('rowheader').locator('h2').allTextContents()
}

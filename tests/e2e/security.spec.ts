/**
 * Security bars (docs/architecture.md § Security) on the production build: only this origin is ever contacted, the
 * Content-Security-Policy allows only 'self' and is enforced, and no built code renders HTML from
 * strings. (Source code is covered by the ESLint `no-restricted-syntax` rule in eslint.config.js.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const dist = path.resolve('dist')

interface Violation {
  directive: string
  blocked: string
  sample: string
}

/** Collects `securitypolicyviolation` events from every document the page loads. */
async function recordCspViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = []
  await page.exposeFunction('__reportCspViolation', (v: Violation) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: Violation) => void }).__reportCspViolation
      void report({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample })
    })
  })
  return violations
}

const views = [
  { url: '/', title: /^Compare —/, ready: (p: Page) => p.getByRole('table', { name: 'Side-by-side comparison' }) },
  { url: '/?view=charts', title: /^Charts —/, ready: (p: Page) => p.locator('main h1').first() },
  { url: '/?view=timeline', title: /^Timeline —/, ready: (p: Page) => p.locator('main h1').first() },
  { url: '/?view=sources', title: /^Sources —/, ready: (p: Page) => p.getByRole('heading', { name: 'Sources and method', level: 1 }) },
  { url: '/?sel=us-3-3-1', title: /^Compare —/, ready: (p: Page) => p.getByRole('complementary') },
]

test('every view talks only to its own origin and raises no CSP violation', async ({ page, context, baseURL, watch }) => {
  void watch // also fails the test on page errors, console errors (CSP reports log one) and foreign requests
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin
  const requests: string[] = []
  // Context-wide, so requests from the service worker are recorded too.
  context.on('request', (r) => requests.push(r.url()))
  const violations = await recordCspViolations(page)

  for (const view of views) {
    await page.goto(view.url)
    await expect(view.ready(page), view.url).toBeVisible()
    await expect(page, view.url).toHaveTitle(view.title)
    await page.waitForLoadState('networkidle')
    expect(violations, `CSP violations on ${view.url}`).toEqual([])
  }

  const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin)
  expect(foreign).toEqual([])
  // The recording works: the app's own code and data were seen.
  expect(requests.some((u) => u.endsWith('/api/v1/dataset.json'))).toBe(true)
  expect(requests.filter((u) => /\/assets\/.+\.js$/.test(u)).length).toBeGreaterThan(1)
})

test('the CSP is enforced: injected inline script and style are blocked and reported', async ({ page }) => {
  const violations = await recordCspViolations(page)
  await page.goto('/')
  await expect(page.getByRole('table', { name: 'Side-by-side comparison' })).toBeVisible()
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.head.append(script)
    const style = document.createElement('style')
    style.textContent = 'main { display: none !important }'
    document.head.append(style)
    await new Promise((r) => setTimeout(r, 100))
    return {
      ran: (window as unknown as { __injected?: boolean }).__injected === true,
      mainDisplay: getComputedStyle(document.querySelector('main') as Element).display,
    }
  })
  expect(outcome.ran).toBe(false)
  expect(outcome.mainDisplay).not.toBe('none')
  await expect.poll(() => violations.map((v) => v.directive).sort()).toEqual(['script-src-elem', 'style-src-elem'])
})

/** `name 'a' 'b'; other …` → { name: ['a', 'b'], … } */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0])
  return new Map(directives.map(([name, ...sources]) => [(name ?? '').toLowerCase(), sources]))
}

const decode = (s: string) => s.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&')

test('the built index.html carries a self-only CSP before any script, and a referrer policy', () => {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)]
  expect(metas).toHaveLength(1)
  const [meta] = metas
  const csp = parseCsp(decode(meta?.[1] ?? ''))

  expect(csp.get('default-src')).toEqual(["'self'"])
  expect(csp.get('script-src')).toEqual(["'self'"])
  expect(csp.get('style-src')).toEqual(["'self'"])
  expect(csp.get('object-src')).toEqual(["'none'"])
  const allowed = new Set(["'self'", "'none'", 'data:', 'blob:'])
  const loose = [...csp].flatMap(([name, sources]) => sources.filter((s) => !allowed.has(s)).map((s) => `${name} ${s}`))
  expect(loose, 'sources other than self, none, data:, blob:').toEqual([])
  // A meta CSP only governs what comes after it.
  const firstLoad = html.search(/<(script|link)\b/i)
  expect(meta?.index ?? Infinity).toBeLessThan(firstLoad)

  const referrer = /<meta\s+name="referrer"\s+content="([^"]+)"/i.exec(html)?.[1]
  expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(referrer)

  expect(html, 'inline script').not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/i)
  expect(html, 'inline event handler').not.toMatch(/<[a-z]+\b[^>]*\son[a-z]+=/i)
  expect(html, 'inline style element').not.toMatch(/<style\b/i)
})

/**
 * Compiled JSX writes `dangerouslySetInnerHTML:{__html:…}` as a props key. React DOM itself only
 * names the prop in `case` labels and property reads, which this does not match.
 */
const dangerousUsage = /(?<![.\w$])dangerouslySetInnerHTML\s*:|["'`]dangerouslySetInnerHTML["'`]\s*:\s*\{\s*["'`]?__html/

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f)
    return statSync(full).isDirectory() ? jsFiles(full) : f.endsWith('.js') ? [full] : []
  })
}

test('no built JS file uses dangerouslySetInnerHTML', () => {
  // The detector catches compiled usage and ignores React DOM's own handling of the prop.
  for (const usage of [
    'u("div",{dangerouslySetInnerHTML:{__html:e}})',
    '{className:a,dangerouslySetInnerHTML:{__html:b}}',
    '{"dangerouslySetInnerHTML":{"__html":c}}',
  ]) {
    expect(usage).toMatch(dangerousUsage)
  }
  for (const internal of [
    'case`dangerouslySetInnerHTML`:if(r!=null){',
    'typeof t.dangerouslySetInnerHTML==`object`',
    'n.dangerouslySetInnerHTML!=null&&(e.textContent=``)',
  ]) {
    expect(internal).not.toMatch(dangerousUsage)
  }
  const files = jsFiles(dist)
  expect(files.length).toBeGreaterThan(1)
  const offenders = files.filter((f) => dangerousUsage.test(readFileSync(f, 'utf8'))).map((f) => path.relative(dist, f))
  expect(offenders).toEqual([])
})

/**
 * Filter-to-paint latency in Chromium (playwright-core, Debian's /usr/bin/chromium): toggles the
 * "Chips & compute" dimension checkbox with real (trusted) clicks and times each toggle in the page
 * (see interaction-probe.ts). Real data, then synthetic 10× and 100× datasets served by intercepting
 * /api/v1/dataset.json. The service worker is blocked so the interception always applies.
 */
import { chromium, type Browser, type Page } from 'playwright-core'
import type { BenchConfig } from './config'
import { installProbe, type ProbeSample } from './interaction-probe'
import type { Row } from './report'
import { percentile } from './stats'

export type View = 'compare' | 'charts'

export interface InteractionResult {
  view: View
  scale: number
  provisions: number
  /** Navigation to a ready view, ms (dominated by fetching and validating the data at 100×). */
  loadMs: number
  samples: ProbeSample[]
  p50: number
  p95: number
  firstFrameP50: number
  firstFrameP95: number
  /** Share of toggles that changed the view (0 means the view ignores the filter). */
  mutatedShare: number
  /** p95 of the Event Timing durations, with toggles under the 16 ms threshold counted as 16. */
  eventTimingP95: number
}

const WARMUP = 2

async function openView(page: Page, baseUrl: string, view: View): Promise<number> {
  const t0 = Date.now()
  await page.goto(view === 'compare' ? `${baseUrl}/` : `${baseUrl}/?view=${view}`, { timeout: 120_000 })
  // The default link paints pre-rendered HTML before the app has hydrated it: wait for the app.
  await page.locator('html[data-app]').waitFor({ state: 'attached', timeout: 120_000 })
  await page.getByRole('group', { name: 'Dimensions' }).waitFor({ timeout: 120_000 })
  if (view === 'compare') await page.getByRole('table', { name: 'Side-by-side comparison' }).waitFor({ timeout: 120_000 })
  else await page.waitForLoadState('networkidle', { timeout: 120_000 })
  const loadMs = Date.now() - t0
  await page.waitForTimeout(500) // let lazy chunks, fonts and idle work settle before timing
  return loadMs
}

async function measureView(
  browser: Browser,
  cfg: BenchConfig,
  baseUrl: string,
  view: View,
  scale: number,
  payload: string | null,
  provisions: number,
): Promise<InteractionResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    if (cfg.cpuRate > 1) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cfg.cpuRate })
    }
    if (payload) {
      await page.route('**/api/v1/dataset.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body: payload }),
      )
    }
    const loadMs = await openView(page, baseUrl, view)
    // tsx compiles with keepNames, so functions sent to the page call a global __name helper.
    await page.evaluate('globalThis.__name = globalThis.__name || ((f) => f)')
    await page.evaluate(installProbe)
    const checkbox = page.getByRole('group', { name: 'Dimensions' }).getByRole('checkbox', { name: 'Chips & compute', exact: true })
    const samples: ProbeSample[] = []
    for (let i = 0; i < cfg.toggles + WARMUP; i++) {
      await checkbox.click()
      const sample = await page.evaluate(() => {
        const probe = window.__benchProbe
        if (!probe) throw new Error('probe missing')
        return probe.next()
      })
      if (i >= WARMUP) samples.push(sample)
      await page.waitForTimeout(50)
    }
    const totals = samples.map((s) => s.total)
    const firsts = samples.map((s) => s.firstFrame)
    return {
      view,
      scale,
      provisions,
      loadMs,
      samples,
      p50: percentile(totals, 50),
      p95: percentile(totals, 95),
      firstFrameP50: percentile(firsts, 50),
      firstFrameP95: percentile(firsts, 95),
      mutatedShare: samples.filter((s) => s.mutated).length / samples.length,
      eventTimingP95: percentile(
        samples.map((s) => s.eventTiming ?? 16),
        95,
      ),
    }
  } finally {
    await context.close()
  }
}

export async function runInteraction(
  cfg: BenchConfig,
  baseUrl: string,
  payloads: Map<number, string>,
  realProvisions: number,
): Promise<InteractionResult[]> {
  const browser = await chromium.launch({
    executablePath: cfg.chromePath,
    headless: true,
    args: cfg.chromeFlags.filter((f) => !f.startsWith('--headless')),
  })
  const results: InteractionResult[] = []
  try {
    for (const scale of cfg.scales) {
      for (const view of ['compare', 'charts'] as const) {
        const payload = scale === 1 ? null : (payloads.get(scale) ?? null)
        const r = await measureView(browser, cfg, baseUrl, view, scale, payload, realProvisions * scale)
        console.log(
          `  ${view} ×${scale} (CPU ${cfg.cpuRate}× slower, ${r.samples.length} toggles): settled p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${Math.max(...r.samples.map((x) => x.total)).toFixed(1)} ms; INP-like (Event Timing) p95 ${r.eventTimingP95.toFixed(1)} ms (first frame p50 ${r.firstFrameP50.toFixed(1)}, p95 ${r.firstFrameP95.toFixed(1)}), load ${r.loadMs} ms, view changed on ${Math.round(r.mutatedShare * 100)}% of toggles`,
        )
        results.push(r)
      }
    }
  } finally {
    await browser.close()
  }
  return results
}

export function interactionRows(results: readonly InteractionResult[]): Row[] {
  const rows: Row[] = []
  for (const view of ['compare', 'charts'] as const) {
    const mine = results.filter((r) => r.view === view)
    const base = mine.find((r) => r.scale === 1)
    for (const r of mine) {
      const group = `toggle→${view}`
      const at = `${r.scale}× (${r.provisions} prov.)`
      const changed = r.mutatedShare < 1 ? `, view changed on ${Math.round(r.mutatedShare * 100)}% of toggles` : ''
      rows.push({
        group,
        metric: `p50 at ${at}`,
        value: r.p50,
        unit: 'ms',
        note: `n=${r.samples.length}, load ${(r.loadMs / 1000).toFixed(1)} s${changed}`,
      })
      // Budget (docs/performance.md): ≤ 50 ms p95 for the Compare view at real data size.
      rows.push({
        group,
        metric: `p95 at ${at}`,
        value: r.p95,
        unit: 'ms',
        budget: view === 'compare' && r.scale === 1 ? { op: '<=', limit: 50 } : undefined,
        note: `Event Timing p95 ${r.eventTimingP95} ms`,
      })
    }
    for (const r of mine.filter((x) => x.scale > 1)) {
      if (!base) continue
      // Linear or better: p50 grows by at most the data's factor.
      rows.push({
        group: `toggle→${view}`,
        metric: `p50 growth at ${r.scale}× data`,
        value: r.p50 / base.p50,
        unit: '×',
        budget: { op: '<=', limit: r.scale },
      })
    }
  }
  return rows
}

/**
 * Lighthouse 12 through its Node API, one fresh headless Chromium per run (no cache or storage
 * carried between runs), performance category only. Reports the median of each metric over the runs.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig, type Config } from 'lighthouse'
import type { BenchConfig } from './config'
import type { Row } from './report'
import { median } from './stats'

export type Preset = 'mobile' | 'desktop'

export interface LighthouseRun {
  performance: number
  lcp: number
  cls: number
  tbt: number
  fcp: number
  totalBytes: number
}

/** Where the main thread's time went in one run (Lighthouse's simulated, 4×-slowed figures on mobile). */
export interface MainThreadDiagnostics {
  /** `bootup-time`: per script, ms of scripting and of parse/compile. */
  bootup: { url: string; total: number; scripting: number; parseCompile: number }[]
  /** `mainthread-work-breakdown`: ms per category (script evaluation, style & layout, …). */
  breakdown: { group: string; ms: number }[]
  /** `long-tasks`: every task over 50 ms, with its start and the script it is attributed to. */
  longTasks: { url: string; start: number; ms: number }[]
}

type Details = { items?: Record<string, unknown>[] } | undefined
const items = (d: unknown) => (d as Details)?.items ?? []
const str = (v: unknown) => (typeof v === 'string' ? v : '')
const num = (v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : Number.NaN)

export interface LighthouseResult {
  url: string
  preset: Preset
  runs: LighthouseRun[]
  median: LighthouseRun
  /** Per run, in the saved JSON only. */
  diagnostics: MainThreadDiagnostics[]
}

async function runOnce(url: string, preset: Preset, cfg: BenchConfig): Promise<LighthouseRun & { diagnostics: MainThreadDiagnostics }> {
  const chrome = await chromeLauncher.launch({ chromePath: cfg.chromePath, chromeFlags: cfg.chromeFlags, logLevel: 'silent' })
  try {
    const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, config)
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
    const details = (id: string) => items(lhr.audits[id]?.details)
    return {
      performance: (lhr.categories.performance?.score ?? Number.NaN) * 100,
      lcp: value('largest-contentful-paint'),
      cls: value('cumulative-layout-shift'),
      tbt: value('total-blocking-time'),
      fcp: value('first-contentful-paint'),
      totalBytes: value('total-byte-weight'),
      diagnostics: {
        bootup: details('bootup-time').map((i) => ({
          url: str(i.url),
          total: num(i.total),
          scripting: num(i.scripting),
          parseCompile: num(i.scriptParseCompile),
        })),
        breakdown: details('mainthread-work-breakdown').map((i) => ({ group: str(i.groupLabel) || str(i.group), ms: num(i.duration) })),
        longTasks: details('long-tasks').map((i) => ({ url: str(i.url), start: num(i.startTime), ms: num(i.duration) })),
      },
    }
  } finally {
    await chrome.kill()
  }
}

export async function runLighthouse(url: string, preset: Preset, cfg: BenchConfig): Promise<LighthouseResult> {
  const runs: LighthouseRun[] = []
  const diagnostics: MainThreadDiagnostics[] = []
  for (let i = 0; i < cfg.lighthouseRuns; i++) {
    let run: LighthouseRun & { diagnostics: MainThreadDiagnostics }
    try {
      run = await runOnce(url, preset, cfg)
    } catch (error) {
      // One retry: a busy machine (or a parallel rebuild of the folder being served) can fail a single load.
      console.log(`  lighthouse ${preset} run ${i + 1} failed, retrying once: ${String(error).split('\n')[0]}`)
      run = await runOnce(url, preset, cfg)
    }
    console.log(
      `  lighthouse ${preset} ${url} run ${i + 1}/${cfg.lighthouseRuns}: perf ${Math.round(run.performance)}, FCP ${Math.round(run.fcp)} ms, LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms`,
    )
    const { diagnostics: d, ...figures } = run
    runs.push(figures)
    diagnostics.push(d)
  }
  const pick = (k: keyof LighthouseRun) => median(runs.map((r) => r[k]))
  return {
    url,
    preset,
    runs,
    median: {
      performance: pick('performance'),
      lcp: pick('lcp'),
      cls: pick('cls'),
      tbt: pick('tbt'),
      fcp: pick('fcp'),
      totalBytes: pick('totalBytes'),
    },
    diagnostics,
  }
}

/** The Lighthouse budgets of docs/performance.md; applied to both presets (desktop passes them more easily). */
export function lighthouseRows(r: LighthouseResult): Row[] {
  const group = `lighthouse ${r.preset}`
  const note = `median of ${r.runs.length}`
  return [
    { group, metric: 'performance score', value: r.median.performance, unit: 'score', budget: { op: '>=', limit: 95 }, note },
    { group, metric: 'FCP', value: r.median.fcp, unit: 'ms' },
    { group, metric: 'LCP', value: r.median.lcp, unit: 'ms', budget: { op: '<=', limit: 1800 } },
    { group, metric: 'CLS', value: r.median.cls, unit: '', budget: { op: '<=', limit: 0.02 } },
    { group, metric: 'TBT', value: r.median.tbt, unit: 'ms', budget: { op: '<=', limit: 100 } },
    { group, metric: 'total bytes', value: r.median.totalBytes / 1000, unit: 'KB' },
  ]
}

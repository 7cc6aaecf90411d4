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

export interface LighthouseResult {
  url: string
  preset: Preset
  runs: LighthouseRun[]
  median: LighthouseRun
}

async function runOnce(url: string, preset: Preset, cfg: BenchConfig): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: cfg.chromePath, chromeFlags: cfg.chromeFlags, logLevel: 'silent' })
  try {
    const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, config)
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
    return {
      performance: (lhr.categories.performance?.score ?? Number.NaN) * 100,
      lcp: num('largest-contentful-paint'),
      cls: num('cumulative-layout-shift'),
      tbt: num('total-blocking-time'),
      fcp: num('first-contentful-paint'),
      totalBytes: num('total-byte-weight'),
    }
  } finally {
    await chrome.kill()
  }
}

export async function runLighthouse(url: string, preset: Preset, cfg: BenchConfig): Promise<LighthouseResult> {
  const runs: LighthouseRun[] = []
  for (let i = 0; i < cfg.lighthouseRuns; i++) {
    let run: LighthouseRun
    try {
      run = await runOnce(url, preset, cfg)
    } catch (error) {
      // One retry: a busy machine (or a parallel rebuild of the folder being served) can fail a single load.
      console.log(`  lighthouse ${preset} run ${i + 1} failed, retrying once: ${String(error).split('\n')[0]}`)
      run = await runOnce(url, preset, cfg)
    }
    console.log(`  lighthouse ${preset} ${url} run ${i + 1}/${cfg.lighthouseRuns}: perf ${Math.round(run.performance)}, LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms`)
    runs.push(run)
  }
  const pick = (k: keyof LighthouseRun) => median(runs.map((r) => r[k]))
  return {
    url,
    preset,
    runs,
    median: { performance: pick('performance'), lcp: pick('lcp'), cls: pick('cls'), tbt: pick('tbt'), fcp: pick('fcp'), totalBytes: pick('totalBytes') },
  }
}

/** SPEC §9's Lighthouse bars; applied to both presets (desktop passes them more easily). */
export function lighthouseRows(r: LighthouseResult): Row[] {
  const group = `lighthouse ${r.preset}`
  const note = `median of ${r.runs.length}`
  return [
    { group, metric: 'performance score', value: r.median.performance, unit: 'score', budget: { op: '>=', limit: 95 }, note },
    { group, metric: 'LCP', value: r.median.lcp, unit: 'ms', budget: { op: '<=', limit: 1800 } },
    { group, metric: 'CLS', value: r.median.cls, unit: '', budget: { op: '<=', limit: 0.02 } },
    { group, metric: 'TBT', value: r.median.tbt, unit: 'ms', budget: { op: '<=', limit: 100 } },
    { group, metric: 'total bytes', value: r.median.totalBytes / 1000, unit: 'KB' },
  ]
}

/**
 * `npm run bench`: builds the app, then measures sizes, Lighthouse (mobile and desktop), filter
 * latency at 1×/10×/100× data and the app's LCP against a static page of the same content. Prints
 * metric / value / budget / status and saves the figures as JSON in tests/bench/results/.
 * Exits 1 when a budget fails (BENCH_ALLOW_FAIL=1 to exit 0). Settings: tests/bench/config.ts.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { changesSince, latestResult } from './compare'
import { config, type Step } from './config'
import { measureFirstViewJs, type FirstViewJs } from './first-view'
import { interactionRows, runInteraction, type InteractionResult } from './interaction'
import { lighthouseRows, runLighthouse, type LighthouseResult, type Preset } from './lighthouse'
import { renderTable, status, writeResults, type Row } from './report'
import { startPreview, type PreviewServer } from './server'
import { measureSizes, sizeRows, type SizeReport } from './size'
import { writeStaticPage } from './static-page'
import { readPayload, syntheticPayload } from './synthetic-data'

const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
const step = (name: string) => console.log(`\n── ${name} (${elapsed()})`)
const runs = (s: Step) => !config.skip.has(s)

function build(): number {
  const t0 = Date.now()
  const vite = path.join(config.root, 'node_modules/vite/bin/vite.js')
  const res = spawnSync(process.execPath, [vite, 'build', '--outDir', config.outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: config.root,
    stdio: 'inherit',
  })
  if (res.status !== 0) throw new Error(`vite build failed with exit code ${res.status}`)
  return Date.now() - t0
}

async function main(): Promise<void> {
  const rows: Row[] = []
  const results: {
    sizes?: SizeReport
    firstViewJs?: FirstViewJs
    lighthouse: LighthouseResult[]
    staticLighthouse: LighthouseResult[]
    interaction: InteractionResult[]
    buildMs?: number
  } = {
    lighthouse: [],
    staticLighthouse: [],
    interaction: [],
  }
  const servers: PreviewServer[] = []
  mkdirSync(config.tmpDir, { recursive: true })
  try {
    if (runs('build')) {
      step(`build → ${config.outDir}`)
      results.buildMs = build()
      rows.push({ group: 'build', metric: 'vite build (wall)', value: results.buildMs / 1000, unit: 's' })
    }
    const needApp = runs('size') || runs('lighthouse') || runs('static') || runs('interaction')
    if (needApp) {
      step(`vite preview on ${config.port}`)
      const app = await startPreview(config.root, config.outDir, config.port)
      servers.push(app)
      console.log(`  ${app.url} (pid ${app.pid})`)
      if (runs('size')) {
        step('sizes')
        results.sizes = measureSizes(config.outDir)
        results.firstViewJs = await measureFirstViewJs(config, app.url, config.outDir)
        for (const [url, files] of Object.entries(results.firstViewJs.byUrl))
          console.log(`  ${url}: ${files.map((f) => `${f.file} ${(f.gzip / 1000).toFixed(1)} KB`).join(', ')}`)
        rows.push(...sizeRows(results.sizes, results.firstViewJs.worst))
      }
      const presets: Preset[] = ['mobile', 'desktop']
      if (runs('lighthouse') || runs('static')) {
        step(`lighthouse, ${config.lighthouseRuns} runs per preset`)
        for (const preset of presets) {
          const r = await runLighthouse(`${app.url}/`, preset, config)
          results.lighthouse.push(r)
          if (runs('lighthouse')) rows.push(...lighthouseRows(r))
        }
      }
      if (runs('static')) {
        step('static Compare page (physical limit)')
        const dir = path.join(config.tmpDir, 'static')
        const bytes = writeStaticPage(config.outDir, dir)
        const server = await startPreview(config.root, dir, config.staticPort)
        servers.push(server)
        console.log(`  ${(bytes / 1000).toFixed(1)} KB of HTML in ${dir}, served at ${server.url} (pid ${server.pid})`)
        for (const preset of presets) {
          const s = await runLighthouse(`${server.url}/`, preset, config)
          results.staticLighthouse.push(s)
          const appLcp = results.lighthouse.find((r) => r.preset === preset)?.median.lcp ?? Number.NaN
          rows.push({ group: `static page ${preset}`, metric: 'LCP', value: s.median.lcp, unit: 'ms', note: `median of ${s.runs.length}` })
          rows.push({ group: `static page ${preset}`, metric: 'app LCP ÷ static LCP', value: appLcp / s.median.lcp, unit: '×' })
        }
      }
      if (runs('interaction')) {
        step(`interaction latency, ${config.toggles} toggles at ${config.scales.map((s) => `${s}×`).join(', ')}`)
        const real = readPayload(path.join(config.outDir, 'api/v1/dataset.json'))
        const payloads = new Map<number, string>()
        for (const scale of config.scales.filter((s) => s > 1)) {
          const body = syntheticPayload(real, scale)
          payloads.set(scale, body)
          console.log(
            `  synthetic ×${scale}: ${real.provisions.length * scale} provisions, ${(body.length / 1e6).toFixed(1)} MB, schema-valid`,
          )
        }
        results.interaction = await runInteraction(config, app.url, payloads, real.provisions.length)
        rows.push(...interactionRows(results.interaction))
      }
    }
  } finally {
    for (const s of servers) await s.stop()
    rmSync(config.tmpDir, { recursive: true, force: true })
  }

  const failed = rows.filter((r) => status(r) === 'FAIL')
  step('results')
  console.log(renderTable(rows))
  const previous = latestResult(config.resultsDir)
  if (previous) {
    const changes = changesSince(previous, rows)
    console.log(`\nChanged by more than 10 % since the run of ${previous.date}:${changes.length ? `\n${changes.join('\n')}` : ' nothing'}`)
  }
  const file = writeResults(config.resultsDir, {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, load: os.loadavg(), node: process.version },
    settings: {
      runs: config.lighthouseRuns,
      toggles: config.toggles,
      scales: config.scales,
      outDir: config.outDir,
      skipped: [...config.skip],
    },
    durationMs: Date.now() - started,
    rows: rows.map((r) => ({ ...r, status: status(r) })),
    details: results,
  })
  console.log(
    `\n${rows.length} figures, ${failed.length} over budget${failed.length ? `: ${failed.map((r) => `${r.group} ${r.metric}`).join('; ')}` : ''}`,
  )
  console.log(`saved ${path.relative(config.root, file)}; total ${elapsed()}`)
  if (failed.length && process.env.BENCH_ALLOW_FAIL !== '1') process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(2)
})

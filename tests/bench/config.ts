/**
 * Settings for `npm run bench`, read from the environment so a quick run or a heavier one needs no
 * code change. Defaults are the documented ones in docs/performance.md (3 Lighthouse runs, 30 toggles, 1×/10×/100× data).
 */
import os from 'node:os'
import path from 'node:path'
import { chromePath, chromiumArgs } from '../chromium'

function int(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}=${raw}: expected a positive integer`)
  return n
}

function list(name: string, fallback: number[]): number[] {
  const raw = process.env[name]
  if (!raw) return fallback
  const values = raw.split(',').map((s) => Number(s.trim()))
  if (values.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${name}=${raw}: expected positive integers separated by commas`)
  return [...new Set([1, ...values])].sort((a, b) => a - b)
}

const steps = ['build', 'size', 'lighthouse', 'static', 'interaction'] as const
export type Step = (typeof steps)[number]

function skipped(): Set<Step> {
  const raw = process.env.BENCH_SKIP ?? ''
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = names.filter((n) => !(steps as readonly string[]).includes(n))
  if (unknown.length) throw new Error(`BENCH_SKIP: unknown step ${unknown.join(', ')}; steps are ${steps.join(', ')}`)
  return new Set(names as Step[])
}

const root = path.resolve(import.meta.dirname, '../..')

export const config = {
  root,
  /** The build to measure; another folder keeps a bench run safe from a parallel `vite build` into dist/. */
  outDir: path.resolve(root, process.env.BENCH_OUT_DIR ?? 'dist'),
  /** 4174, never 4173, so the bench never collides with the e2e server. */
  port: int('BENCH_PORT', 4174),
  staticPort: int('BENCH_STATIC_PORT', 4175),
  lighthouseRuns: int('BENCH_RUNS', 3),
  toggles: int('BENCH_TOGGLES', 30),
  /** CPU slowdown for the interaction probe (Chrome DevTools Protocol Emulation.setCPUThrottlingRate); 1 = none. */
  cpuRate: int('BENCH_CPU', 1),
  /** Multiples of the real provisions; 1 (the real data) is always included. */
  scales: list('BENCH_SCALES', [1, 10, 100]),
  skip: skipped(),
  chromePath,
  /** The flags Debian Chromium needs headless on this machine (tests/chromium.ts). */
  chromeFlags: ['--headless=new', ...chromiumArgs],
  resultsDir: path.join(root, 'tests/bench/results'),
  tmpDir: path.join(os.tmpdir(), `parallax-bench-${process.pid}`),
}

export type BenchConfig = typeof config

/**
 * Compares a run with the previous saved one in tests/bench/results/, so a regression shows up
 * without opening two JSON files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Row } from './report'

interface Saved {
  date: string
  rows: Row[]
}

export function latestResult(dir: string): Saved | null {
  if (!existsSync(dir)) return null
  const files = readdirSync(dir)
    .filter((f) => /^bench-.*\.json$/.test(f))
    .sort()
  const last = files.at(-1)
  return last ? (JSON.parse(readFileSync(path.join(dir, last), 'utf8')) as Saved) : null
}

/** Lines for figures that moved by more than `threshold` (a share, 0.1 = 10 %) since `previous`. */
export function changesSince(previous: Saved, rows: readonly Row[], threshold = 0.1): string[] {
  const before = new Map(previous.rows.map((r) => [`${r.group}: ${r.metric}`, r.value]))
  return rows.flatMap((r) => {
    const key = `${r.group}: ${r.metric}`
    const old = before.get(key)
    if (old === undefined || old === null || !Number.isFinite(old) || !Number.isFinite(r.value)) return []
    const change = old === 0 ? (r.value === 0 ? 0 : Infinity) : (r.value - old) / Math.abs(old)
    if (Math.abs(change) <= threshold) return []
    const pct = Number.isFinite(change) ? `${change > 0 ? '+' : ''}${Math.round(change * 100)} %` : 'from 0'
    return [`  ${key}: ${+old.toFixed(3)} → ${+r.value.toFixed(3)} ${r.unit} (${pct})`]
  })
}

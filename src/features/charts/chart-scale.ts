import { useId } from 'react'

/** Where a chart is drawn: a card in the grid, focused alone, on a slide, or in an export image. */
export type ChartSize = 'card' | 'focus' | 'slide' | 'export'

export interface ChartScale {
  /** Tick and direct-label font size (px). */
  font: number
  /** Thickness of one bar (px). */
  bar: number
  /** Gap between bar groups (px). */
  gap: number
  /** Width of a category axis with short labels (px). */
  axis: number
  /** Height of radar and timeline plots (px). */
  plot: number
}

export const chartScales: Record<ChartSize, ChartScale> = {
  card: { font: 13, bar: 14, gap: 12, axis: 104, plot: 340 },
  focus: { font: 15, bar: 18, gap: 16, axis: 124, plot: 440 },
  slide: { font: 22, bar: 26, gap: 20, axis: 190, plot: 560 },
  export: { font: 15, bar: 18, gap: 14, axis: 124, plot: 440 },
}

export const inkColor = '#1b2430'
export const mutedInk = '#44505f'
export const gridColor = '#e4e0d8'

/** A round axis maximum a little above the data: 37.5 → 40; never above `cap`. */
export function niceMax(max: number, cap = Infinity): number {
  if (max <= 0) return 1
  const magnitude = 10 ** Math.floor(Math.log10(max))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => Math.ceil(max / s) <= 5) ?? magnitude * 10
  return Math.min(cap, Math.ceil((max * 1.0001) / step) * step)
}

/** An id safe inside `url(#…)`: React's useId contains characters CSS would need escaped. */
export function useChartId(): string {
  return `c${useId().replace(/[^a-zA-Z0-9]/g, '')}`
}

/** Reads a label's box from Recharts label props (numbers or numeric strings). */
export function labelBox(props: object): { x: number; y: number; width: number; height: number } {
  const p = props as Record<string, unknown>
  const n = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0) || 0)
  return { x: n(p.x), y: n(p.y), width: n(p.width), height: n(p.height) }
}

/** Rough text width, to decide whether a direct label fits inside a bar. */
export function textWidth(text: string, font: number): number {
  return text.length * font * 0.56
}

import { createContext, useContext, useId } from 'react'

/** Where a chart is drawn: a card in the grid, focused alone, on a slide, or in an export image. */
export type ChartSize = 'card' | 'focus' | 'slide' | 'export'

export interface ChartScale {
  /** Tick and direct-label font size (px). */
  font: number
  /**
   * Smallest text a secondary label (a unit, a second line) may shrink to (px). 0 except on
   * slides, where every text must stay readable from the back of a room (≥ 28 px at 1920×1080; docs/architecture.md § Presentation).
   */
  floor: number
  /** Thickness of one bar (px). */
  bar: number
  /** Gap between bar groups (px). */
  gap: number
  /** Width of a category axis with short labels (px). */
  axis: number
  /** Height of timeline plots (px). */
  plot: number
  /** Height of the value axis under a plot, room for one line of ticks (px). */
  axisHeight: number
}

export const chartScales: Record<ChartSize, ChartScale> = {
  card: { font: 13, floor: 0, bar: 14, gap: 12, axis: 104, plot: 340, axisHeight: 30 },
  focus: { font: 15, floor: 0, bar: 18, gap: 16, axis: 124, plot: 440, axisHeight: 30 },
  // Projector type: drawn for 1920×1080 with nothing below 28 px; smaller screens zoom the whole figure (use-fit-slide.ts).
  slide: { font: 30, floor: 28, bar: 30, gap: 14, axis: 260, plot: 620, axisHeight: 46 },
  export: { font: 15, floor: 0, bar: 18, gap: 14, axis: 124, plot: 440, axisHeight: 30 },
}

/**
 * A factor on the whole scale (type, bars, axes) for the charts inside it: 1 everywhere but on a
 * slide, where it follows the deck's body size, so a chart drawn for 1920×1080 keeps its
 * proportions on smaller screens without waiting for the zoom-to-fit safety net.
 */
export const ChartScaleContext = createContext(1)

/** The scale of a chart drawn at `size`, times the factor from ChartScaleContext. */
export function useChartScale(size: ChartSize): ChartScale {
  const k = useContext(ChartScaleContext)
  const s = chartScales[size]
  if (k === 1) return s
  return {
    font: s.font * k,
    floor: s.floor * k,
    bar: s.bar * k,
    gap: s.gap * k,
    axis: s.axis * k,
    plot: s.plot * k,
    axisHeight: s.axisHeight * k,
  }
}

/** A secondary label's size: a fraction of the tick size, but never below the scale's floor. */
export function minorFont(s: ChartScale, ratio: number): number {
  return Math.max(s.floor, s.font * ratio)
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

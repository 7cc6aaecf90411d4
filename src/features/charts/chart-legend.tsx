import type { ReactNode } from 'react'
import { PlanSwatch } from '../../components/badges'
import type { PlanId } from '../../data/schema'
import { laneSeries, planSeries, type MarkerShape } from '../../lib/chart-config'
import { Marker } from './marker'

export interface LegendItem {
  key: string
  label: string
  swatch: ReactNode
}

/** An HTML legend above the plot (part of the figure, so exports carry it). */
export function ChartLegend({ items, label = 'Legend' }: { items: readonly LegendItem[]; label?: string }) {
  if (items.length === 0) return null
  return (
    <ul className="chart-legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key}>
          {item.swatch}
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  )
}

export const planLegend = (plans: readonly PlanId[]): LegendItem[] =>
  plans.map((p) => ({ key: p, label: planSeries[p].label, swatch: <PlanSwatch planId={p} /> }))

export function colorSwatch(fill: string) {
  return <span className="chart-legend__swatch" style={{ background: fill }} aria-hidden="true" />
}

export function markerSwatch(shape: MarkerShape, fill: string, hollow = false) {
  return (
    <svg className="chart-legend__marker" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <Marker shape={shape} cx={7} cy={7.5} r={5} fill={hollow ? '#ffffff' : fill} stroke={fill} />
    </svg>
  )
}

export const laneLegend = (lanes: readonly (keyof typeof laneSeries)[]): LegendItem[] =>
  lanes.map((l) => ({ key: l, label: laneSeries[l].label, swatch: markerSwatch(laneSeries[l].marker, laneSeries[l].hex) }))

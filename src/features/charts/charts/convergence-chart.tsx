import { Bar, BarChart, LabelList, Text, Tooltip, XAxis, YAxis, type LabelProps } from 'recharts'
import type { Relation } from '../../../data/schema'
import { relationStyles } from '../../../lib/chart-config'
import type { ConvergenceData } from '../../../lib/chart-selectors'
import { relationLabels } from '../../../lib/format'
import { inkColor, labelBox, minorFont, mutedInk, textWidth, useChartScale, type ChartSize } from '../chart-scale'
import { hoveredRow, TooltipBox, type TipProps } from '../chart-tooltip'
import { useWidth } from '../use-width'

type Row = { relation: Relation; label: string; count: number; names: string[]; full: string[] } & Record<
  string,
  string | number | string[]
>

/**
 * A unit chart: one row per relation, one block per dimension, each block labelled with its
 * dimension, so the chart reads without its legend (and without colour).
 */
export function ConvergenceChart({ data, size }: { data: ConvergenceData; size: ChartSize }) {
  const s = useChartScale(size)
  const max = Math.max(1, ...data.rows.map((r) => r.dimensions.length))
  const rows: Row[] = data.rows.map((r) => ({
    relation: r.relation,
    label: `${relationStyles[r.relation].shortLabel} (${r.dimensions.length})`,
    count: r.dimensions.length,
    names: r.dimensions.map((x) => x.shortLabel),
    full: r.dimensions.map((x) => x.label),
    ...Object.fromEntries(Array.from({ length: max }, (_, k) => [`u${k}`, k < r.dimensions.length ? 1 : 0])),
  }))
  const [ref, width] = useWidth<HTMLDivElement>()
  const axisWidth = s.axis * 1.15
  const unitWidth = (width - axisWidth - 12) / max
  // Names go inside the blocks when every one fits; otherwise as a wrapped line under each bar.
  // On a slide always inside (shrunk to the block if need be): the slide zooms to fit, which
  // changes the width, and a height that followed the width would never settle.
  const smallFont = minorFont(s, 0.8)
  const inside = size === 'slide' || (width > 0 && rows.every((r) => r.names.every((n) => textWidth(n, smallFont) + 4 <= unitWidth)))
  const barSize = s.bar * 2
  const below = inside ? 0 : s.font * 4.2
  const height = rows.length * (barSize + s.gap + below) + s.axisHeight + 10

  const unitLabel = (k: number) =>
    function UnitLabel(props: LabelProps) {
      const { x, y, width: w, height: h } = labelBox(props)
      const row = rows[props.index ?? -1]
      const name = row?.names[k]
      if (!row || !name || w <= 0) return null
      if (!inside) {
        if (k > 0) return null
        return (
          <Text
            x={x}
            y={y + h + 3}
            width={Math.max(80, width - axisWidth - 16)}
            maxLines={2}
            verticalAnchor="start"
            fill={inkColor}
            fontSize={minorFont(s, 0.9)}
            style={{ fontSize: minorFont(s, 0.9) }}
          >
            {row.names.join(' · ')}
          </Text>
        )
      }
      let font = textWidth(name, s.font) + 8 <= w ? s.font : smallFont
      if (size === 'slide' && textWidth(name, font) + 4 > w) font = (w - 4) / textWidth(name, 1)
      return (
        <text
          x={x + w / 2}
          y={y + h / 2}
          textAnchor="middle"
          dominantBaseline="central"
          fill={relationStyles[row.relation].ink}
          fontSize={font}
          fontWeight={600}
        >
          {name}
        </text>
      )
    }

  const tooltip = (props: TipProps) => {
    const row = hoveredRow<Row>(props)
    if (!row) return null
    return (
      <TooltipBox
        title={`${relationLabels[row.relation]}: ${row.count} ${row.count === 1 ? 'dimension' : 'dimensions'}`}
        lines={[]}
        note={row.full.join(' · ') || 'None'}
      />
    )
  }

  return (
    <div ref={ref}>
      <BarChart
        accessibilityLayer
        layout="vertical"
        data={rows}
        responsive
        width="100%"
        height={height}
        margin={{ top: 4, right: 12, bottom: 4, left: 0 }}
        barCategoryGap={s.gap / 2}
        title="Convergence: unit chart; arrow keys step through the relations"
      >
        <XAxis
          type="number"
          domain={[0, max]}
          allowDecimals={false}
          tickCount={max + 1}
          tick={{ fontSize: s.font, fill: mutedInk }}
          stroke={mutedInk}
          height={s.axisHeight}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={axisWidth}
          tick={{ fontSize: s.font, fill: inkColor, fontWeight: 600 }}
          stroke={mutedInk}
          interval={0}
        />
        <Tooltip content={tooltip} cursor={{ fill: 'rgba(27, 36, 48, 0.06)' }} isAnimationActive={false} />
        {Array.from({ length: max }, (_, k) => (
          <Bar
            key={k}
            dataKey={`u${k}`}
            stackId="units"
            barSize={barSize}
            fill="#4d5566"
            stroke="#ffffff"
            strokeWidth={2}
            isAnimationActive={false}
            shape={unitShape}
          >
            <LabelList dataKey={`u${k}`} content={unitLabel(k)} />
          </Bar>
        ))}
      </BarChart>
    </div>
  )
}

/** Each block in its relation's colour. */
function unitShape(props: unknown) {
  const p = props as { x: number; y: number; width: number; height: number; payload?: Row }
  if (!p.payload || p.width <= 0) return <g />
  return (
    <rect
      x={p.x}
      y={p.y}
      width={p.width}
      height={p.height}
      fill={relationStyles[p.payload.relation].fill}
      stroke="#ffffff"
      strokeWidth={2}
      rx={3}
    />
  )
}

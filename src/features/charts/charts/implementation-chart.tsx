import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { statusStyles } from '../../../lib/chart-config'
import type { ImplementationData } from '../../../lib/chart-selectors'
import { statusLabels } from '../../../lib/format'
import { ChartLegend, colorSwatch } from '../chart-legend'
import { countLabel } from '../count-label'
import { inkColor, minorFont, mutedInk, niceMax, useChartScale, type ChartSize } from '../chart-scale'
import { hoveredRow, TooltipBox, type TipProps } from '../chart-tooltip'

type Row = { label: string; heading: string; total: number } & Record<string, string | number>

/** Stacked bars of US provisions per pillar by implementation status, counts labelled in each segment. */
export function ImplementationChart({ data, size }: { data: ImplementationData; size: ChartSize }) {
  const s = useChartScale(size)
  const rows: Row[] = data.pillars.map((p) => ({
    label: p.pillar.label,
    heading: p.pillar.heading ?? '',
    total: p.total,
    ...Object.fromEntries(p.counts.map((c) => [c.status, c.count])),
  }))
  const barSize = s.bar * 2
  const height = rows.length * (barSize + s.gap * 1.5) + s.axisHeight + 10
  const max = niceMax(Math.max(1, ...rows.map((r) => r.total)))

  /** Two-line axis label: the pillar, then its number of provisions. */
  const pillarTick = (props: { x?: number | string; y?: number | string; payload?: { value?: string } }) => {
    const row = rows.find((r) => r.label === props.payload?.value)
    const x = Number(props.x ?? 0)
    const y = Number(props.y ?? 0)
    return (
      <text x={x - 6} y={y} textAnchor="end" fill={inkColor} fontSize={s.font}>
        <tspan x={x - 6} dy="-0.2em" fontWeight={700}>
          {props.payload?.value}
        </tspan>
        <tspan x={x - 6} dy="1.2em" fontSize={minorFont(s, 0.85)} fill={mutedInk}>
          {row?.total ?? 0} provisions
        </tspan>
      </text>
    )
  }

  const tooltip = (props: TipProps) => {
    const row = hoveredRow<Row>(props)
    if (!row) return null
    return (
      <TooltipBox
        title={`${row.label}: ${row.heading}`}
        lines={data.statuses.map((st) => ({ key: st, label: statusLabels[st], value: `${row[st] ?? 0} of ${row.total}` }))}
      />
    )
  }

  return (
    <>
      <ChartLegend
        label="Implementation status"
        items={data.statuses.map((st) => ({ key: st, label: statusLabels[st], swatch: colorSwatch(statusStyles[st].fill) }))}
      />
      <BarChart
        accessibilityLayer
        layout="vertical"
        data={rows}
        responsive
        width="100%"
        height={height}
        margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
        barCategoryGap={s.gap}
        title="Implementation of the US plan: stacked bar chart; arrow keys step through the pillars"
      >
        <XAxis
          type="number"
          domain={[0, max]}
          allowDecimals={false}
          tick={{ fontSize: s.font, fill: mutedInk }}
          stroke={mutedInk}
          height={s.axisHeight}
        />
        <YAxis type="category" dataKey="label" width={s.axis} tick={pillarTick} stroke={mutedInk} interval={0} />
        <Tooltip content={tooltip} cursor={{ fill: 'rgba(27, 36, 48, 0.06)' }} isAnimationActive={false} />
        {data.statuses.map((st) => (
          <Bar
            key={st}
            dataKey={st}
            name={statusLabels[st]}
            stackId="status"
            fill={statusStyles[st].fill}
            stroke="#ffffff"
            barSize={barSize}
            isAnimationActive={false}
          >
            <LabelList dataKey={st} content={countLabel(statusStyles[st].ink, s)} />
          </Bar>
        ))}
      </BarChart>
    </>
  )
}

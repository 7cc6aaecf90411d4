import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from 'recharts'
import type { PlanId } from '../../../data/schema'
import { formatPercent, planSeries } from '../../../lib/chart-config'
import { orientationGroupLabels, type OrientationData, type OrientationGroup } from '../../../lib/chart-selectors'
import { ChartLegend, planLegend } from '../chart-legend'
import { gridColor, inkColor, minorFont, mutedInk, useChartId, useChartScale, type ChartSize } from '../chart-scale'
import { hoveredRow, TooltipBox, type TipProps } from '../chart-tooltip'
import { useWidth } from '../use-width'
import { Marker } from '../marker'
import { patternFill, PlanPatternDefs } from '../plan-patterns'

type Row = { label: string; group: OrientationGroup } & Record<string, string | number | null>

/** Radar of scope, framing and lead shares: one outline per plan, with the plan's marker at each axis. */
export function OrientationChart({ data, size }: { data: OrientationData; size: ChartSize }) {
  const id = useChartId()
  const [ref, width] = useWidth<HTMLDivElement>()
  // On a phone the nine axis labels would not fit beside the plot: smaller, on two lines.
  const narrow = width > 0 && width < 520
  const base = useChartScale(size)
  const s = narrow ? { ...base, font: 11, floor: 0 } : base
  const plans = data.plans.map((p) => p.planId)
  const rows: Row[] = data.rows.map((r) => ({
    label: r.label,
    group: r.group,
    ...Object.fromEntries(
      r.cells.flatMap((c) => [
        [c.planId, c.share],
        [`${c.planId}-count`, c.count],
      ]),
    ),
  }))

  const tooltip = (props: TipProps) => {
    const row = hoveredRow<Row>(props)
    if (!row) return null
    return (
      <TooltipBox
        title={`${orientationGroupLabels[row.group]}: ${row.label}`}
        lines={data.plans.map((p) => ({
          key: p.planId,
          label: planSeries[p.planId].label,
          value: `${formatPercent(typeof row[p.planId] === 'number' ? (row[p.planId] as number) : null)} (${row[`${p.planId}-count`]} of ${p.total})`,
        }))}
      />
    )
  }

  const dot = (planId: PlanId) =>
    function PlanDot(props: { cx?: number; cy?: number }) {
      if (props.cx === undefined || props.cy === undefined) return null
      const p = planSeries[planId]
      return <Marker shape={p.marker} cx={props.cx} cy={props.cy} r={s.font * 0.3} fill={p.hex} stroke="#ffffff" />
    }

  const tick = (props: { x?: number | string; y?: number | string; textAnchor?: string; payload?: { value?: string } }) => {
    const lines = narrow ? splitLabel(props.payload?.value ?? '') : [props.payload?.value ?? '']
    const x = Number(props.x ?? 0)
    const anchor = props.textAnchor === 'start' || props.textAnchor === 'end' ? props.textAnchor : 'middle'
    return (
      <text x={x} y={Number(props.y ?? 0)} textAnchor={anchor} fill={inkColor} fontSize={s.font} dominantBaseline="central">
        {lines.map((line, i) => (
          <tspan key={line} x={x} dy={i === 0 ? `${-(lines.length - 1) * 0.55}em` : '1.1em'}>
            {line}
          </tspan>
        ))}
      </text>
    )
  }

  return (
    <div ref={ref}>
      <ChartLegend items={planLegend(plans)} />
      <RadarChart
        accessibilityLayer
        data={rows}
        responsive
        width="100%"
        height={narrow ? 320 : s.plot}
        outerRadius={narrow ? '80%' : '72%'}
        margin={narrow ? { top: 8, right: 52, bottom: 8, left: 52 } : { top: 8, right: 24, bottom: 8, left: 24 }}
        title="Orientation profile: radar chart; arrow keys step through the nine codes"
      >
        <PlanPatternDefs prefix={id} />
        <PolarGrid stroke={gridColor} />
        <PolarAngleAxis dataKey="label" tick={tick} />
        <PolarRadiusAxis
          angle={70}
          domain={[0, 100]}
          ticks={[25, 50, 75, 100]}
          tickFormatter={(v: number) => `${v}%`}
          tick={{ fontSize: minorFont(s, 0.8), fill: mutedInk }}
          stroke={gridColor}
        />
        <Tooltip content={tooltip} isAnimationActive={false} />
        {plans.map((p) => (
          <Radar
            key={p}
            dataKey={p}
            name={planSeries[p].label}
            stroke={planSeries[p].hex}
            strokeWidth={2.5}
            strokeDasharray={p === 'cn' ? '7 4' : undefined}
            fill={patternFill(id, p)}
            fillOpacity={0.28}
            dot={dot(p)}
            isAnimationActive={false}
          />
        ))}
      </RadarChart>
    </div>
  )
}

/** "Government-led" → ["Government-", "led"]; "With allies" → ["With", "allies"]; short labels stay whole. */
function splitLabel(label: string): string[] {
  if (label.length <= 9) return [label]
  const hyphen = label.indexOf('-')
  if (hyphen > 0) return [label.slice(0, hyphen + 1), label.slice(hyphen + 1)]
  const space = label.indexOf(' ')
  if (space > 0) return [label.slice(0, space), label.slice(space + 1)]
  if (label === 'Multistakeholder') return ['Multi-', 'stakeholder']
  return [label]
}

import { Bar, BarChart, LabelList, useChartWidth, XAxis, YAxis, type LabelProps } from 'recharts'
import type { Indicator, PlanId } from '../../../data/schema'
import { planSeries } from '../../../lib/chart-config'
import { formatDate } from '../../../lib/format'
import { inkColor, labelBox, minorFont, niceMax, useChartId, useChartScale, type ChartSize } from '../chart-scale'
import { patternFill, PlanPatternDefs } from '../plan-patterns'

type Row = { key: string; label: string; value: number; planId: PlanId | '' }

const neutral = '#6b7480'

/** Observations of a plan's own country take the plan's colour and pattern; others are grey. */
function entityPlan(entity: string): PlanId | '' {
  if (/^(United States|US)\b/.test(entity)) return 'us'
  if (/^China\b/.test(entity)) return 'cn'
  return ''
}

/** Cuts a label to fit, with an ellipsis (the full text is in its <title> and the table). */
function fitText(text: string, width: number, font: number): string {
  const max = Math.floor(width / (font * 0.56))
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`
}

/** The entity above its bar and the value at its end; rendered inside the chart, so it can read the chart's width. */
function EntityLabel(props: LabelProps & { rows: Row[]; font: number }) {
  const width = useChartWidth() ?? 240
  const { x, y, width: w, height: h } = labelBox(props)
  const row = props.rows[props.index ?? -1]
  if (!row) return null
  return (
    <g>
      <text x={x} y={y - 4} fill={inkColor} fontSize={props.font}>
        <title>{row.label}</title>
        {fitText(row.label, width - x - 4, props.font)}
      </text>
      <text x={x + w + 4} y={y + h / 2} dominantBaseline="central" fill={inkColor} fontSize={props.font} fontWeight={700}>
        {formatValue(row.value)}
      </text>
    </g>
  )
}

export function formatValue(v: number): string {
  if (Math.abs(v) >= 1e6) return `${(v / 1e6).toLocaleString('en', { maximumFractionDigits: 2 })} million`
  return v.toLocaleString('en', { maximumFractionDigits: 2 })
}

/** One indicator's bars on its own axis; the entity above each bar, the value at its end. */
export function IndicatorBars({ indicator, showDates, size }: { indicator: Indicator; showDates: boolean; size: ChartSize }) {
  const id = useChartId()
  const s = useChartScale(size)
  const font = minorFont(s, 0.92)
  const rows: Row[] = indicator.observations.map((o, i) => ({
    key: `${i}`,
    label: `${o.entity}${showDates ? `, ${formatDate(o.date)}` : ''}${o.basis === 'derived' ? ' (derived)' : ''}`,
    value: o.value,
    planId: entityPlan(o.entity),
  }))
  const max = niceMax(Math.max(...rows.map((r) => r.value)))
  const band = s.bar + font * 1.7
  const height = rows.length * band + 8

  return (
    <BarChart
      layout="vertical"
      data={rows}
      responsive
      width="100%"
      height={height}
      margin={{ top: font * 1.2, right: font * 6, bottom: 0, left: 1 }}
      barCategoryGap={font * 1.7 - 2}
      accessibilityLayer={false}
    >
      <PlanPatternDefs prefix={id} />
      <XAxis type="number" domain={[0, max]} hide />
      <YAxis type="category" dataKey="key" hide />
      <Bar dataKey="value" barSize={s.bar} isAnimationActive={false} shape={barShape(id)}>
        <LabelList dataKey="value" content={<EntityLabel rows={rows} font={font} />} />
      </Bar>
    </BarChart>
  )
}

function barShape(prefix: string) {
  return function IndicatorBar(props: unknown) {
    const p = props as { x: number; y: number; width: number; height: number; payload?: Row }
    const planId = p.payload?.planId
    const fill = planId ? patternFill(prefix, planId) : neutral
    const stroke = planId ? planSeries[planId].hex : neutral
    return <rect x={p.x} y={p.y} width={Math.max(1, p.width)} height={p.height} fill={fill} stroke={stroke} />
  }
}

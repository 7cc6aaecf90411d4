import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { formatPercent, planSeries } from '../../../lib/chart-config'
import type { EmphasisData } from '../../../lib/chart-selectors'
import { ChartLegend, planLegend } from '../chart-legend'
import { gridColor, inkColor, mutedInk, niceMax, useChartId, useChartScale, type ChartSize } from '../chart-scale'
import { hoveredRow, TooltipBox, type TipProps } from '../chart-tooltip'
import { patternFill, PlanPatternDefs } from '../plan-patterns'

type Row = { label: string; full: string } & Record<string, string | number | null>

/** A share from a chart row: null (0/0, no data) stays null so it is labelled "n/a", never "0%". */
const shareOf = (v: unknown): number | null => (typeof v === 'number' ? v : null)

/** Grouped horizontal bars: each plan's share of provisions per dimension, labelled directly. */
export function EmphasisChart({ data, size }: { data: EmphasisData; size: ChartSize }) {
  const id = useChartId()
  const s = useChartScale(size)
  const rows: Row[] = data.rows.map((r) => ({
    label: r.dimension.shortLabel,
    full: r.dimension.label,
    ...Object.fromEntries(
      r.cells.flatMap((c) => [
        [c.planId, c.share],
        [`${c.planId}-count`, c.count],
      ]),
    ),
  }))
  const max = niceMax(Math.max(0, ...data.rows.flatMap((r) => r.cells.map((c) => c.share ?? 0))), 100)
  const height = rows.length * (data.plans.length * (s.bar + 2) + s.gap) + s.axisHeight + 6

  const tooltip = (props: TipProps) => {
    const row = hoveredRow<Row>(props)
    if (!row) return null
    return (
      <TooltipBox
        title={row.full}
        lines={data.plans.map((p) => ({
          key: p,
          label: planSeries[p].label,
          value: `${formatPercent(shareOf(row[p]))} (${row[`${p}-count`]} of ${data.totals[p]} provisions)`,
        }))}
      />
    )
  }

  return (
    <>
      <ChartLegend items={planLegend(data.plans)} />
      <BarChart
        accessibilityLayer
        layout="vertical"
        data={rows}
        responsive
        width="100%"
        height={height}
        margin={{ top: 4, right: s.font * 3.4, bottom: 4, left: 0 }}
        barGap={2}
        barCategoryGap={s.gap / 2}
        title="Emphasis by dimension: bar chart; arrow keys step through the dimensions"
      >
        <PlanPatternDefs prefix={id} />
        <CartesianGrid horizontal={false} stroke={gridColor} />
        <XAxis
          type="number"
          domain={[0, max]}
          tickFormatter={(v: number) => `${v}%`}
          tick={{ fontSize: s.font, fill: mutedInk }}
          stroke={mutedInk}
          height={s.axisHeight}
        />
        <YAxis type="category" dataKey="label" width={s.axis} tick={{ fontSize: s.font, fill: inkColor }} stroke={mutedInk} interval={0} />
        <Tooltip content={tooltip} cursor={{ fill: 'rgba(27, 36, 48, 0.06)' }} isAnimationActive={false} />
        {data.plans.map((p) => (
          <Bar
            key={p}
            dataKey={p}
            name={planSeries[p].label}
            fill={patternFill(id, p)}
            stroke={planSeries[p].hex}
            barSize={s.bar}
            minPointSize={1}
            isAnimationActive={false}
          >
            <LabelList dataKey={p} position="right" formatter={(v) => formatPercent(shareOf(v))} fontSize={s.font} fill={inkColor} />
          </Bar>
        ))}
      </BarChart>
    </>
  )
}

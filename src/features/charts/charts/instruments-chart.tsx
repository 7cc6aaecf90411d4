import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis, type LabelProps } from 'recharts'
import type { InstrumentId, PlanId } from '../../../data/schema'
import { formatPercent, instrumentStyles, planSeries } from '../../../lib/chart-config'
import { SHORT_SEGMENT_SHARE, type InstrumentMixData } from '../../../lib/chart-selectors'
import { ChartLegend, colorSwatch } from '../chart-legend'
import { inkColor, labelBox, minorFont, mutedInk, textWidth, useChartScale, type ChartSize } from '../chart-scale'
import { hoveredRow, TooltipBox, type TipProps } from '../chart-tooltip'

type Row = { planId: PlanId; label: string } & Record<string, string | number | null>

/** 100% stacked bars: one per plan, one segment per instrument, labelled inside where they fit. */
export function InstrumentsChart({ data, size }: { data: InstrumentMixData; size: ChartSize }) {
  const s = useChartScale(size)
  const barSize = s.bar * 2.6
  const rows: Row[] = data.plans.map((p) => ({
    planId: p.planId,
    label: planSeries[p.planId].shortLabel,
    ...Object.fromEntries(
      p.cells.flatMap((c) => [
        [c.instrumentId, c.share],
        [`${c.instrumentId}-count`, c.count],
      ]),
    ),
  }))
  const height = rows.length * (barSize + s.gap * 2) + s.axisHeight + 10
  // Segments too short to carry their share are listed under the chart, so no sliver goes unlabelled.
  const name = (id: InstrumentId) => data.instruments.find((i) => i.id === id)?.label ?? id
  const short = data.plans
    .map((p) => ({
      planId: p.planId,
      cells: p.cells.filter((c) => c.count > 0 && c.share !== null && c.share < SHORT_SEGMENT_SHARE),
    }))
    .filter((p) => p.cells.length > 0)

  const segmentLabel = (instrumentId: InstrumentId) =>
    function SegmentLabel(props: LabelProps) {
      const { x, y, width, height: h } = labelBox(props)
      const style = instrumentStyles[instrumentId]
      const pct = formatPercent(typeof props.value === 'number' ? props.value : null)
      const name = style.shortLabel
      if (width < textWidth(pct, s.font) + 6) return null
      const nameFont = minorFont(s, 0.85)
      const two = width >= textWidth(name, nameFont) + 8 && h >= s.font * 2.4
      return (
        <text
          x={x + width / 2}
          y={y + h / 2}
          textAnchor="middle"
          dominantBaseline="central"
          fill={style.ink}
          fontSize={s.font}
          fontWeight={600}
        >
          {two ? (
            <>
              <tspan x={x + width / 2} dy="-0.6em" fontSize={nameFont} fontWeight={400}>
                {name}
              </tspan>
              <tspan x={x + width / 2} dy="1.2em">
                {pct}
              </tspan>
            </>
          ) : (
            pct
          )}
        </text>
      )
    }

  const tooltip = (props: TipProps) => {
    const row = hoveredRow<Row>(props)
    if (!row) return null
    const plan = data.plans.find((p) => p.planId === row.planId)
    return (
      <TooltipBox
        title={`${planSeries[row.planId].label}: ${plan?.codes ?? 0} instrument codes on ${plan?.provisions ?? 0} provisions`}
        lines={data.instruments
          .filter((i) => Number(row[`${i.id}-count`] ?? 0) > 0)
          .map((i) => ({
            key: i.id,
            label: i.label,
            value: `${formatPercent(typeof row[i.id] === 'number' ? (row[i.id] as number) : null)} (${row[`${i.id}-count`]})`,
          }))}
      />
    )
  }

  return (
    <>
      <ChartLegend
        label="Instruments"
        items={data.instruments.map((i) => ({ key: i.id, label: i.label, swatch: colorSwatch(instrumentStyles[i.id].fill) }))}
      />
      <BarChart
        accessibilityLayer
        layout="vertical"
        data={rows}
        responsive
        width="100%"
        height={height}
        margin={{ top: 4, right: 12, bottom: 4, left: 0 }}
        barCategoryGap={s.gap}
        title="Instrument mix: stacked bar chart; arrow keys step through the plans"
      >
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={(v: number) => `${v}%`}
          tick={{ fontSize: s.font, fill: mutedInk }}
          stroke={mutedInk}
          height={s.axisHeight}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={s.axis * 0.7}
          tick={{ fontSize: s.font, fill: inkColor, fontWeight: 600 }}
          stroke={mutedInk}
        />
        <Tooltip content={tooltip} cursor={{ fill: 'rgba(27, 36, 48, 0.06)' }} isAnimationActive={false} />
        {data.instruments.map((i) => (
          <Bar
            key={i.id}
            dataKey={i.id}
            name={i.label}
            stackId="mix"
            fill={instrumentStyles[i.id].fill}
            stroke="#ffffff"
            strokeWidth={1}
            barSize={barSize}
            isAnimationActive={false}
          >
            <LabelList dataKey={i.id} content={segmentLabel(i.id)} />
          </Bar>
        ))}
      </BarChart>
      {short.length > 0 && (
        <p className="chart-short">
          Short segments:{' '}
          {short
            .map(
              (p) =>
                `${planSeries[p.planId].shortLabel} — ${p.cells.map((c) => `${name(c.instrumentId)} ${formatPercent(c.share)} (${c.count})`).join(', ')}`,
            )
            .join('; ')}
          .
        </p>
      )}
    </>
  )
}

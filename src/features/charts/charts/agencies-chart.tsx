import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { actorRoles } from '../../../data/vocabulary'
import { actorRoleLabels } from '../../../lib/actors'
import { actorRoleStyles, planSeries } from '../../../lib/chart-config'
import type { ActorRoleId, AgenciesData } from '../../../lib/chart-selectors'
import { ChartLegend, colorSwatch } from '../chart-legend'
import { countLabel } from '../count-label'
import { mutedInk, niceMax, textWidth, useChartScale, type ChartSize } from '../chart-scale'
import { hoveredRow, TooltipBox, type TipProps } from '../chart-tooltip'

/** How many agencies the bars show; the table twin lists every one. */
export const AGENCY_BARS = 15

type Row = { label: string; name: string; plan: string; total: number } & Record<ActorRoleId, number>

/** Stacked horizontal bars: the most-named agencies, by the role provisions give them. */
export function AgenciesChart({ data, size }: { data: AgenciesData; size: ChartSize }) {
  const s = useChartScale(size)
  const rows: Row[] = data.rows.slice(0, AGENCY_BARS).map((r) => ({
    label: r.agency.planId === 'cn' ? `${r.agency.shortName} (China)` : r.agency.shortName,
    name: r.agency.name,
    plan: planSeries[r.agency.planId].label,
    total: r.total,
    ...r.roles,
  }))
  const barSize = s.bar * 1.3
  const height = rows.length * (barSize + s.gap) + s.axisHeight + 10
  const max = niceMax(Math.max(1, ...rows.map((r) => r.total)))
  const axisWidth = Math.min(s.axis * 1.6, Math.max(...rows.map((r) => textWidth(r.label, s.font))) + 16)

  const tooltip = (props: TipProps) => {
    const row = hoveredRow<Row>(props)
    if (!row) return null
    return (
      <TooltipBox
        title={`${row.name} (${row.plan})`}
        lines={actorRoles.map((r) => ({ key: r, label: actorRoleLabels[r], value: `${row[r]} of ${row.total}` }))}
      />
    )
  }

  return (
    <>
      <ChartLegend
        label="Role the provision gives it"
        items={actorRoles.map((r) => ({ key: r, label: actorRoleLabels[r], swatch: colorSwatch(actorRoleStyles[r].fill) }))}
      />
      <BarChart
        accessibilityLayer
        layout="vertical"
        data={rows}
        responsive
        width="100%"
        height={height}
        margin={{ top: 4, right: 16, bottom: 4, left: 0 }}
        barCategoryGap={s.gap / 2}
        title="Who must act: stacked bar chart of the most-named agencies; arrow keys step through them"
      >
        <XAxis
          type="number"
          domain={[0, max]}
          allowDecimals={false}
          tick={{ fontSize: s.font, fill: mutedInk }}
          stroke={mutedInk}
          height={s.axisHeight}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={axisWidth}
          tick={{ fontSize: s.font, fill: mutedInk }}
          stroke={mutedInk}
          interval={0}
        />
        <Tooltip content={tooltip} cursor={{ fill: 'rgba(27, 36, 48, 0.06)' }} isAnimationActive={false} />
        {actorRoles.map((r) => (
          <Bar
            key={r}
            dataKey={r}
            name={actorRoleLabels[r]}
            stackId="role"
            fill={actorRoleStyles[r].fill}
            stroke="#ffffff"
            barSize={barSize}
            isAnimationActive={false}
          >
            <LabelList dataKey={r} content={countLabel(actorRoleStyles[r].ink, s, 400)} />
          </Bar>
        ))}
      </BarChart>
    </>
  )
}

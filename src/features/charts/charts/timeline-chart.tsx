import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { Event } from '../../../data/schema'
import { laneSeries } from '../../../lib/chart-config'
import type { TimelineData } from '../../../lib/chart-selectors'
import { eventTime, laneDepths, monthTicks, stackRows, timeFraction, type Lane } from '../../../lib/event-selectors'
import { formatDate, verificationLabels } from '../../../lib/format'
import { ChartLegend, laneLegend, markerSwatch } from '../chart-legend'
import { gridColor, inkColor, minorFont, mutedInk, useChartScale, type ChartSize } from '../chart-scale'
import { hoveredRow, TooltipBox, type TipProps } from '../chart-tooltip'
import { Marker } from '../marker'

type Point = { x: number; y: number; event: Event }

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const tickLabel = (t: number) => {
  const d = new Date(t)
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

/** Events on a time axis, one lane per plan plus international; markers that would touch are stacked. */
export function TimelineChart({ data, size }: { data: TimelineData; size: ChartSize }) {
  const s = useChartScale(size)
  const rows = stackRows(data.events, data.range, 0.014)
  const depth = laneDepths(data.events, rows)
  const laneIndex = (lane: Lane) => data.lanes.indexOf(lane)
  const r = s.font * 0.42
  // Each lane is tall enough for its deepest stack of markers, with a marker's height between rows.
  const rowStep = 2 * r + 4
  const laneHeight = Math.max(s.font * 4.5, Math.max(...data.lanes.map((l) => depth[l])) * rowStep + 18)
  const spread = () => rowStep / laneHeight
  const point = (e: Event): Point => ({
    x: eventTime(e.date),
    y: laneIndex(e.lane) + ((rows.get(e.id) ?? 0) - (depth[e.lane] - 1) / 2) * spread(),
    event: e,
  })
  const ticks = monthTicks(data.range, 3).map((m) => eventTime(`${m}-01`))
  const asOfX = data.range.end
  const releaseX = eventTime('2025-07-23')

  const tooltip = (props: TipProps) => {
    const p = hoveredRow<Point>(props)
    if (!p) return null
    const e = p.event
    return (
      <TooltipBox
        title={e.title}
        lines={[{ key: 'date', label: formatDate(e.date), value: laneSeries[e.lane].label }]}
        note={e.verification === 'verified' ? undefined : verificationLabels[e.verification]}
      />
    )
  }

  const shape = (lane: Lane) =>
    function EventMarker(props: unknown) {
      const p = props as { cx?: number; cy?: number; payload?: Point }
      if (p.cx === undefined || p.cy === undefined || !p.payload) return <g />
      const style = laneSeries[lane]
      const hollow = p.payload.event.verification !== 'verified'
      return <Marker shape={style.marker} cx={p.cx} cy={p.cy} r={r} fill={hollow ? '#ffffff' : style.hex} stroke={style.hex} />
    }

  return (
    <>
      <ChartLegend
        items={[
          ...laneLegend(data.lanes),
          { key: 'unverified', label: 'Secondary or unverified (hollow)', swatch: markerSwatch('circle', '#44505f', true) },
        ]}
      />
      <p className="chart-scroll__hint">Scroll sideways to see the whole period.</p>
      <div className="chart-scroll">
        <div className="chart-scroll__inner">
          <ScatterChart
            accessibilityLayer
            responsive
            width="100%"
            height={data.lanes.length * laneHeight + s.axisHeight + 10}
            margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
            title="Timeline of events: scatter chart of events by date and lane"
          >
            <CartesianGrid horizontal={false} stroke={gridColor} />
            <XAxis
              type="number"
              dataKey="x"
              domain={[data.range.start, data.range.end]}
              ticks={ticks}
              tickFormatter={tickLabel}
              tick={{ fontSize: minorFont(s, 0.9), fill: mutedInk }}
              stroke={mutedInk}
              scale="time"
              height={s.axisHeight}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[-0.5, data.lanes.length - 0.5]}
              ticks={data.lanes.map((_, i) => i)}
              tickFormatter={(i: number) => laneSeries[data.lanes[i] ?? 'intl'].shortLabel}
              reversed
              width={s.axis * 0.55}
              tick={{ fontSize: s.font, fill: inkColor, fontWeight: 600 }}
              stroke={mutedInk}
            />
            {data.lanes.slice(1).map((_, i) => (
              <ReferenceLine key={i} y={i + 0.5} stroke={gridColor} />
            ))}
            {timeFraction(releaseX, data.range) > 0 && (
              <ReferenceLine
                x={releaseX}
                stroke={mutedInk}
                strokeDasharray="3 3"
                label={{ value: 'Plans released', position: 'insideTopLeft', fontSize: minorFont(s, 0.8), fill: mutedInk }}
              />
            )}
            <ReferenceLine x={asOfX} stroke={mutedInk} />
            <Tooltip content={tooltip} cursor={false} isAnimationActive={false} />
            {data.lanes.map((lane) => (
              <Scatter
                key={lane}
                name={laneSeries[lane].label}
                data={data.events.filter((e) => e.lane === lane).map(point)}
                shape={shape(lane)}
                isAnimationActive={false}
              />
            ))}
          </ScatterChart>
        </div>
      </div>
    </>
  )
}

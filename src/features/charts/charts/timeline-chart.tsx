import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { Dataset } from '../../../data/dataset-schema'
import type { Event } from '../../../data/schema'
import { laneSeries } from '../../../lib/chart-config'
import type { TimelineData } from '../../../lib/chart-selectors'
import { eventTime, laneDepths, monthTicks, stackRows, timeFraction, type Lane } from '../../../lib/event-selectors'
import { formatDate, verificationLabels } from '../../../lib/format'
import { keyEvents, labelRows, placeLabels } from '../../../lib/key-events'
import { ChartLegend, laneLegend, markerSwatch } from '../chart-legend'
import { gridColor, inkColor, minorFont, mutedInk, useChartScale, type ChartSize } from '../chart-scale'
import { hoveredRow, TooltipBox, type TipProps } from '../chart-tooltip'
import { Marker } from '../marker'
import { useWidth } from '../use-width'

type Point = { x: number; y: number; event: Event }

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const tickLabel = (t: number) => {
  const d = new Date(t)
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

/**
 * Events on a time axis, one lane per plan plus international; markers that would touch are stacked.
 * The key events (src/lib/key-events.ts) carry a direct label above their lane's markers, so the
 * PNG and SVG say what the landmarks are; labels that would touch take another row.
 */
export function TimelineChart({ data, dataset, size }: { data: TimelineData; dataset: Dataset; size: ChartSize }) {
  const s = useChartScale(size)
  const [box, width] = useWidth<HTMLDivElement>()
  const rows = stackRows(data.events, data.range, 0.014)
  const depth = laneDepths(data.events, rows)
  const laneIndex = (lane: Lane) => data.lanes.indexOf(lane)
  const r = s.font * 0.42
  const labelFont = minorFont(s, 0.85)
  const labelStep = labelFont * 1.35
  // The plot's width: the chart's less the lane axis and the right margin.
  const plotWidth = Math.max(200, (width || 1200) - s.axis * 0.55 - 16)
  const placed = placeLabels(keyEvents(dataset, data.events), data.range, plotWidth, labelFont * 0.62, 10)
  const labelOf = new Map(placed.map((p) => [p.event.id, p]))
  const bands = labelRows(placed)
  const band = Math.max(0, ...data.lanes.map((l) => bands[l])) * labelStep
  // Each lane is tall enough for its deepest stack of markers, with a marker's height between rows, and its labels.
  const rowStep = 2 * r + 4
  const laneHeight = Math.max(s.font * 4.5, Math.max(...data.lanes.map((l) => depth[l])) * rowStep + 18) + band
  const spread = () => rowStep / laneHeight
  const point = (e: Event): Point => ({
    x: eventTime(e.date),
    // Markers sit below the lane's label band.
    y: laneIndex(e.lane) + ((rows.get(e.id) ?? 0) - (depth[e.lane] - 1) / 2) * spread() + band / 2 / laneHeight,
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
      const marker = <Marker shape={style.marker} cx={p.cx} cy={p.cy} r={r} fill={hollow ? '#ffffff' : style.hex} stroke={style.hex} />
      const label = labelOf.get(p.payload.event.id)
      if (!label) return marker
      // From the top marker row of the lane, up one label row per row taken.
      const top = p.cy - (rows.get(p.payload.event.id) ?? 0) * rowStep - r
      const y = top - 6 - label.row * labelStep
      const x = label.anchor === 'start' ? p.cx - 1 : p.cx + 1
      return (
        <g className="timeline-chart__key" data-label-for={p.payload.event.id}>
          <line x1={p.cx} x2={p.cx} y1={y + 2} y2={p.cy - r} stroke={mutedInk} strokeWidth={1} />
          {marker}
          <text x={x} y={y} textAnchor={label.anchor} fontSize={labelFont} fontWeight={600} fill={inkColor}>
            {label.label}
          </text>
        </g>
      )
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
        <div className="chart-scroll__inner" ref={box}>
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

import type { CSSProperties } from 'react'
import { formatPercent, orientationStyles, planSeries } from '../../../lib/chart-config'
import {
  orientationFacets,
  shortSegments,
  SHORT_SEGMENT_SHARE,
  type OrientationData,
  type OrientationSegment,
} from '../../../lib/chart-selectors'
import { plural } from '../../../lib/format'
import { ChartLegend } from '../chart-legend'
import { inkColor, useChartScale, type ChartSize } from '../chart-scale'
import { Marker } from '../marker'
import { useWidth } from '../use-width'

const segmentText = (x: OrientationSegment) => `${x.label} ${formatPercent(x.share)} (${x.count})`

function swatch(code: string) {
  const style = orientationStyles[code]
  return (
    <span
      className={`chart-legend__swatch${code === 'not-stated' ? ' orientation-chart__not-stated' : ''}`}
      style={{ background: style?.fill }}
      aria-hidden="true"
    />
  )
}

/**
 * Three small 100% stacked bars — scope, framing, lead — one per plan in each: the length of a
 * segment is the share of the plan's provisions with that code. "Actor not stated" is its own
 * neutral segment; a segment too short for its label is listed under the bar instead.
 */
export function OrientationChart({ data, size }: { data: OrientationData; size: ChartSize }) {
  const s = useChartScale(size)
  const [ref, width] = useWidth<HTMLDivElement>()
  // Inside a segment: its name and share where both fit, its share alone where only that fits.
  // Every segment not named inside is listed under its bar. On a phone the bars are narrower.
  const narrow = width > 0 && width < 520
  const valueAt = narrow ? 25 : SHORT_SEGMENT_SHARE
  const nameAt = narrow ? 101 : 45
  const facets = orientationFacets(data)
  const style = {
    '--orientation-font': `${s.font}px`,
    '--orientation-bar': `${size === 'slide' ? s.bar * 1.5 : s.bar * 2.2}px`,
  } as CSSProperties
  return (
    <div ref={ref} className="orientation-chart" style={style}>
      {facets.map((facet) => (
        <section key={facet.group} className="orientation-chart__facet" aria-label={`${facet.label}: share of each plan’s provisions`}>
          <div className="orientation-chart__head">
            <h3 className="orientation-chart__title">{facet.label}</h3>
            <ChartLegend
              label={`${facet.label} codes`}
              items={facet.codes.map((c) => ({ key: c.code, label: c.label, swatch: swatch(c.code) }))}
            />
          </div>
          {facet.bars.map((bar) => {
            const plan = planSeries[bar.planId]
            const short = shortSegments(bar.segments, nameAt)
            return (
              <div key={bar.planId} className="orientation-chart__row" data-plan={bar.planId}>
                <span className="orientation-chart__plan">
                  <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                    <Marker shape={plan.marker} cx={7} cy={7.5} r={5} fill={plan.hex} stroke={plan.hex} />
                  </svg>
                  {plan.shortLabel} <span className="orientation-chart__n">n={bar.total}</span>
                </span>
                <div
                  className="orientation-chart__bar"
                  role="img"
                  aria-label={`${plan.label}, ${facet.label.toLowerCase()}, ${plural(bar.total, 'provision')}: ${bar.segments.map(segmentText).join(', ')}`}
                >
                  {bar.segments.map((x) => {
                    const fill = orientationStyles[x.code]
                    return (
                      <span
                        key={x.code}
                        className={`orientation-chart__segment${x.notStated ? ' orientation-chart__not-stated' : ''}`}
                        data-code={x.code}
                        style={{ width: `${x.share}%`, background: fill?.fill, color: fill?.ink ?? inkColor }}
                      >
                        {x.share >= nameAt ? (
                          <>
                            <span className="orientation-chart__label">{x.label}</span> {formatPercent(x.share)}
                          </>
                        ) : (
                          x.share >= valueAt && formatPercent(x.share)
                        )}
                      </span>
                    )
                  })}
                </div>
                {short.length > 0 && (
                  <p className="orientation-chart__short">
                    <span className="visually-hidden">{plan.label}, also: </span>
                    {short.map(segmentText).join(' · ')}
                  </p>
                )}
              </div>
            )
          })}
          {facet.noData.length > 0 && (
            <p className="orientation-chart__short">
              {facet.noData.map((p) => planSeries[p].label).join(' and ')}: no provision matches the filters (no data, not 0%).
            </p>
          )}
        </section>
      ))}
    </div>
  )
}

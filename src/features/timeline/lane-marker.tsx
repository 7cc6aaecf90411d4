import { laneSeries, markerPath } from '../../lib/chart-config'
import type { Lane } from '../../lib/event-selectors'

/** The lane's marker (US square, China circle, international triangle); hollow when not verified. */
export function LaneMarker({ lane, size, hollow = false }: { lane: Lane; size: number; hollow?: boolean }) {
  const s = laneSeries[lane]
  const r = size / 2 - 1.5
  return (
    <svg className="lane-marker" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
      <path
        d={markerPath(s.marker, size / 2, size / 2 + (s.marker === 'triangle' ? 0.8 : 0), r)}
        fill={hollow ? '#ffffff' : s.hex}
        stroke={s.hex}
        strokeWidth={2}
      />
    </svg>
  )
}

import { markerPath, type MarkerShape } from '../../lib/chart-config'

/** A plan's or lane's marker: square (US), circle (China), triangle (international). */
export function Marker({
  shape,
  cx,
  cy,
  r,
  fill,
  stroke,
}: {
  shape: MarkerShape
  cx: number
  cy: number
  r: number
  fill: string
  stroke: string
}) {
  return <path d={markerPath(shape, cx, cy, r)} fill={fill} stroke={stroke} strokeWidth={1.5} />
}

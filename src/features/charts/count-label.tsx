import type { LabelProps } from 'recharts'
import { labelBox, textWidth, type ChartScale } from './chart-scale'

/** A count printed inside a stacked-bar segment, in the segment's ink; nothing when it is 0 or does not fit. */
export function countLabel(ink: string, s: ChartScale, fontWeight = 700) {
  return function CountLabel(props: LabelProps) {
    const { x, y, width, height } = labelBox(props)
    const n = Number(props.value ?? 0)
    if (n === 0 || width < textWidth(String(n), s.font) + 6) return null
    return (
      <text
        x={x + width / 2}
        y={y + height / 2}
        textAnchor="middle"
        dominantBaseline="central"
        fill={ink}
        fontSize={s.font}
        fontWeight={fontWeight}
      >
        {n}
      </text>
    )
  }
}

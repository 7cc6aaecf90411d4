import type { ReactNode } from 'react'

/** The box every chart tooltip uses: a heading and label/value lines. */
export function TooltipBox({
  title,
  lines,
  note,
}: {
  title: ReactNode
  lines: { key: string; label: ReactNode; value: ReactNode }[]
  note?: ReactNode
}) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      {lines.length > 0 && (
        <dl>
          {lines.map((l) => (
            <div key={l.key}>
              <dt>{l.label}</dt>
              <dd>{l.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {note && <p className="chart-tooltip__note">{note}</p>}
    </div>
  )
}

/** The data row under the pointer (or the keyboard cursor), from Recharts' tooltip props. */
export function hoveredRow<T>(props: TipProps): T | undefined {
  if (!props.active) return undefined
  const first = props.payload?.[0] as { payload?: T } | undefined
  return first?.payload
}

/** What our tooltip renderers read from Recharts' tooltip props. */
export interface TipProps {
  active?: boolean
  payload?: readonly unknown[]
}

import type { ChartData } from '../../lib/chart-selectors'
import { chartCaveats } from '../../lib/chart-summaries'

/** Caveats under a chart, in its exported image and on its slide: "not stated" is never read as a finding. */
export function ChartCaveats({ chart, className }: { chart: ChartData; className: string }) {
  const caveats = chartCaveats(chart)
  if (!caveats.length) return null
  return (
    <ul className={className} aria-label="Notes on this chart">
      {caveats.map((c) => (
        <li key={c}>{c}</li>
      ))}
    </ul>
  )
}

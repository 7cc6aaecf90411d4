import { StateLink } from '../../components/state-link'
import type { ChartData } from '../../lib/chart-selectors'
import { chartCaveats, coverageCaveats } from '../../lib/charts/registry'
import type { CaveatVariant } from '../../lib/charts/types'

/**
 * Caveats under a chart, in its exported image and on its slide: "not stated" is never read as a
 * finding, and a plan read only in part is never read as silent. On screen (`link`), the coverage
 * caveat links to where the reading of each plan is explained.
 */
export function ChartCaveats({
  chart,
  className,
  variant = 'full',
  link = false,
}: {
  chart: ChartData
  className: string
  variant?: CaveatVariant
  link?: boolean
}) {
  const caveats = chartCaveats(chart, variant)
  if (!caveats.length) return null
  const coverage = coverageCaveats(chart, variant).length
  return (
    <ul className={className} aria-label="Notes on this chart">
      {caveats.map((c, i) => (
        <li key={c}>
          {c}
          {link && i === coverage - 1 && (
            <>
              {' '}
              <StateLink to={{ view: 'sources', sel: null }} hash="plans">
                How the plans were read
              </StateLink>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}

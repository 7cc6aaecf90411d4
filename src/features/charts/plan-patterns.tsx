import type { PlanId } from '../../data/schema'
import { planSeries } from '../../lib/chart-config'

/**
 * The plans' fill patterns, the same as the .plan-swatch in badges.css: US diagonal stripes,
 * China dots. Rendered inside each chart's own SVG (ids prefixed per chart) so that exported
 * images, which copy only that SVG, keep them.
 */
export function PlanPatternDefs({ prefix }: { prefix: string }) {
  const { us, cn } = planSeries
  return (
    <defs>
      <pattern id={`${prefix}-${us.patternId}`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="5" height="5" fill={us.hex} />
        <rect width="2" height="5" fill={us.tint} />
      </pattern>
      <pattern id={`${prefix}-${cn.patternId}`} width="4" height="4" patternUnits="userSpaceOnUse">
        <rect width="4" height="4" fill={cn.hex} />
        <circle cx="2" cy="2" r="1.2" fill={cn.tint} />
      </pattern>
    </defs>
  )
}

export const patternFill = (prefix: string, planId: PlanId) => `url(#${prefix}-${planSeries[planId].patternId})`

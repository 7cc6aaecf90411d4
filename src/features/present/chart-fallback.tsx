import type { ChartId } from '../../url-state/view-state'

/** When no chart renderer is available: name the chart and link to it on the Charts view. */
export function ChartFallback({ chartId, title, href }: { chartId: ChartId; title: string; href: string }) {
  return (
    <div className="chart-fallback" data-chart={chartId}>
      <h2 className="slide__title">{title}</h2>
      <p>
        The chart “{title}” is not available in this presentation. Open it on the Charts view: <a href={href}>{title}</a>
      </p>
    </div>
  )
}

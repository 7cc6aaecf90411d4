import type { Dataset } from '../../data/dataset-schema'
import { isChartEmpty, type ChartData } from '../../lib/chart-selectors'
import type { ChartSize } from './chart-scale'
import { AgenciesChart } from './charts/agencies-chart'
import { ConvergenceChart } from './charts/convergence-chart'
import { EmphasisChart } from './charts/emphasis-chart'
import { ImplementationChart } from './charts/implementation-chart'
import { IndicatorsChart } from './charts/indicators-chart'
import { InstrumentsChart } from './charts/instruments-chart'
import { OrientationChart } from './charts/orientation-chart'
import { TimelineChart } from './charts/timeline-chart'

function emptyMessage(chart: ChartData): string {
  if (chart.id === 'implementation' && !chart.data.included)
    return 'Implementation is tracked for US provisions, and the US plan is filtered out.'
  if (chart.id === 'timeline') return 'No event matches the selected plans, dimensions and agencies.'
  if (chart.id === 'indicators') return 'No indicator belongs to the selected dimensions.'
  if (chart.id === 'convergence') return 'None of the selected dimensions has a comparison.'
  if (chart.id === 'agencies') return 'No provision that matches the filters names an agency.'
  return 'No provision matches these filters.'
}

/** The plot of one chart, at a size; says so plainly when there is nothing to draw. */
export function ChartBody({ chart, dataset, size }: { chart: ChartData; dataset: Dataset; size: ChartSize }) {
  if (isChartEmpty(chart)) return <p className="chart-empty">{emptyMessage(chart)}</p>
  switch (chart.id) {
    case 'emphasis':
      return <EmphasisChart data={chart.data} size={size} />
    case 'instruments':
      return <InstrumentsChart data={chart.data} size={size} />
    case 'orientation':
      return <OrientationChart data={chart.data} size={size} />
    case 'convergence':
      return <ConvergenceChart data={chart.data} size={size} />
    case 'indicators':
      return <IndicatorsChart data={chart.data} dataset={dataset} size={size} />
    case 'timeline':
      return <TimelineChart data={chart.data} dataset={dataset} size={size} />
    case 'implementation':
      return <ImplementationChart data={chart.data} size={size} />
    case 'agencies':
      return <AgenciesChart data={chart.data} size={size} />
    default:
      return chart satisfies never
  }
}

import type { ComponentType } from 'react'
import type { Dataset } from '../../data/dataset-schema'
import { chartEmptyMessage, isChartEmpty, type ChartData } from '../../lib/chart-selectors'
import type { ChartId } from '../../url-state/view-state'
import { chartComponents, type ChartComponentProps } from './chart-components'
import type { ChartSize } from './chart-scale'

/** The plot of one chart, at a size; says so plainly (the definition's one message) when there is nothing to draw. */
export function ChartBody<K extends ChartId>({ chart, dataset, size }: { chart: ChartData<K>; dataset: Dataset; size: ChartSize }) {
  if (isChartEmpty(chart)) return <p className="chart-empty">{chartEmptyMessage(chart)}</p>
  const Chart: ComponentType<ChartComponentProps<K>> = chartComponents[chart.id]
  return <Chart data={chart.data} dataset={dataset} size={size} />
}

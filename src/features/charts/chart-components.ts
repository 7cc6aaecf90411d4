/**
 * The component that draws each chart (docs/architecture.md § How to add a chart). Every chart id
 * must have one, and it receives exactly the rows its definition selects.
 */
import type { ComponentType } from 'react'
import type { Dataset } from '../../data/dataset-schema'
import type { ChartDataMap } from '../../lib/charts/registry'
import type { ChartId } from '../../url-state/view-state'
import type { ChartSize } from './chart-scale'
import { AgenciesChart } from './charts/agencies-chart'
import { ConvergenceChart } from './charts/convergence-chart'
import { EmphasisChart } from './charts/emphasis-chart'
import { ImplementationChart } from './charts/implementation-chart'
import { IndicatorsChart } from './charts/indicators-chart'
import { InstrumentsChart } from './charts/instruments-chart'
import { OrientationChart } from './charts/orientation-chart'
import { TimelineChart } from './charts/timeline-chart'

export interface ChartComponentProps<K extends ChartId> {
  data: ChartDataMap[K]
  dataset: Dataset
  size: ChartSize
}

export const chartComponents: { readonly [K in ChartId]: ComponentType<ChartComponentProps<K>> } = {
  emphasis: EmphasisChart,
  instruments: InstrumentsChart,
  orientation: OrientationChart,
  convergence: ConvergenceChart,
  indicators: IndicatorsChart,
  timeline: TimelineChart,
  implementation: ImplementationChart,
  agencies: AgenciesChart,
}

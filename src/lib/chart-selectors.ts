/**
 * The Charts view's counting (docs/architecture.md § Charts): each chart's selector lives in its
 * definition (`src/lib/charts/<id>.ts`); this module is their one import point. Shares are
 * percentages (0–100), unrounded.
 */
export { pct, type PlanCell } from './charts/types'
export { selectEmphasis, type EmphasisData } from './charts/emphasis'
export { selectInstrumentMix, type InstrumentCell, type InstrumentMixData } from './charts/instruments'
export {
  orientationAxes,
  orientationFacets,
  orientationGroupLabels,
  shortSegments,
  SHORT_SEGMENT_SHARE,
  selectOrientation,
  type OrientationData,
  type OrientationFacet,
  type OrientationSegment,
  type OrientationGroup,
} from './charts/orientation'
export { selectConvergence, type ConvergenceData } from './charts/convergence'
export { pickIndicatorPanels, selectIndicators, type IndicatorPanel, type IndicatorsData } from './charts/indicators'
export { selectTimeline, type TimelineData } from './charts/timeline'
export { selectImplementation, type ImplementationData } from './charts/implementation'
export { selectAgencies, type ActorRoleId, type AgenciesData, type AgencyRow } from './charts/agencies'
export { chartEmptyMessage, isChartEmpty, selectChartData, type ChartData } from './charts/registry'

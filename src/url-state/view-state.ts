import type { DimensionId, InstrumentId, PlanId, Status } from '../data/schema'
import { dimensionIds, instrumentIds, planIds, statuses } from '../data/vocabulary'

export const views = ['compare', 'charts', 'timeline', 'sources'] as const
export type View = (typeof views)[number]

/** Chart ids on the Charts view; stable, used in links (`chart=`; docs/url-contract.md § Charts). */
export const chartIds = [
  'emphasis',
  'instruments',
  'orientation',
  'convergence',
  'indicators',
  'timeline',
  'implementation',
  'agencies',
] as const
export type ChartId = (typeof chartIds)[number]

export const tabs = ['chart', 'table'] as const
export type Tab = (typeof tabs)[number]

export const provenanceFilters = ['all', 'verbatim'] as const
export type ProvenanceFilter = (typeof provenanceFilters)[number]

/** Everything a link can share (docs/url-contract.md § Parameters). */
export interface ViewState {
  view: View
  plans: readonly PlanId[]
  dims: readonly DimensionId[]
  instr: readonly InstrumentId[]
  prov: ProvenanceFilter
  status: readonly Status[]
  /** Agencies (data/agencies.yaml ids) a provision must name; empty: no restriction. */
  agency: readonly string[]
  q: string
  sel: string | null
  /** A timeline event (data/events.yaml id), opened in detail on the Timeline view. */
  event: string | null
  chart: ChartId | null
  tab: Tab
  present: boolean
  slide: number
  embed: boolean
  /** Charts count a provision under its secondary dimensions too, not only its primary one. */
  secondary: boolean
  /** A data version (`2026.11.28-2`): the view shows the data as released then (docs/url-contract.md § Data versions); null: the current data. */
  v: string | null
}

/** Canonical parameter order: one view has one URL. */
export const paramOrder = [
  'view',
  'plans',
  'dims',
  'instr',
  'prov',
  'status',
  'agency',
  'q',
  'sel',
  'event',
  'chart',
  'tab',
  'present',
  'slide',
  'embed',
  'secondary',
  'v',
] as const
export type ParamName = (typeof paramOrder)[number]

export const defaultViewState: ViewState = {
  view: 'compare',
  plans: planIds,
  dims: dimensionIds,
  instr: instrumentIds,
  prov: 'all',
  status: statuses,
  agency: [],
  q: '',
  sel: null,
  event: null,
  chart: null,
  tab: 'chart',
  present: false,
  slide: 1,
  embed: false,
  secondary: false,
  v: null,
}

/** Parameters whose change is a navigation (Back undoes it); all others replace the entry. */
export const pushParams: readonly ParamName[] = ['view', 'sel', 'event', 'present']

/** The filters that Reset filters clears (view, selection and presentation stay). */
export const filterParams = ['plans', 'dims', 'instr', 'prov', 'status', 'agency', 'q'] as const satisfies readonly ParamName[]

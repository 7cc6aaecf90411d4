import { dimensionIds, instrumentIds, planIds, statuses } from '../data/vocabulary'
import {
  enumCodec,
  flagCodec,
  idCodec,
  idListCodec,
  listCodec,
  optionalEnumCodec,
  positiveIntCodec,
  textCodec,
  versionCodec,
  type Codec,
} from './codec'
import { chartIds, provenanceFilters, tabs, views, type ParamName, type ViewState } from './view-state'

export const MAX_QUERY_LENGTH = 200

/** One codec per parameter; a missing codec is a compile error. */
export const codecs = {
  view: enumCodec(views, 'compare', 'a view'),
  plans: listCodec(planIds, 'a plan'),
  dims: listCodec(dimensionIds, 'a dimension'),
  instr: listCodec(instrumentIds, 'an instrument'),
  prov: enumCodec(provenanceFilters, 'all', 'a provenance filter'),
  status: listCodec(statuses, 'an implementation status'),
  agency: idListCodec('an agency id'),
  q: textCodec(MAX_QUERY_LENGTH),
  sel: idCodec('a provision id'),
  event: idCodec('an event id'),
  chart: optionalEnumCodec(chartIds, 'a chart'),
  tab: enumCodec(tabs, 'chart', 'a tab'),
  present: flagCodec(),
  slide: positiveIntCodec(1, 999),
  embed: flagCodec(),
  secondary: flagCodec(),
  v: versionCodec(),
} satisfies { [K in ParamName]: Codec<ViewState[K]> }

/**
 * What a link is filtered to, in words: the applied-filter line above every view, the document
 * title, export file names and metadata, and the deck's title slide all say it the same way, with
 * the labels the filter panel uses (docs/architecture.md § Views and what they promise).
 */
import type { Dataset } from '../data/dataset-schema'
import type { Agency, DimensionId, InstrumentId, PlanId, Status } from '../data/schema'
import { statuses } from '../data/vocabulary'
import type { ViewState } from '../url-state/view-state'
import { statusLabels } from './format'

/** The label of an agency, as the filter panel and the chips show it. */
export function agencyLabel(a: Pick<Agency, 'name' | 'shortName'>): string {
  return a.shortName === a.name ? a.name : `${a.shortName} (${a.name})`
}

/** The label of the "official wording only" filter (`prov=verbatim`). */
export const OFFICIAL_WORDING_LABEL = 'Official wording only'

/** One label per code of each list filter: the filter panel's labels. */
export interface FilterLabels {
  plans: ReadonlyMap<string, string>
  dims: ReadonlyMap<string, string>
  instr: ReadonlyMap<string, string>
  status: ReadonlyMap<string, string>
  agency: ReadonlyMap<string, string>
  view: ReadonlyMap<string, string>
}

const labelCache = new WeakMap<Dataset, FilterLabels>()

export const viewLabels = { compare: 'Compare', charts: 'Charts', timeline: 'Timeline', sources: 'Sources' } as const

export function filterLabels(d: Dataset): FilterLabels {
  const cached = labelCache.get(d)
  if (cached) return cached
  const labels: FilterLabels = {
    plans: new Map(d.plans.map((p) => [p.id, p.country])),
    dims: new Map(d.dimensions.map((x) => [x.id, x.label])),
    instr: new Map(d.instruments.map((x) => [x.id, x.label])),
    status: new Map(statuses.map((s) => [s, statusLabels[s]])),
    agency: new Map(d.agencies.map((a) => [a.id, agencyLabel(a)])),
    view: new Map(Object.entries(viewLabels)),
  }
  labelCache.set(d, labels)
  return labels
}

/** One applied filter, removable on its own: `patch` is the state without it. */
export interface AppliedFilter {
  param: 'plans' | 'dims' | 'instr' | 'prov' | 'status' | 'agency' | 'q'
  /** The code it stands for (a dimension id…); the search text for `q`; `verbatim` for `prov`. */
  value: string
  label: string
  patch: Partial<Pick<ViewState, 'plans' | 'dims' | 'instr' | 'prov' | 'status' | 'agency' | 'q'>>
}

type Filters = Pick<ViewState, 'plans' | 'dims' | 'instr' | 'prov' | 'status' | 'agency' | 'q'>
type FilterParam = AppliedFilter['param']

const allFilterParams: readonly FilterParam[] = ['plans', 'dims', 'agency', 'instr', 'prov', 'status', 'q']

/**
 * The filters each view applies: Compare and Charts all of them; the Timeline plans, dimensions and
 * agencies (`filterEvents` in event-selectors.ts); Sources none.
 */
export function filtersOfView(view: ViewState['view']): readonly FilterParam[] {
  if (view === 'timeline') return ['plans', 'dims', 'agency']
  if (view === 'sources') return []
  return allFilterParams
}

/**
 * The filters a state applies, in the filter panel's order of plans, dimensions, agencies,
 * instruments, wording and implementation, then the search; within a list, in the list's order. A list that
 * holds every value applies no filter. Removing the last item of a list restores "all".
 */
export function appliedFilters(d: Dataset, state: Filters, only: readonly FilterParam[] = allFilterParams): AppliedFilter[] {
  return allApplied(d, state).filter((f) => only.includes(f.param))
}

function allApplied(d: Dataset, state: Filters): AppliedFilter[] {
  const labels = filterLabels(d)
  const out: AppliedFilter[] = []
  const list = <K extends 'plans' | 'dims' | 'instr' | 'status'>(
    param: K,
    all: readonly Filters[K][number][],
    picked: Filters[K],
  ): void => {
    if (picked.length === 0 || picked.length >= all.length) return
    for (const id of picked) {
      const rest = picked.filter((x) => x !== id)
      out.push({
        param,
        value: id,
        label: labels[param].get(id) ?? id,
        patch: { [param]: rest.length ? rest : all } as AppliedFilter['patch'],
      })
    }
  }
  list('plans', d.plans.map((p) => p.id) as PlanId[], state.plans)
  list('dims', [...d.dimensions].sort((a, b) => a.order - b.order).map((x) => x.id) as DimensionId[], state.dims)
  for (const id of state.agency) {
    out.push({
      param: 'agency',
      value: id,
      label: labels.agency.get(id) ?? id,
      patch: { agency: state.agency.filter((x) => x !== id) },
    })
  }
  list('instr', d.instruments.map((x) => x.id) as InstrumentId[], state.instr)
  if (state.prov === 'verbatim') out.push({ param: 'prov', value: 'verbatim', label: OFFICIAL_WORDING_LABEL, patch: { prov: 'all' } })
  list('status', [...statuses] as Status[], state.status)
  if (state.q) out.push({ param: 'q', value: state.q, label: `‘${state.q}’`, patch: { q: '' } })
  return out
}

/** "Chips & compute · Open source & open weights · ‘export’" — empty when nothing is filtered. */
export function describeFilters(d: Dataset, state: Filters, separator = ' · ', only: readonly FilterParam[] = allFilterParams): string {
  return appliedFilters(d, state, only)
    .map((f) => f.label)
    .join(separator)
}

/** The document title: "Chips & compute, Open source & open weights — Compare — Parallax". */
export function documentTitle(d: Dataset | undefined, state: Filters & Pick<ViewState, 'view'>): string {
  const view = viewLabels[state.view]
  const filters = d ? describeFilters(d, state, ', ', filtersOfView(state.view)) : ''
  return filters ? `${filters} — ${view} — Parallax` : `${view} — Parallax: US and China AI action plans`
}

/** A file-name-safe slug: letters and digits of any script, hyphens between words, at most `max` characters. */
export function slug(text: string, max = 40): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return s.slice(0, max).replace(/-+$/, '')
}

/**
 * The filters as a file-name part, e.g. `chips-open-weights_q-export`: plans and dimensions by id,
 * the other filters prefixed with their parameter (`instr-`, `status-`, `agency-`, `q-`,
 * `verbatim`), joined by `_`. Empty when nothing is filtered.
 */
export function filterSlug(d: Dataset, state: Filters): string {
  const applied = appliedFilters(d, state)
  const ids = (param: AppliedFilter['param']) => applied.filter((f) => f.param === param).map((f) => f.value)
  const parts = [
    ids('plans').join('-'),
    ids('dims').join('-'),
    ids('instr').length ? `instr-${ids('instr').join('-')}` : '',
    state.prov === 'verbatim' ? 'verbatim' : '',
    ids('status').length ? `status-${ids('status').join('-')}` : '',
    ids('agency').length ? `agency-${ids('agency').join('-')}` : '',
    state.q && slug(state.q) ? `q-${slug(state.q)}` : '',
  ]
  return parts
    .filter(Boolean)
    .map((p) => slug(p, 80))
    .join('_')
}

/** The data version as a file-name part: `2026.12.06-1` (anything but letters, digits, `.` and `-` becomes `-`). */
export function fileVersion(d: Dataset): string {
  return d.meta.version.replace(/[^0-9A-Za-z.-]+/g, '-')
}

/**
 * A download's file name: `parallax-provisions_chips-open-weights_q-export_2026.12.06-1.zip`
 * (stem, filters, data version, extension); the filter part is cut to keep the name under 150
 * characters.
 */
export function exportFileName(d: Dataset, state: Filters, stem: string, extension: string): string {
  const filters = filterSlug(d, state)
    .slice(0, 100)
    .replace(/[-_]+$/, '')
  return [stem, filters, fileVersion(d)].filter(Boolean).join('_') + `.${extension}`
}

/**
 * A link notice with labels for the codes it names: `dims: … did you mean “chips”?` becomes
 * `dims: … did you mean “Chips & compute”?`. Only codes of the notice's own parameter (its prefix)
 * are replaced, and only where quoted as a whole; what the link itself said stays as written.
 */
export function labelNotice(notice: string, labels: FilterLabels): string {
  const match = /^([a-z]+): /.exec(notice)
  const param = match?.[1]
  if (!param || !(param in labels)) return notice
  const names = labels[param as keyof FilterLabels]
  const head = match[0]
  // Keep the raw value the link gave (the first quoted text after "read") as it was.
  return (
    head +
    notice.slice(head.length).replace(/(read “[^”]*” as )?“([^”]*)”/g, (all, read: string | undefined, id: string) => {
      const label = names.get(id)
      // "read “Charts” as “charts”" stays as it is: its label would repeat what the link said.
      if (read) return label && label.toLowerCase() !== read.slice(6, read.indexOf('”')).toLowerCase() ? `${read}“${label}”` : all
      return label ? `“${label}”` : all
    })
  )
}

import { parsePermalink, permalinkPath, type Permalink } from '../lib/permalink'
import { preview, type Codec } from './codec'
import { applyMigrations, migrations as defaultMigrations, type Migration } from './migrations'
import { codecs } from './params'
import { defaultViewState, paramOrder, type ParamName, type ViewState } from './view-state'

export interface ParsedUrl {
  state: ViewState
  /** What was ignored or corrected, one short sentence each, for the notice. */
  notices: string[]
  /** The canonical query string for `state` ('' or '?…'). */
  search: string
}

const known = new Set<string>(paramOrder)

function parseOne<K extends ParamName>(name: K, raw: string | null, state: ViewState, notices: string[]): void {
  const codec = codecs[name] as Codec<ViewState[K]>
  const result = codec.parse(raw)
  if (result.status === 'valid') {
    state[name] = result.value
    if (result.notice) notices.push(`${name}: ${result.notice}`)
  } else if (result.status === 'invalid') {
    notices.push(`${name}: ${result.reason}`)
  }
}

/** Parses a query string. Never throws: invalid values are dropped and named in `notices`. */
export function parseUrl(search: string, migrations: readonly Migration[] = defaultMigrations): ParsedUrl {
  let params: URLSearchParams
  try {
    params = applyMigrations(new URLSearchParams(search), migrations)
  } catch {
    params = new URLSearchParams()
  }
  const state: ViewState = { ...defaultViewState }
  const notices: string[] = []
  const unknown = [...new Set([...params.keys()].filter((k) => !known.has(k)))]
  if (unknown.length) {
    const names = unknown
      .slice(0, 3)
      .map((k) => `“${preview(k, 24)}”`)
      .join(', ')
    notices.push(
      `ignored unknown parameter${unknown.length > 1 ? 's' : ''} ${names}${unknown.length > 3 ? ` and ${unknown.length - 3} more` : ''}`,
    )
  }
  for (const name of paramOrder) {
    const values = params.getAll(name)
    if (values.length > 1) notices.push(`${name}: appeared ${values.length} times; used the first`)
    parseOne(name, values[0] ?? null, state, notices)
  }
  // A slide number or a table tab only means something in its own context.
  if (!state.present && state.slide !== 1) state.slide = 1
  return { state, notices, search: serializeState(state) }
}

/** [name, value] of every parameter that differs from its default, in canonical order (values not encoded). */
function statePairs(state: ViewState): [string, string][] {
  const pairs: [string, string][] = []
  for (const name of paramOrder) {
    const codec = codecs[name] as { serialize(value: ViewState[typeof name]): string | null }
    const value = codec.serialize(state[name])
    if (value !== null) pairs.push([name, value])
  }
  return pairs
}

const writePairs = (pairs: readonly [string, string][]) =>
  pairs.length ? `?${pairs.map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%7E/gi, '~')}`).join('&')}` : ''

/** Writes only what differs from the defaults, in canonical order. */
export function serializeState(state: ViewState): string {
  return writePairs(statePairs(state))
}

/**
 * The app's base path (Vite's `base`, always ending in "/"). A pathname on a permanent page
 * (/provisions/us-3-3-1/) has the base in front of the page's part.
 */
export const APP_BASE: string = import.meta.env.BASE_URL || '/'

/**
 * The query a permanent page stands for (docs/url-contract.md, "Permanent pages"), at the string
 * level: `/provisions/<id>/` is `sel=<id>`, `/dimensions/<id>/` `dims=<id>`, `/charts/<id>/`
 * `view=charts&chart=<id>`, `/plans/<id>/` `plans=<id>`, `/events/<id>/` `view=timeline&event=<id>`.
 */
export function permalinkParams(link: Permalink): [string, string][] {
  switch (link.kind) {
    case 'provisions':
      return [['sel', link.id]]
    case 'dimensions':
      return [['dims', link.id]]
    case 'charts':
      return [
        ['view', 'charts'],
        ['chart', link.id],
      ]
    case 'plans':
      return [['plans', link.id]]
    case 'events':
      return [
        ['view', 'timeline'],
        ['event', link.id],
      ]
  }
}

/**
 * Parses a location: a permanent page's path stands for its query (`permalinkParams`), and a query
 * on it still applies (`/provisions/us-3-3-1/?plans=us`); where both set a parameter, the query
 * wins. Any other path than the base is named in a notice and shows the default view. Never throws.
 */
export function parseLocation(
  pathname: string,
  search: string,
  base: string = APP_BASE,
  migrations: readonly Migration[] = defaultMigrations,
): ParsedUrl & { permalink: Permalink | null } {
  const permalink = parsePermalink(pathname, base)
  if (permalink) {
    let params: URLSearchParams
    try {
      params = new URLSearchParams(search)
    } catch {
      params = new URLSearchParams()
    }
    const own = permalinkParams(permalink).filter(([name]) => !params.has(name))
    for (const [name, value] of own) params.set(name, value)
    const parsed = parseUrl(`?${params.toString()}`, migrations)
    const pairs = statePairs(parsed.state)
    if (own.every(([name, value]) => pairs.some(([n, v]) => n === name && v === value))) return { ...parsed, permalink }
    // An id the app does not know: the query alone, with one notice naming the page.
    const fallback = parseUrl(search, migrations)
    const what = { provisions: 'provision', events: 'event', dimensions: 'dimension', charts: 'chart', plans: 'plan' }[permalink.kind]
    return {
      ...fallback,
      notices: [`no ${what} “${permalink.id}” in this data; showing the default view`, ...fallback.notices],
      permalink: null,
    }
  }
  const parsed = parseUrl(search, migrations)
  if (pathname === base || pathname === `${base}index.html` || `${pathname}/` === base) return { ...parsed, permalink: null }
  return { ...parsed, notices: [`no page at “${preview(pathname, 60)}”; showing the default view`, ...parsed.notices], permalink: null }
}

/** A permanent page whose parameters all hold in `pairs` (the default `view=compare` is implied). */
function holds(link: Permalink, pairs: readonly [string, string][]): boolean {
  const get = (name: string) => pairs.find(([n]) => n === name)?.[1]
  return permalinkParams(link).every(([name, value]) => get(name) === value)
}

const asLink = (kind: Permalink['kind'], id: string | undefined): Permalink | null =>
  id !== undefined && parsePermalink(permalinkPath({ kind, id })) ? { kind, id } : null

/**
 * Where a state lives (path and query, without origin): the permanent page when the state points at
 * exactly one thing — a provision open on Compare (`/provisions/<id>/`), one chart focused on Charts
 * (`/charts/<id>/`), one event open on the Timeline (`/events/<id>/`) — with only the rest of the
 * state in the query; else, while the state still is the permanent page the reader is on
 * (`/dimensions/<id>/`, `/plans/<id>/`), that page; else the base path with the whole query.
 * Presentation mode never moves to a permanent page.
 */
export function locationFor(state: ViewState, currentPathname: string = APP_BASE, base: string = APP_BASE): string {
  const pairs = statePairs(state)
  const get = (name: string) => pairs.find(([n]) => n === name)?.[1]
  const view = get('view') ?? 'compare'
  const current = parsePermalink(currentPathname, base)
  let link: Permalink | null = null
  if (!state.present) {
    if (view === 'compare') link = asLink('provisions', get('sel'))
    else if (view === 'charts') link = asLink('charts', get('chart'))
    else if (view === 'timeline') link = asLink('events', get('event'))
  }
  if (!link && current && holds(current, pairs)) link = current
  if (!link || !holds(link, pairs)) return `${base}${writePairs(pairs)}`
  const own = new Set(permalinkParams(link).map(([name]) => name))
  return `${permalinkPath(link, base)}${writePairs(pairs.filter(([name]) => !own.has(name)))}`
}

/** The full shareable URL for a state: its permanent page where it has one (`locationFor`). */
export function shareUrl(state: ViewState, origin: string, pathname: string, base: string = APP_BASE): string {
  return `${origin}${locationFor(state, pathname, base)}`
}

/** A link's href to a state, from the current page (`locationFor`). */
export function stateHref(state: ViewState): string {
  return locationFor(state, typeof window === 'undefined' ? APP_BASE : window.location.pathname)
}

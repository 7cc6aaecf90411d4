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

/** Writes only what differs from the defaults, in canonical order. */
export function serializeState(state: ViewState): string {
  const pairs: string[] = []
  for (const name of paramOrder) {
    const codec = codecs[name] as { serialize(value: ViewState[typeof name]): string | null }
    const value = codec.serialize(state[name])
    if (value !== null) pairs.push(`${name}=${encodeURIComponent(value).replace(/%7E/gi, '~')}`)
  }
  return pairs.length ? `?${pairs.join('&')}` : ''
}

/** The full shareable URL for a state. */
export function shareUrl(state: ViewState, origin: string, pathname: string): string {
  return `${origin}${pathname}${serializeState(state)}`
}

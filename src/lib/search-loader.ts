/**
 * Loads the search engine on demand: the library and the index are built in a lazy chunk the
 * first time someone searches (or a link arrives with `q`), never on the first view.
 */
import type { Dataset } from '../data/dataset-schema'
import type { SearchEngine } from './search-engine'

const engines = new WeakMap<Dataset, SearchEngine>()
const pending = new WeakMap<Dataset, Promise<SearchEngine>>()
let chunk: Promise<typeof import('./search-engine')> | undefined

/** Starts downloading the engine's code (e.g. when the search box gets focus). */
export function preloadSearch(): Promise<typeof import('./search-engine')> {
  chunk ??= import('./search-engine')
  chunk.catch(() => (chunk = undefined))
  return chunk
}

/** The engine for a dataset if it is already built. */
export function peekSearchEngine(d: Dataset): SearchEngine | undefined {
  return engines.get(d)
}

/** The engine for a dataset, built once. */
export function loadSearchEngine(d: Dataset): Promise<SearchEngine> {
  const ready = engines.get(d)
  if (ready) return Promise.resolve(ready)
  let p = pending.get(d)
  if (!p) {
    p = preloadSearch().then((m) => {
      const engine = m.createSearchEngine(d)
      engines.set(d, engine)
      return engine
    })
    p.catch(() => pending.delete(d))
    pending.set(d, p)
  }
  return p
}

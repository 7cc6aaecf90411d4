import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { Dataset } from '../data/dataset-schema'
import { loadSearchEngine, peekSearchEngine } from '../lib/search-loader'
import type { SearchEngine, SearchResults } from '../lib/search-engine'
import { useUrlStore } from '../url-state/store'
import type { ViewState } from '../url-state/view-state'
import './search.css'

export interface SearchState {
  /** `off`: no query; `loading`: the engine is loading (the plain matcher filters meanwhile); `ready`; `failed`: it could not load (the plain matcher stays). */
  status: 'off' | 'loading' | 'ready' | 'failed'
  results?: SearchResults
}

/** Searches `q` with the engine, loading it the first time a query is set. */
export function useSearch(dataset: Dataset, q: string): SearchState {
  const [engine, setEngine] = useState<SearchEngine | undefined>(() => peekSearchEngine(dataset))
  const [failed, setFailed] = useState(false)
  const current = engine?.dataset === dataset ? engine : peekSearchEngine(dataset)
  useEffect(() => {
    if (!q || current) return
    let live = true
    loadSearchEngine(dataset).then(
      (e) => live && setEngine(e),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [q, dataset, current])
  const results = useMemo(() => (q && current ? current.search(q) : undefined), [q, current])
  if (!q) return { status: 'off' }
  if (results) return { status: 'ready', results }
  return { status: failed ? 'failed' : 'loading' }
}

/** The URL state with the search engine's hits, ready for the selectors (src/lib/selectors.ts). */
export function useFilterState(dataset: Dataset): { state: ViewState & { hits?: ReadonlySet<string> }; search: SearchState } {
  const state = useUrlStore((s) => s.state)
  const search = useSearch(dataset, state.q)
  const hits = search.results?.provisions
  const withHits = useMemo(() => (hits ? { ...state, hits } : state), [state, hits])
  return { state: withHits, search }
}

const HighlightContext = createContext<((text: string) => { text: string; hit: boolean }[]) | null>(null)

/** Lets every <Highlight> below mark the hits of a search. */
export function HighlightProvider({ results, children }: { results: SearchResults | undefined; children: ReactNode }) {
  return <HighlightContext.Provider value={results?.highlight ?? null}>{children}</HighlightContext.Provider>
}

/** Text with the current search's hits in <mark> (rendered as text, never as HTML). */
export function Highlight({ text }: { text: string }) {
  const highlight = useContext(HighlightContext)
  const segments = useMemo(() => (highlight ? highlight(text) : null), [highlight, text])
  if (!segments || !segments.some((s) => s.hit)) return text
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="search-hit">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  )
}

/**
 * The search engine behind `q`: a MiniSearch index over provisions, events and context indicators,
 * with the analyzer in ./search-analyzer. Loaded on demand (./search-loader) so neither the library
 * nor the index weighs on the first view. It only answers which records match; the selectors
 * (./selectors) still do all filtering, given the matching provision ids.
 */
import MiniSearch, { type Query } from 'minisearch'
import type { Dataset } from '../data/dataset-schema'
import { indexDataset } from './dataset-index'
import { highlightSegments, indexTerms, queryUnits, type Segment } from './search-analyzer'
import { foldText, matchesTerms, queryTerms } from './search'

export interface SearchResults {
  query: string
  /** Ids of matching provisions (any dimension, plan or status: the selectors apply the rest). */
  provisions: ReadonlySet<string>
  /** Ids of matching events and indicators, in data order. */
  events: readonly string[]
  indicators: readonly string[]
  /** Highlights a text for this query: the spans whose terms matched. */
  highlight: (text: string) => Segment[]
}

export interface SearchEngine {
  dataset: Dataset
  search: (query: string) => SearchResults
}

interface Doc {
  id: string
  title: string
  text: string
  meta: string
}

const join = (parts: readonly (string | undefined)[]) => parts.filter(Boolean).join(' \u0001 ')

/** The searchable text of every record: provisions, events and indicators. */
export function searchDocuments(d: Dataset): Doc[] {
  const index = indexDataset(d)
  const provisions = d.provisions.map((p): Doc => {
    const s = index.sections.get(p.sectionId)
    const agencies = [...(index.namedAgencies.get(p.id) ?? [])].flatMap((id) => {
      const a = index.agencies.get(id)
      return a ? [a.name, a.shortName] : []
    })
    return {
      id: `p:${p.id}`,
      title: p.title,
      text: join([p.text, p.nativeText, p.summary]),
      meta: join([p.id, s?.label, s?.heading, s?.nativeHeading, ...agencies]),
    }
  })
  const events = d.events.map((e): Doc => ({ id: `e:${e.id}`, title: e.title, text: e.summary, meta: e.id }))
  const indicators = d.indicators.map((i): Doc => ({
    id: `i:${i.id}`,
    title: i.label,
    text: i.description,
    meta: join([i.id, i.unit, ...new Set(i.observations.map((o) => o.entity))]),
  }))
  return [...provisions, ...events, ...indicators]
}

const isPrefixable = (term: string) => /^[a-z0-9]{3,}$/.test(term)
const fuzziness = (term: string) => (/^[a-z]{6,}$/.test(term) ? 1 : false)

/** The library's query for a search: every unit must match; a unit naming a concept matches the concept. */
export function toQuery(query: string): Query | undefined {
  const units = queryUnits(query)
  if (units.length === 0) return undefined
  return {
    combineWith: 'AND',
    queries: units.map((u): Query =>
      u.concept
        ? // A one-word concept also matches its word's longer forms (chip → chipmaker); a phrase matches only as the concept.
          { combineWith: 'OR', queries: u.terms.length === 1 ? [u.concept, ...u.terms] : [u.concept] }
        : { combineWith: 'AND', queries: u.terms },
    ),
  }
}

export function createSearchEngine(d: Dataset): SearchEngine {
  const docs = searchDocuments(d)
  const mini = new MiniSearch<Doc>({
    fields: ['title', 'text', 'meta'],
    tokenize: indexTerms,
    processTerm: (t) => t,
    searchOptions: {
      tokenize: (s) => [s],
      processTerm: (t) => t,
      prefix: isPrefixable,
      fuzzy: fuzziness,
      boost: { title: 2 },
    },
  })
  mini.addAll(docs)
  // The plain matcher (folded substrings) as well: every record it finds stays found, so the
  // results before the engine loads are never contradicted, only completed.
  const haystacks = new Map(docs.map((doc) => [doc.id, foldText(join([doc.title, doc.text, doc.meta]))]))

  let last: SearchResults | undefined
  const search = (query: string): SearchResults => {
    if (last?.query === query) return last
    const q = toQuery(query)
    const phrases = [...foldText(query).matchAll(/"([^"]+)"/g)].map((m) => (m[1] ?? '').trim()).filter(Boolean)
    const terms = new Set<string>()
    const ids = new Set<string>()
    for (const r of q ? mini.search(q) : []) {
      const id = String(r.id)
      if (!phrases.every((p) => haystacks.get(id)?.includes(p))) continue
      ids.add(id)
      r.terms.forEach((t) => terms.add(t))
    }
    const plain = queryTerms(query)
    for (const [id, hay] of haystacks) if (plain.length > 0 && matchesTerms(hay, plain)) ids.add(id)
    const substrings = plain.filter((t) => t.length >= 3 && !t.includes(' '))
    const pick = (prefix: string, list: readonly { id: string }[]) => list.map((x) => x.id).filter((id) => ids.has(`${prefix}${id}`))
    last = {
      query,
      provisions: new Set(pick('p:', d.provisions)),
      events: pick('e:', d.events),
      indicators: pick('i:', d.indicators),
      highlight: (text) => highlightSegments(text, terms, substrings),
    }
    return last
  }
  return { dataset: d, search }
}

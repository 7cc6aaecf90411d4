/**
 * The normaliser and tokeniser behind `q` (docs/coding-method.md § Search and filters). The same
 * functions turn record text into index terms and a query into query units, so both sides meet on
 * one form of each word:
 *
 * - folding: case, accents, full-width forms (as `foldText`), and a possessive "'s" dropped;
 * - spelling: UK forms become one shared form (-ise/-ize, -our/-or, -tre/-ter, -ogue/-og,
 *   defence/defense, programme/program);
 * - word forms: a light English stemmer (plurals, -ing, -ed, final -e);
 * - spacing: two words separated by a space or hyphen are also indexed joined ("open weights" →
 *   "openweight"), so "open-weight", "open weights" and "openweights" meet;
 * - synonyms: a small list of concepts; every wording of a concept also indexes its concept term;
 * - Chinese: runs of Han characters become overlapping character bigrams.
 *
 * Loaded only with the search engine (a lazy chunk); nothing in the first view imports it.
 */

export interface Token {
  /** The index term. */
  term: string
  /** The span in the original text (UTF-16 offsets) the term came from, for highlighting. */
  start: number
  end: number
}

interface Word extends Token {
  /** Folded raw text of the word (before spelling and stemming). */
  raw: string
  han: boolean
  /** The folded text between the previous word and this one. */
  gap: string
}

const hanRe = /\p{Script=Han}/u
const wordRe = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu

/** Folds text character by character, keeping a map from each folded character to its source span. */
function foldWithMap(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = ''
  const from: number[] = []
  const to: number[] = []
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i)
    if (code < 128) {
      // ASCII: only case folds.
      folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]
      from.push(i)
      to.push(i + 1)
      i += 1
      continue
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? code)
    const f = ch.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[‘’]/g, "'").toLowerCase()
    for (let k = 0; k < f.length; k++) {
      from.push(i)
      to.push(i + ch.length)
    }
    folded += f
    i += ch.length
  }
  return { folded, from, to }
}

const spellings: [RegExp, string][] = [
  [/^(defen|offen|licen|preten)ce(s?)$/, '$1se$2'],
  [/^programme(s?)$/, 'program$1'],
  [/^ageing$/, 'aging'],
  [/^judgement(s?)$/, 'judgment$1'],
  [/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1'],
  [/yz(e|es|ed|ing|er|ers)$/, 'ys$1'],
  [/^([a-z]{2,})(t|b)re(s|d)?$/, '$1$2er$3'],
  [/([^aeiou])ogue(s?)$/, '$1og$2'],
]

/** One spelling for US and UK forms: -ize/-yze become -ise/-yse, the others take the US form. */
export function unifySpelling(word: string): string {
  let w = word
  for (const [re, to] of spellings) w = w.replace(re, to)
  // colour, behaviour, labour → color…; not four, hour, your, pour (one letter before "our").
  return w.replace(/^([a-z]*[a-z][^aeou])our(s|ed|ing|ite|ites|able|ably|ful|less|er|ers)?$/, '$1or$2')
}

/** A light English stemmer: plurals, -ied, -ing, -ed and a final -e. Words with digits or non-Latin letters pass unchanged. */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word
  let w = word
  if (/ies$/.test(w) && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (/ied$/.test(w) && w.length > 4) w = w.slice(0, -3) + 'y'
  else if (/sses$/.test(w)) w = w.slice(0, -2)
  else if (/(ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2)
  else if (/[^su]s$/.test(w) && !/is$/.test(w)) w = w.slice(0, -1)
  else if (/ing$/.test(w) && w.length >= 6) w = undouble(w.slice(0, -3))
  else if (/ed$/.test(w) && w.length >= 5) w = undouble(w.slice(0, -2))
  if (/[^aeiou]e$/.test(w) && w.length >= 5) w = w.slice(0, -1)
  return w
}

function undouble(w: string): string {
  if (/([bdgmnprt])\1$/.test(w)) return w.slice(0, -1)
  if (/ell$/.test(w) && w.length >= 6) return w.slice(0, -1)
  return w
}

/** A folded word in its index form: one spelling, then its stem. */
export function normalizeWord(word: string): string {
  let hit = normalized.get(word)
  if (hit === undefined) {
    hit = stem(unifySpelling(word))
    if (normalized.size < 50_000) normalized.set(word, hit)
  }
  return hit
}
const normalized = new Map<string, string>()

/**
 * Concepts: each line is one meaning in several wordings. A record using any wording is indexed
 * under the concept as well, and a query naming any wording searches for the concept.
 */
export const synonymGroups: Record<string, readonly string[]> = {
  openmodel: ['open weights', 'open weight', 'openweights', 'open source', 'opensource', 'open source models', '开源', '開源'],
  chip: ['chips', 'semiconductors', 'microchips', '芯片', '半导体'],
  datacenter: ['data center', 'datacenter', '数据中心'],
  ai: ['ai', 'artificial intelligence', '人工智能', '人工智慧'],
  standard: ['standards', 'standardization', '标准', '標準'],
  exportcontrol: ['export controls', 'export control', '出口管制'],
  compute: ['compute', 'computing power', '算力'],
  infrastructure: ['infrastructure', '基础设施'],
}

/** Words of folded text with their spans: Latin/number runs, and Han runs as character bigrams. */
function words(text: string): Word[] {
  const { folded, from, to } = foldWithMap(text)
  const clean = folded.replace(/'s\b/g, '  ')
  const out: Word[] = []
  // The current run of Han characters, each with its span.
  let han: { ch: string; start: number; end: number }[] = []
  const flushHan = () => {
    if (han.length === 1) han.forEach(({ ch, start, end }) => out.push({ raw: ch, term: ch, start, end, han: true, gap: '' }))
    han.forEach((a, i) => {
      const b = han[i + 1]
      if (b) out.push({ raw: a.ch + b.ch, term: a.ch + b.ch, start: a.start, end: b.end, han: true, gap: '' })
    })
    han = []
  }
  let lastEnd = -1
  for (const m of clean.matchAll(wordRe)) {
    const s = m.index
    const e = s + m[0].length
    const start = from[s] ?? 0
    const end = to[e - 1] ?? text.length
    if (hanRe.test(m[0])) {
      if (s !== lastEnd) flushHan()
      han.push({ ch: m[0], start, end })
    } else {
      flushHan()
      out.push({ raw: m[0], term: normalizeWord(m[0]), start, end, han: false, gap: lastEnd < 0 ? '' : clean.slice(lastEnd, s) })
    }
    lastEnd = e
  }
  flushHan()
  return out
}

const joinGap = /^[\s\-‐‑]+$/
const stopwords = new Set(['a', 'an', 'and', 'the', 'of', 'or', 'to', 'in', 'for', 'on', 'by', 'with'])

const conceptPhrases: { concept: string; terms: string[] }[] = Object.entries(synonymGroups)
  .flatMap(([concept, phrases]) => phrases.map((p) => ({ concept: `§${concept}`, terms: words(p).map((w) => w.term) })))
  .filter((p, i, all) => all.findIndex((q) => q.concept === p.concept && q.terms.join(' ') === p.terms.join(' ')) === i)
  .sort((a, b) => b.terms.length - a.terms.length)

const phrasesByFirst = new Map<string, typeof conceptPhrases>()
for (const p of conceptPhrases) {
  const first = p.terms[0] ?? ''
  phrasesByFirst.set(first, [...(phrasesByFirst.get(first) ?? []), p])
}

/** The concept phrases (longest first) that start at word i, with the span they cover. */
function phrasesAt(ws: readonly Word[], i: number): { concept: string; terms: string[]; start: number; end: number }[] {
  const out = []
  for (const p of phrasesByFirst.get(ws[i]?.term ?? '') ?? []) {
    const first = ws[i]
    const last = ws[i + p.terms.length - 1]
    // The words of a phrase must follow each other with only spaces or hyphens between them.
    const follows = (k: number) => {
      const w = ws[i + k]
      return w !== undefined && w.term === p.terms[k] && (k === 0 || w.han || joinGap.test(w.gap))
    }
    if (first && last && p.terms.every((_, k) => follows(k))) out.push({ ...p, start: first.start, end: last.end })
  }
  return out
}

/** Every index term of a text, with the span it came from. */
export function analyze(text: string): Token[] {
  const ws = words(text)
  const out: Token[] = ws.map(({ term, start, end }) => ({ term, start, end }))
  ws.forEach((a, i) => {
    const b = ws[i + 1]
    if (b && !a.han && !b.han && joinGap.test(b.gap) && !stopwords.has(a.raw) && !stopwords.has(b.raw)) {
      out.push({ term: normalizeWord(unifySpelling(a.raw) + b.raw), start: a.start, end: b.end })
    }
    for (const p of phrasesAt(ws, i)) out.push({ term: p.concept, start: p.start, end: p.end })
  })
  return out
}

/** The index terms of a text (the tokenizer given to the search library). */
export function indexTerms(text: string): string[] {
  return analyze(text).map((t) => t.term)
}

/** One part of a query: all of `terms`, or (when set) the concept they name. */
export interface QueryUnit {
  terms: string[]
  concept?: string
}

/** A query as units that must all match: concept phrases first (longest wins), then single words. */
export function queryUnits(query: string): QueryUnit[] {
  const ws = words(query.replace(/"/g, ' '))
  const units: QueryUnit[] = []
  for (let i = 0; i < ws.length;) {
    const p = phrasesAt(ws, i)[0]
    if (p) {
      units.push({ terms: p.terms, concept: p.concept })
      i += p.terms.length
    } else {
      units.push({ terms: [ws[i]?.term ?? ''] })
      i += 1
    }
  }
  const content = units.filter((u) => u.concept || !stopwords.has(u.terms[0] ?? ''))
  return content.length > 0 ? content : units
}

export interface Segment {
  text: string
  hit: boolean
}

/**
 * Splits text into plain and highlighted segments: a span is highlighted when one of its index
 * terms is among `terms` (the terms the search matched), or when its word contains one of
 * `substrings` (folded query words found by plain substring matching).
 */
export function highlightSegments(text: string, terms: ReadonlySet<string>, substrings: readonly string[] = []): Segment[] {
  const spans: [number, number][] = analyze(text)
    .filter((t) => terms.has(t.term))
    .map((t) => [t.start, t.end])
  if (substrings.length > 0) {
    for (const w of words(text)) {
      if (substrings.some((s) => w.raw.includes(s))) spans.push([w.start, w.end])
    }
  }
  if (spans.length === 0) return [{ text, hit: false }]
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: [number, number][] = []
  for (const s of spans) {
    const last = merged[merged.length - 1]
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1])
    else merged.push([s[0], s[1]])
  }
  const out: Segment[] = []
  let at = 0
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), hit: false })
    out.push({ text: text.slice(s, e), hit: true })
    at = e
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false })
  return out
}

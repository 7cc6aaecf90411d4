/** A URL parameter codec (after OWID Grapher): a pure parser and serializer per parameter. */
export type Parsed<T> =
  { status: 'valid'; value: T; notice?: string } | { status: 'invalid'; raw: string; reason: string } | { status: 'missing' }

export interface Codec<T> {
  /** `raw` is the decoded parameter value, or null when the parameter is absent. */
  parse(raw: string | null): Parsed<T>
  /** The value to write, or null when `value` is the default (defaults are omitted). */
  serialize(value: T): string | null
  readonly defaultValue: T
}

/** Longest value any parameter accepts; longer values are rejected before parsing. */
export const MAX_PARAM_LENGTH = 500
export const LIST_SEPARATOR = '~'

/** Shows a raw value safely inside a notice: short, and never interpreted (React renders it as text). */
export function preview(raw: string, max = 40): string {
  const flat = raw.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

/**
 * Separators a list accepts: the canonical `~`, and `,` and `+`, which people type (`%2C` and
 * `%2B` decode to these; a bare `+` reaches us as a space, since URLSearchParams reads it so).
 * The canonical URL always writes `~` (docs/url-contract.md § Lists).
 */
const LIST_SEPARATORS = /[~,+\s]+/

/** The non-empty, trimmed items of a list. */
export function splitList(raw: string): string[] {
  return raw
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** Levenshtein edit distance (insertions, deletions, substitutions), two rows of memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost))
    }
    prev = row
  }
  return prev[b.length] ?? 0
}

/**
 * The vocabulary value a near-miss most likely meant: the closest within an edit distance of 2
 * (1 for values of up to 4 characters), or the only value the input begins (at least 3 characters).
 * Null when nothing is close or two values are equally close.
 */
export function nearestValue<T extends string>(raw: string, values: readonly T[]): T | null {
  const input = raw.trim().toLowerCase()
  if (input.length === 0 || input.length > 80) return null
  let best: T | null = null
  let bestDistance = Infinity
  let tie = false
  for (const v of values) {
    const d = editDistance(input, v)
    if (d < bestDistance) [best, bestDistance, tie] = [v, d, false]
    else if (d === bestDistance) tie = true
  }
  const limit = input.length <= 4 ? 1 : 2
  if (best !== null && bestDistance <= limit && !tie) return best
  const prefixed = values.filter((v) => input.length >= 3 && v.startsWith(input))
  return prefixed.length === 1 ? (prefixed[0] ?? null) : null
}

function didYouMean(raw: string, values: readonly string[]): string {
  const near = nearestValue(raw, values)
  return near ? `did you mean “${near}”?` : ''
}

function tooLong(raw: string): Parsed<never> | null {
  return raw.length > MAX_PARAM_LENGTH
    ? { status: 'invalid', raw, reason: `is too long (${raw.length.toLocaleString('en')} characters)` }
    : null
}

/**
 * The value a near-miss spelling stands for: wrong case, stray slashes or dots around it (`charts/`),
 * or the singular or plural of a value (`chart` for `charts`). Null when none.
 */
function looseMatch<T extends string>(raw: string, values: readonly T[]): T | null {
  const norm = raw
    .trim()
    .toLowerCase()
    .replace(/^[/.\s]+|[/.\s]+$/g, '')
  return values.find((v) => v === norm || v === `${norm}s` || `${v}s` === norm) ?? null
}

/** `“a”, “b”, “c”`: vocabulary values as a notice names them (the app shows labels for them). */
function quoted(values: readonly string[]): string {
  return values.map((v) => `“${v}”`).join(', ')
}

/**
 * One value out of a fixed vocabulary. Wrong case and near-miss spellings (`chart`, `charts/`) are
 * corrected, with a notice; an unknown value is dropped, suggesting the nearest value if one is close.
 */
export function enumCodec<T extends string>(values: readonly T[], defaultValue: T, what: string): Codec<T> {
  return {
    defaultValue,
    parse(raw) {
      if (raw === null) return { status: 'missing' }
      const long = tooLong(raw)
      if (long) return long
      const exact = values.find((v) => v === raw)
      if (exact) return { status: 'valid', value: exact }
      const folded = looseMatch(raw, values)
      if (folded) return { status: 'valid', value: folded, notice: `read “${preview(raw)}” as “${folded}”` }
      const hint = didYouMean(raw, values)
      return { status: 'invalid', raw, reason: `“${preview(raw)}” is not ${what}; ${hint || `try ${quoted(values)}`}` }
    },
    serialize: (value) => (value === defaultValue ? null : value),
  }
}

/**
 * A `~`-list out of a fixed vocabulary, kept in vocabulary order without duplicates. The default
 * is "all"; unknown items are dropped and named; an empty or all-unknown list is invalid.
 */
export function listCodec<T extends string>(values: readonly T[], what: string): Codec<readonly T[]> {
  return {
    defaultValue: values,
    parse(raw) {
      if (raw === null) return { status: 'missing' }
      const long = tooLong(raw)
      if (long) return long
      const items = splitList(raw)
      if (items.length === 0) return { status: 'invalid', raw, reason: 'is an empty list' }
      const unknown: string[] = []
      const corrected: string[] = []
      const picked = new Set<T>()
      for (const item of items) {
        const exact = values.find((v) => v === item)
        const folded = exact ?? values.find((v) => v === item.toLowerCase())
        if (!folded) unknown.push(item)
        else {
          if (!exact) corrected.push(`“${preview(item)}” as “${folded}”`)
          picked.add(folded)
        }
      }
      const value = values.filter((v) => picked.has(v))
      const hints = unknown.map((u) => nearestValue(u, values)).filter((v): v is T => v !== null && !picked.has(v))
      const hint = hints.length ? `did you mean ${quoted([...new Set(hints)])}?` : ''
      if (value.length === 0) {
        return {
          status: 'invalid',
          raw,
          reason: `${listNames(unknown)} ${unknown.length === 1 ? 'is' : 'are'} not ${what}; ${hint || `try ${quoted(values)}`}`,
        }
      }
      const parts = [
        unknown.length ? `ignored ${listNames(unknown)} (not ${what}${hint ? `; ${hint}` : ''})` : '',
        corrected.length ? `read ${corrected.join(', ')}` : '',
      ].filter(Boolean)
      return parts.length ? { status: 'valid', value, notice: parts.join('; ') } : { status: 'valid', value }
    },
    serialize: (value) => (value.length === values.length || value.length === 0 ? null : value.join(LIST_SEPARATOR)),
  }
}

function listNames(items: string[]): string {
  const shown = items.slice(0, 4).map((i) => `“${preview(i, 24)}”`)
  return items.length > 4 ? `${shown.join(', ')} and ${items.length - 4} more` : shown.join(', ')
}

/** A flag that is either `1` or absent. */
export function flagCodec(): Codec<boolean> {
  return {
    defaultValue: false,
    parse(raw) {
      if (raw === null) return { status: 'missing' }
      if (raw === '1') return { status: 'valid', value: true }
      if (raw === '0') return { status: 'valid', value: false }
      return { status: 'invalid', raw, reason: `“${preview(raw)}” is not 1` }
    },
    serialize: (value) => (value ? '1' : null),
  }
}

/** A positive integer (1-based). */
export function positiveIntCodec(defaultValue: number, max: number): Codec<number> {
  return {
    defaultValue,
    parse(raw) {
      if (raw === null) return { status: 'missing' }
      if (!/^\d{1,6}$/.test(raw.trim())) return { status: 'invalid', raw, reason: `“${preview(raw)}” is not a whole number` }
      const n = Number(raw.trim())
      if (n < 1 || n > max) return { status: 'invalid', raw, reason: `${n} is out of range (1–${max})` }
      return { status: 'valid', value: n }
    },
    serialize: (value) => (value === defaultValue ? null : String(value)),
  }
}

/** Free text, trimmed of control characters; overly long text is cut, with a notice. */
export function textCodec(maxLength: number): Codec<string> {
  return {
    defaultValue: '',
    parse(raw) {
      if (raw === null) return { status: 'missing' }
      const clean = raw
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
      if (clean.length === 0) return { status: 'missing' }
      if (clean.length > maxLength) {
        return { status: 'valid', value: clean.slice(0, maxLength).trim(), notice: `shortened the search to ${maxLength} characters` }
      }
      return { status: 'valid', value: clean }
    },
    serialize: (value) => (value.trim() === '' ? null : value),
  }
}

/** A record id (kebab-case); whether it exists is checked once the dataset has loaded. */
export function idCodec(what: string): Codec<string | null> {
  return {
    defaultValue: null,
    parse(raw) {
      if (raw === null) return { status: 'missing' }
      const long = tooLong(raw)
      if (long) return long
      const id = raw.trim().toLowerCase()
      if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 80) {
        return id === raw ? { status: 'valid', value: id } : { status: 'valid', value: id, notice: `read “${preview(raw)}” as “${id}”` }
      }
      return { status: 'invalid', raw, reason: `“${preview(raw)}” is not ${what}` }
    },
    serialize: (value) => value,
  }
}

/**
 * A `~`-list of record ids (kebab-case), kept in the order given without duplicates; empty (the
 * default) means "no restriction". Whether each id exists is checked once the dataset has loaded.
 */
export function idListCodec(what: string, maxItems = 40): Codec<readonly string[]> {
  const one = idCodec(what)
  return {
    defaultValue: [],
    parse(raw) {
      if (raw === null) return { status: 'missing' }
      const long = tooLong(raw)
      if (long) return long
      const items = splitList(raw)
      if (items.length === 0) return { status: 'missing' }
      const picked: string[] = []
      const bad: string[] = []
      const corrected: string[] = []
      for (const item of items.slice(0, maxItems)) {
        const r = one.parse(item)
        if (r.status !== 'valid' || r.value === null) bad.push(item)
        else {
          if (r.notice) corrected.push(r.notice)
          if (!picked.includes(r.value)) picked.push(r.value)
        }
      }
      if (picked.length === 0) return { status: 'invalid', raw, reason: `${listNames(bad)} ${bad.length === 1 ? 'is' : 'are'} not ${what}` }
      const parts = [
        bad.length ? `ignored ${listNames(bad)} (not ${what})` : '',
        items.length > maxItems ? `kept the first ${maxItems} items` : '',
        ...corrected,
      ].filter(Boolean)
      return parts.length ? { status: 'valid', value: picked, notice: parts.join('; ') } : { status: 'valid', value: picked }
    },
    serialize: (value) => (value.length === 0 ? null : value.join(LIST_SEPARATOR)),
  }
}

/** One value out of a fixed vocabulary, or nothing (the default). */
export function optionalEnumCodec<T extends string>(values: readonly T[], what: string): Codec<T | null> {
  const inner = enumCodec<T>(values, values[0] as T, what)
  return {
    defaultValue: null,
    parse: (raw) => inner.parse(raw),
    serialize: (value) => value,
  }
}

/**
 * A data version, `YYYY.MM.DD-n` (docs/data-editing.md). Whether that version was released is checked
 * when its archive is fetched: an unknown one shows the current data with a notice.
 */
export function versionCodec(): Codec<string | null> {
  return {
    defaultValue: null,
    parse(raw) {
      if (raw === null) return { status: 'missing' }
      const long = tooLong(raw)
      if (long) return long
      const v = raw.trim()
      if (/^\d{4}\.\d{2}\.\d{2}-\d+$/.test(v))
        return v === raw ? { status: 'valid', value: v } : { status: 'valid', value: v, notice: `read “${preview(raw)}” as “${v}”` }
      return { status: 'invalid', raw, reason: `“${preview(raw)}” is not a data version (like 2026.11.28-2); showing the current data` }
    },
    serialize: (value) => value,
  }
}

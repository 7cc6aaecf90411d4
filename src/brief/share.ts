/**
 * Share links for a brief (docs/url-contract.md § Brief links): `?brief=1~<header>~<item>~<item>…`,
 * each part a JSON array compressed with lz-string into URL-safe characters. Items are compressed
 * one by one, so a link cut short or damaged in transit still opens every item before the damage,
 * and the notice says what could not be read. Loaded on demand (Share link, or opening a link).
 */
import lz from 'lz-string'
import type { Dataset } from '../data/dataset-schema'
import { itemName, unknownName } from './items'
import { BriefItem, type Brief } from './schema'

export const BRIEF_PARAM = 'brief'
const VERSION = '1'
const SEP = '~'
/**
 * Longest `brief` value written or read. With the page's address it keeps the whole link under
 * 8,000 characters, which mail clients, chat apps and browsers all pass on intact.
 */
export const MAX_BRIEF_CHARS = 7000

const kindCodes = { provision: 'p', dimension: 'd', chart: 'c', event: 'e', indicator: 'i' } as const
const codeKinds = Object.fromEntries(Object.entries(kindCodes).map(([k, v]) => [v, k])) as Record<string, BriefItem['kind']>

type SharedBrief = Pick<Brief, 'title' | 'subtitle' | 'items'>

const pack = (value: unknown): string => lz.compressToEncodedURIComponent(JSON.stringify(value))

function unpack(part: string): unknown {
  const text = lz.decompressFromEncodedURIComponent(part)
  if (!text) throw new Error('not readable')
  return JSON.parse(text) as unknown
}

function packItem(item: BriefItem): string {
  const row: string[] = [kindCodes[item.kind], item.id, item.points]
  if (item.kind === 'chart' && item.filters) row.push(item.filters)
  return pack(row)
}

export interface EncodedBrief {
  /** The `brief` parameter's value. */
  value: string
  /** Names of the items left out because the link would be too long. */
  omitted: string[]
}

/** Encodes a brief; items that would take the link past MAX_BRIEF_CHARS are left out and named. */
export function encodeBrief(brief: SharedBrief, nameOf: (item: BriefItem) => string, max = MAX_BRIEF_CHARS): EncodedBrief {
  let value = `${VERSION}${SEP}${pack([brief.title, brief.subtitle])}`
  const omitted: string[] = []
  for (const item of brief.items) {
    const part = `${SEP}${packItem(item)}`
    // encodeURIComponent would turn "+" and "$" into three characters each: count what the link will carry.
    if (omitted.length === 0 && encodeURIComponent(value + part).length <= max) value += part
    else omitted.push(nameOf(item))
  }
  return { value, omitted }
}

export interface DecodedBrief {
  brief: SharedBrief
  /** What could not be opened, one sentence each, naming the items. */
  notices: string[]
}

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`

/**
 * Decodes a `brief` value. Never throws: whatever can be read opens; what cannot is named (items
 * the data does not have by kind and id, damaged parts by position).
 */
export function decodeBrief(raw: string, d: Dataset, max = MAX_BRIEF_CHARS): DecodedBrief {
  // URLSearchParams reads "+" as a space; lz-string's alphabet has "+" and no space.
  let value = raw.replace(/ /g, '+')
  const notices: string[] = []
  const brief: SharedBrief = { title: 'Shared brief', subtitle: '', items: [] }
  if (value.length > max) {
    notices.push(`The link is longer than ${max.toLocaleString('en')} characters; only the part within that length was read.`)
    value = value.slice(0, max)
  }
  const [version, header, ...parts] = value.split(SEP)
  if (version !== VERSION || header === undefined) {
    notices.push(
      'The brief in this link could not be read (it is damaged or from another version of Parallax); nothing was imported from it.',
    )
    return { brief, notices }
  }
  try {
    const h = unpack(header)
    if (!Array.isArray(h) || typeof h[0] !== 'string' || typeof h[1] !== 'string') throw new Error('bad header')
    brief.title = h[0].slice(0, 200)
    brief.subtitle = h[1].slice(0, 300)
  } catch {
    notices.push('The brief’s title could not be read from the link; it opens as “Shared brief”.')
  }
  const damaged: number[] = []
  const unknown: string[] = []
  parts.forEach((part, i) => {
    let row: unknown
    try {
      row = unpack(part)
    } catch {
      damaged.push(i + 1)
      return
    }
    if (!Array.isArray(row)) return void damaged.push(i + 1)
    const [code, id, points, filters] = row as unknown[]
    const kind = typeof code === 'string' ? codeKinds[code] : undefined
    const parsed = BriefItem.safeParse({ kind, id, points, key: `s${i}`, ...(kind === 'chart' ? { filters: filters ?? '' } : {}) })
    if (!parsed.success) {
      if (kind && typeof id === 'string') unknown.push(unknownName({ kind, id }))
      else damaged.push(i + 1)
      return
    }
    if (itemName(d, parsed.data) === null) unknown.push(unknownName(parsed.data))
    else brief.items.push(parsed.data)
  })
  if (unknown.length)
    notices.push(
      `${plural(unknown.length, 'item')} of the link ${unknown.length === 1 ? 'is' : 'are'} not in this version of the data and ${unknown.length === 1 ? 'was' : 'were'} left out: ${unknown.join(', ')}.`,
    )
  if (damaged.length)
    notices.push(
      `${plural(damaged.length, 'item')} could not be read because the link is damaged or cut short (${damaged.length === 1 ? 'item' : 'items'} ${damaged.join(', ')}); the rest opened.`,
    )
  return { brief, notices }
}

/** A full share link for a brief: the page's address with only `brief` (filters do not matter to a brief). */
export function briefLink(origin: string, base: string, value: string): string {
  return `${origin.replace(/\/+$/, '')}${base}?${BRIEF_PARAM}=${encodeURIComponent(value)}`
}

import { beforeEach, describe, expect, it } from 'vitest'
import { loadDataset } from '../data/index'
import { buildBriefDocument } from './document'
import { itemName } from './items'
import { readDrafts } from './persist'
import { Brief, type BriefItem } from './schema'
import { decodeBrief, encodeBrief, MAX_BRIEF_CHARS } from './share'
import { STORAGE_KEY, useBriefStore } from './store'

const data = loadDataset()
const described = data.provisions.find((p) => p.provenance === 'described')
const altered = data.provisions.find((p) => p.provenance === 'altered-copy')
const official = data.provisions.find((p) => p.provenance === 'verbatim-official' && p.text)
const event = data.events[0]
const indicator = data.indicators[0]
if (!described || !altered || !official || !event || !indicator) throw new Error('the dataset lacks a kind of record these tests need')

const five: BriefItem[] = [
  { kind: 'provision', id: official.id, key: 'a', points: 'Lead with this.\nThen the numbers.' },
  { kind: 'dimension', id: 'chips', key: 'b', points: '' },
  { kind: 'chart', id: 'emphasis', filters: 'plans=us&dims=chips~security', key: 'c', points: 'Shares, not counts.' },
  { kind: 'event', id: event.id, key: 'd', points: 'Dated evidence.' },
  { kind: 'indicator', id: indicator.id, key: 'e', points: '' },
]
const brief = { title: 'For the Deputy Secretary', subtitle: 'Export controls, July 2025', items: five }
const name = (i: BriefItem) => itemName(data, i) ?? i.id
const withoutKeys = (items: BriefItem[]) => items.map((i) => ({ ...i, key: '' }))

describe('share links', () => {
  it('round-trips a brief of five kinds exactly (talking points, chart filters, order)', () => {
    const { value, omitted } = encodeBrief(brief, name)
    expect(omitted).toEqual([])
    expect(value).toMatch(/^1~[A-Za-z0-9+$~-]+$/)
    const back = decodeBrief(value, data)
    expect(back.notices).toEqual([])
    expect(back.brief.title).toBe('For the Deputy Secretary')
    expect(back.brief.subtitle).toBe('Export controls, July 2025')
    expect(withoutKeys(back.brief.items)).toEqual(withoutKeys(five))
  })

  it('reads "+" turned into spaces by a query-string parser', () => {
    const { value } = encodeBrief(brief, name)
    const mangled = new URLSearchParams(`brief=${value}`).get('brief') ?? ''
    expect(withoutKeys(decodeBrief(mangled, data).brief.items)).toEqual(withoutKeys(five))
  })

  it('opens what it can of a damaged link and names what it could not', () => {
    const { value } = encodeBrief(brief, name)
    const parts = value.split('~')
    parts[3] = 'zzzz' + (parts[3] ?? '').slice(4, -3) // the second item
    const back = decodeBrief(parts.join('~'), data)
    expect(back.brief.items.map((i) => i.kind)).toEqual(['provision', 'chart', 'event', 'indicator'])
    expect(back.notices).toEqual(['1 item could not be read because the link is damaged or cut short (item 2); the rest opened.'])
  })

  it('a link cut short keeps the items before the cut', () => {
    const { value } = encodeBrief(brief, name)
    const cut = value.slice(0, value.lastIndexOf('~') + 5)
    const back = decodeBrief(cut, data)
    expect(back.brief.items).toHaveLength(4)
    expect(back.notices[0]).toContain('(item 5)')
  })

  it('drops ids the data does not have and names them', () => {
    const items: BriefItem[] = [
      ...five,
      { kind: 'provision', id: 'us-99-99', key: 'x', points: '' },
      { kind: 'event', id: 'no-such-event', key: 'y', points: '' },
    ]
    const back = decodeBrief(encodeBrief({ ...brief, items }, name).value, data)
    expect(back.brief.items).toHaveLength(5)
    expect(back.notices).toEqual([
      '2 items of the link are not in this version of the data and were left out: provision “us-99-99”, event “no-such-event”.',
    ])
  })

  it('leaves out items that would make the link too long, naming them, and reads only the first part of an over-long link', () => {
    const long = five.map((i) => ({
      ...i,
      points: Array.from({ length: 40 }, (_, n) => `Point ${n} ${i.id} ${Math.sin(n + i.key.charCodeAt(0))}`).join('\n'),
    }))
    const encoded = encodeBrief({ ...brief, items: long }, name, 2500)
    expect(encoded.omitted.length).toBeGreaterThan(0)
    expect(encoded.omitted).toEqual(long.slice(long.length - encoded.omitted.length).map(name))
    expect(encodeURIComponent(encoded.value).length).toBeLessThanOrEqual(2500)
    const full = encodeBrief({ ...brief, items: long }, name, 100_000).value
    expect(full.length).toBeGreaterThan(MAX_BRIEF_CHARS / 4)
    const back = decodeBrief(full, data, Math.floor(full.length / 2))
    expect(back.brief.items.length).toBeGreaterThan(0)
    expect(back.brief.items.length).toBeLessThan(5)
    expect(back.notices[0]).toMatch(/^The link is longer than [\d,]+ characters; only the part within that length was read\.$/)
  })

  it('a link that is not a brief imports nothing and says so', () => {
    const back = decodeBrief('hello', data)
    expect(back.brief.items).toEqual([])
    expect(back.notices).toEqual([expect.stringContaining('could not be read')])
  })
})

describe('stored drafts', () => {
  it('keeps the readable drafts and names a damaged one', () => {
    const good = { id: 'b1', title: 'Good', subtitle: '', items: five, updatedAt: '' }
    const bad = { id: 'b2', title: 'Broken', items: [{ kind: 'provision', id: 'NOT AN ID', key: 'k' }] }
    const read = readDrafts(JSON.stringify({ version: 1, activeId: 'b2', drafts: [good, bad] }))
    expect(read.drafts.map((d) => d.title)).toEqual(['Good'])
    expect(read.activeId).toBe('b1')
    expect(read.damaged).toEqual([bad])
    expect(read.notices).toEqual(['A stored draft could not be read and is left out: “Broken”. The other drafts are intact.'])
  })

  it('says so when the whole store is unreadable', () => {
    expect(readDrafts('{not json').notices).toEqual([expect.stringContaining('could not be read')])
    expect(readDrafts(null)).toEqual({ drafts: [], activeId: null, damaged: [], notices: [] })
  })
})

describe('the store', () => {
  beforeEach(() => {
    window.localStorage.clear()
    useBriefStore.setState({ loaded: false, drafts: [], activeId: null, damaged: [], notices: [], removed: null })
  })
  const active = () => {
    const s = useBriefStore.getState()
    return s.drafts.find((d) => d.id === s.activeId)
  }

  it('adds, reorders, removes with undo, and writes every change to storage', async () => {
    const s = useBriefStore.getState()
    await s.add({ kind: 'provision', id: official.id })
    await s.add({ kind: 'dimension', id: 'chips' })
    await s.add({ kind: 'dimension', id: 'chips' }) // already there
    await s.add({ kind: 'chart', id: 'emphasis', filters: 'plans=us' })
    expect(active()?.items.map((i) => i.id)).toEqual([official.id, 'chips', 'emphasis'])
    s.move(2, 0)
    expect(active()?.items.map((i) => i.id)).toEqual(['emphasis', official.id, 'chips'])
    const key = active()?.items[1]?.key ?? ''
    s.remove(key)
    expect(active()?.items.map((i) => i.id)).toEqual(['emphasis', 'chips'])
    useBriefStore.getState().undo()
    expect(active()?.items.map((i) => i.id)).toEqual(['emphasis', official.id, 'chips'])
    const stored = readDrafts(window.localStorage.getItem(STORAGE_KEY))
    expect(stored.drafts[0]?.items.map((i) => i.id)).toEqual(['emphasis', official.id, 'chips'])
    expect(Brief.safeParse(stored.drafts[0]).success).toBe(true)
  })

  it('a shared brief opens as a new draft and never replaces the open one', async () => {
    const s = useBriefStore.getState()
    await s.add({ kind: 'event', id: event.id })
    s.setTitle('Mine')
    s.importDraft({ title: 'Mine', subtitle: '', items: five }, ['note'])
    const { drafts, notices } = useBriefStore.getState()
    expect(drafts.map((d) => d.title)).toEqual(['Mine', 'Mine (2)'])
    expect(drafts[0]?.items.map((i) => i.id)).toEqual([event.id])
    expect(active()?.items).toHaveLength(5)
    expect(notices).toEqual(['note'])
  })
})

describe('the brief document', () => {
  const doc = buildBriefDocument(
    data,
    {
      ...brief,
      items: [
        ...five,
        { kind: 'provision', id: described.id, key: 'f', points: '' },
        { kind: 'provision', id: altered.id, key: 'g', points: '' },
      ],
    },
    { origin: 'https://example.org', base: '/parallax/' },
  )

  it('quotes only the plan’s words; descriptions and altered copies keep their labels', () => {
    const [first] = doc.sections
    expect(first?.quotes).toEqual([{ text: official.text, lang: 'en' }])
    expect(first?.badge).toBeUndefined()
    const d = doc.sections.find((s) => s.key === 'f')
    expect(d?.quotes).toEqual([])
    expect(d?.badge).toBe('Described, not quoted')
    expect(d?.ourWords).toEqual({ label: 'Described, not quoted', text: described.summary })
    const a = doc.sections.find((s) => s.key === 'g')
    expect(a?.quotes).toEqual([])
    expect(a?.badge).toBe('Altered copy, not official wording')
  })

  it('cites every item with data version and a permanent URL', () => {
    expect(doc.sections.map((s) => s.url)).toEqual([
      `https://example.org/parallax/provisions/${official.id}/`,
      'https://example.org/parallax/dimensions/chips/',
      'https://example.org/parallax/charts/emphasis/?plans=us&dims=chips~security',
      `https://example.org/parallax/events/${event.id}/`,
      'https://example.org/parallax/charts/indicators/',
      `https://example.org/parallax/provisions/${described.id}/`,
      `https://example.org/parallax/provisions/${altered.id}/`,
    ])
    for (const s of doc.sections) {
      expect(s.citationLine).toContain(`data ${data.meta.version}`)
      expect(s.citationLine).toContain(s.url)
    }
    expect(doc.sections[0]?.points).toEqual(['Lead with this.', 'Then the numbers.'])
    expect(doc.sections[2]?.lines[0]).toBe('Filters: Plans: United States; Dimensions: Chips, Security.')
    expect(doc.sections[2]?.chart?.table.rows.length).toBeGreaterThan(0)
  })

  it('names items the data does not have', () => {
    const d = buildBriefDocument(
      data,
      { title: '', subtitle: '', items: [{ kind: 'event', id: 'gone', key: 'z', points: '' }] },
      { origin: 'https://x', base: '/' },
    )
    expect(d.sections).toEqual([])
    expect(d.dropped).toEqual(['event “gone”'])
    expect(d.title).toBe('Brief')
  })
})

import { describe, expect, it } from 'vitest'
import { loadDataset } from '../data/index'
import { chartItem, cslDate, datasetItem, eventItem, provisionItem, versionDate, type CiteContext } from './cite-item'

const data = loadDataset()
const ctx: CiteContext = { origin: 'https://parallax.example', base: '/', accessed: '2026-12-06', pinVersion: false }
const provision = (id: string) => {
  const p = data.provisions.find((x) => x.id === id)
  if (!p) throw new Error(id)
  return p
}

describe('the CSL-JSON item of a provision', () => {
  it('names the issuer, the plan, the section, the page, the release date, Parallax, the version and the permanent URL', () => {
    const item = provisionItem(data, provision('us-3-3-1'), ctx)
    expect(item).toMatchObject({
      type: 'webpage',
      author: [{ literal: 'The White House' }],
      title: 'Winning the Race: America’s AI Action Plan, Pillar III, section 3 “Strengthen AI Compute Export Control Enforcement”, p. 21',
      issued: { 'date-parts': [[2025, 7, 23]] },
      accessed: { 'date-parts': [[2026, 12, 6]] },
      'container-title': 'Parallax',
      section: 'Pillar III, section 3',
      page: '21',
      version: data.meta.version,
      URL: 'https://parallax.example/provisions/us-3-3-1/',
    })
    expect(item.note).toBe(`Provision us-3-3-1. Coded in Parallax, data version ${data.meta.version} (as of 28 November 2026).`)
  })

  it('never puts our summary or title in the citation, and says so for descriptions and altered copies', () => {
    for (const p of data.provisions) {
      const item = provisionItem(data, p, ctx)
      expect(JSON.stringify(item), p.id).not.toContain(p.summary)
      expect(item.title, p.id).not.toContain(p.title)
      if (p.provenance === 'described') expect(item.note, p.id).toContain('Official wording not seen; described from secondary sources.')
      if (p.provenance === 'altered-copy') expect(item.note, p.id).toContain('Not official wording')
      if (p.provenance === 'described' || p.provenance === 'altered-copy')
        expect(item.note, p.id).toContain('summary is in Parallax’s words, not the plan’s')
      else expect(item.note, p.id).not.toContain('Not official wording')
    }
    expect(provisionItem(data, provision('cn-2-3'), ctx).note).toContain(
      'Not official wording: the text was seen only in a script- or locale-converted copy',
    )
  })

  it('keeps “(point unverified)” for guessed points and uses the base path', () => {
    const item = provisionItem(data, provision('cn-4-1'), { ...ctx, base: '/parallax/' })
    expect(item.title).toBe('Global AI Governance Action Plan, Point 4 (point unverified)')
    expect(item.URL).toBe('https://parallax.example/parallax/provisions/cn-4-1/')
  })

  it('pins the version in the URL while an earlier version is viewed', () => {
    const item = provisionItem(data, provision('us-3-3-1'), { ...ctx, pinVersion: true })
    expect(item.URL).toBe(`https://parallax.example/provisions/us-3-3-1/?v=${data.meta.version}`)
  })
})

describe('events, charts and the dataset', () => {
  it('cite an event with its date and verification, a chart by title, the dataset by version', () => {
    const e = data.events.find((x) => x.id === 'deepseek-r1-release')
    if (!e) throw new Error('event')
    const ev = eventItem(data, e, ctx)
    expect(ev.title).toBe('DeepSeek releases its R1 model (20 January 2025)')
    expect(ev.note).toContain('verification: verified')
    expect(ev.URL).toBe('https://parallax.example/events/deepseek-r1-release/')
    expect(ev.author).toEqual([{ literal: 'Parallax' }])
    const chart = chartItem(data, 'orientation', ctx)
    expect(chart).toMatchObject({ type: 'figure', title: 'Orientation profile', URL: 'https://parallax.example/charts/orientation/' })
    const ds = datasetItem(data, ctx)
    expect(ds).toMatchObject({ type: 'dataset', title: data.meta.title, publisher: 'Parallax', version: data.meta.version })
    expect(ds.URL).toBe(`https://parallax.example/?v=${data.meta.version}`)
    expect(ds['container-title']).toBeUndefined()
  })

  it('reads dates and version dates', () => {
    expect(cslDate('2025-07')).toEqual({ 'date-parts': [[2025, 7]] })
    expect(cslDate('2025')).toEqual({ 'date-parts': [[2025]] })
    expect(() => cslDate('x')).toThrow()
    expect(versionDate({ ...data, meta: { ...data.meta, version: '2026.11.28-2' } })).toBe('2026-11-28')
    expect(versionDate({ ...data, meta: { ...data.meta, version: 'draft' } })).toBe(data.meta.asOf)
  })
})

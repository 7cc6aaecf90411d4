import { describe, expect, it } from 'vitest'
import { loadDataset } from '../data/index'
import { createSearchEngine } from './search-engine'
import { foldText, matchesTerms, queryTerms } from './search'

const data = loadDataset()
const engine = createSearchEngine(data)

describe('search engine over the data', () => {
  // The six queries of the UX review (issue 12, item 4) and the record each must find.
  it.each([
    [
      'open weights',
      { provisions: ['us-1-3-5', 'cn-5-1', 'cn-5-3', 'cn-5-5'], events: ['hf-spring-2026-report'], indicators: ['qwen-open-models'] },
    ],
    [
      'datacenter',
      { provisions: ['us-2-1-1', 'us-2-1-2'], events: ['eo-14318-data-center-permitting'], indicators: ['us-data-centre-count'] },
    ],
    ['开源', { provisions: ['us-1-3-5', 'cn-5-1', 'cn-5-3', 'cn-5-5'], events: [], indicators: [] }],
    ['标准', { provisions: ['cn-8-1', 'us-1-2-1'], events: [], indicators: [] }],
    ['H200', { provisions: [], events: ['h200-sales-allowed', 'bis-h200-licensing-rule'], indicators: ['h200-china-volume-cap'] }],
    [
      'DeepSeek',
      { provisions: [], events: ['deepseek-r1-release', 'caisi-deepseek-evaluation'], indicators: ['caisi-ccp-narrative-ratio'] },
    ],
  ])('“%s” finds its records', (q, expected) => {
    const r = engine.search(q)
    expect([...r.provisions]).toEqual(expect.arrayContaining(expected.provisions))
    expect(r.events).toEqual(expect.arrayContaining(expected.events))
    expect(r.indicators).toEqual(expect.arrayContaining(expected.indicators))
  })

  it('finds no provision for H200 or DeepSeek (only events and indicators mention them)', () => {
    expect(engine.search('H200').provisions.size).toBe(0)
    expect(engine.search('DeepSeek').provisions.size).toBe(0)
  })

  it('finds the same records for every spelling and spacing', () => {
    const ids = (q: string) => [...engine.search(q).provisions].sort()
    expect(ids('open-weight')).toEqual(ids('open weights'))
    expect(ids('openweights')).toEqual(ids('open weights'))
    expect(ids('data-center')).toEqual(ids('datacenter'))
    expect(ids('datacentre')).toEqual(ids('datacenter'))
    expect(ids('defence')).toEqual(ids('defense'))
    expect(ids('semiconductors')).toEqual(ids('chips'))
  })

  it('keeps every provision the plain matcher finds, so results before the engine loads are never wrong', () => {
    const index = new Map(data.provisions.map((p) => [p.id, foldText([p.id, p.title, p.text, p.nativeText, p.summary].join(' '))]))
    for (const q of ['export', 'port', 'location verification', '技术壁垒', 'us-1-3', 'nist']) {
      const plain = data.provisions.filter((p) => matchesTerms(index.get(p.id) ?? '', queryTerms(q))).map((p) => p.id)
      expect([...engine.search(q).provisions], q).toEqual(expect.arrayContaining(plain))
    }
  })

  it('requires a quoted phrase whole', () => {
    const quoted = engine.search('"export controls"').provisions
    for (const id of quoted) {
      const p = data.provisions.find((x) => x.id === id)
      expect(foldText([p?.title, p?.text, p?.summary].join(' ')), id).toContain('export controls')
    }
  })

  it('highlights the hits of a query in a text', () => {
    const title = data.provisions.find((p) => p.id === 'us-2-1-1')?.title ?? ''
    expect(
      engine
        .search('datacenter')
        .highlight(title)
        .some((s) => s.hit),
    ).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { foldText, matchesTerms, queryTerms } from './search'

describe('text search', () => {
  it('folds case, accents and full-width letters', () => {
    expect(foldText('Éxport  CONTROLS')).toBe('export controls')
    expect(foldText('ＡＩ')).toBe('ai')
  })

  it('keeps Chinese characters and finds them by substring', () => {
    const hay = foldText('降低和消除技术壁垒')
    expect(matchesTerms(hay, queryTerms('技术壁垒'))).toBe(true)
    expect(matchesTerms(hay, queryTerms('开源'))).toBe(false)
  })

  it('needs every word, and keeps quoted phrases whole', () => {
    const hay = foldText('Tighten enforcement of chip export controls')
    expect(queryTerms('chip "export controls"')).toEqual(['chip', 'export controls'])
    expect(matchesTerms(hay, queryTerms('chip export'))).toBe(true)
    expect(matchesTerms(hay, queryTerms('chip import'))).toBe(false)
    expect(matchesTerms(hay, queryTerms('"controls export"'))).toBe(false)
  })

  it('treats an empty query as no filter', () => {
    expect(queryTerms('   ')).toEqual([])
    expect(matchesTerms('anything', [])).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { analyze, highlightSegments, indexTerms, normalizeWord, queryUnits, stem, unifySpelling } from './search-analyzer'

const terms = (text: string) => new Set(indexTerms(text))

describe('search normaliser and tokeniser', () => {
  it('joins hyphenated and spaced words, so open-weight, open weights and openweights meet', () => {
    expect(indexTerms('open-weight')).toEqual(['open', 'weight', 'openweight', '§openmodel'])
    expect(indexTerms('open weights')).toEqual(['open', 'weight', 'openweight', '§openmodel'])
    expect(indexTerms('openweights')).toEqual(['openweight', '§openmodel'])
    expect(indexTerms('data center')).toEqual(['data', 'center', 'datacenter', '§datacenter'])
    expect(indexTerms('data-centre')).toEqual(['data', 'center', 'datacenter', '§datacenter'])
    expect(indexTerms('Datacenters')).toEqual(['datacenter', '§datacenter'])
    expect(indexTerms('H-200')).toEqual(['h', '200', 'h200'])
  })

  it('does not join across punctuation or with stop words', () => {
    expect(indexTerms('data. Center')).toEqual(['data', 'center'])
    expect(indexTerms('chips and data')).toEqual(['chip', 'and', 'data', '§chip'])
  })

  it('gives UK and US spellings one form', () => {
    expect(['colour', 'color'].map(unifySpelling)).toEqual(['color', 'color'])
    expect(['behaviour', 'labour', 'four', 'hour', 'your'].map(unifySpelling)).toEqual(['behavior', 'labor', 'four', 'hour', 'your'])
    expect(['defence', 'defense', 'licences'].map(unifySpelling)).toEqual(['defense', 'defense', 'licenses'])
    expect(['programme', 'programmes', 'program'].map(unifySpelling)).toEqual(['program', 'programs', 'program'])
    expect(['organization', 'organisation', 'analyze', 'analyse'].map(unifySpelling)).toEqual([
      'organisation',
      'organisation',
      'analyse',
      'analyse',
    ])
    expect(['centre', 'centres', 'fibre', 'catalogue', 'dialogue'].map(unifySpelling)).toEqual([
      'center',
      'centers',
      'fiber',
      'catalog',
      'dialog',
    ])
  })

  it('stems word forms lightly', () => {
    expect(['chips', 'policies', 'applied', 'regulating', 'regulated', 'regulate', 'modelling', 'modeling'].map(normalizeWord)).toEqual([
      'chip',
      'policy',
      'apply',
      'regulat',
      'regulat',
      'regulat',
      'model',
      'model',
    ])
    expect(['us', 'access', 'status', 'analysis', 'h200', 'ai'].map(stem)).toEqual(['us', 'access', 'status', 'analysis', 'h200', 'ai'])
  })

  it('indexes every wording of a concept under the concept', () => {
    for (const [text, concept] of [
      ['open source', '§openmodel'],
      ['open-source models', '§openmodel'],
      ['开源', '§openmodel'],
      ['semiconductors', '§chip'],
      ['Chips', '§chip'],
      ['artificial intelligence', '§ai'],
      ['人工智能', '§ai'],
      ['AI', '§ai'],
      ['standards', '§standard'],
      ['标准', '§standard'],
    ] as const) {
      expect(terms(text).has(concept), `${text} → ${concept}`).toBe(true)
    }
  })

  it('splits Chinese into overlapping character bigrams', () => {
    expect(indexTerms('技术壁垒')).toEqual(['技术', '术壁', '壁垒'])
    expect(indexTerms('降低和消除技术壁垒')).toEqual(['降低', '低和', '和消', '消除', '除技', '技术', '术壁', '壁垒'])
    expect(indexTerms('芯')).toEqual(['芯'])
    expect(indexTerms('AI开源')).toEqual(['ai', '开源', '§ai', '§openmodel'])
  })

  it('turns a query into units: concepts where a wording is named, else words, without stop words', () => {
    expect(queryUnits('open weights')).toEqual([{ terms: ['open', 'weight'], concept: '§openmodel' }])
    expect(queryUnits('datacenter')).toEqual([{ terms: ['datacenter'], concept: '§datacenter' }])
    expect(queryUnits('开源')).toEqual([{ terms: ['开源'], concept: '§openmodel' }])
    expect(queryUnits('标准')).toEqual([{ terms: ['标准'], concept: '§standard' }])
    expect(queryUnits('H200')).toEqual([{ terms: ['h200'] }])
    expect(queryUnits('the DeepSeek models')).toEqual([{ terms: ['deepseek'] }, { terms: ['model'] }])
    expect(queryUnits('"export controls"')).toEqual([{ terms: ['export', 'control'], concept: '§exportcontrol' }])
    expect(queryUnits('the')).toEqual([{ terms: ['the'] }])
  })

  it('keeps the source spans of folded text, for highlighting', () => {
    expect(analyze('Éxport ＡＩ')).toEqual([
      { term: 'export', start: 0, end: 6 },
      { term: 'ai', start: 7, end: 9 },
      { term: 'exportai', start: 0, end: 9 },
      { term: '§ai', start: 7, end: 9 },
    ])
    expect(highlightSegments('Encourage Open-Source and Open-Weight AI', new Set(['§openmodel']))).toEqual([
      { text: 'Encourage ', hit: false },
      { text: 'Open-Source', hit: true },
      { text: ' and ', hit: false },
      { text: 'Open-Weight', hit: true },
      { text: ' AI', hit: false },
    ])
    expect(highlightSegments('推动开源生态', new Set(['开源']))).toEqual([
      { text: '推动', hit: false },
      { text: '开源', hit: true },
      { text: '生态', hit: false },
    ])
    expect(highlightSegments('Nvidia H200 exports', new Set(), ['h20'])).toEqual([
      { text: 'Nvidia ', hit: false },
      { text: 'H200', hit: true },
      { text: ' exports', hit: false },
    ])
    expect(highlightSegments('nothing here', new Set(['chip']))).toEqual([{ text: 'nothing here', hit: false }])
  })
})

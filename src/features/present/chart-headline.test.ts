import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../data/index'
import { defaultViewState } from '../../url-state/view-state'
import { chartHeadline, findingOf, sentences } from './chart-headline'

const data = loadDataset()

describe('chart slide headlines', () => {
  it('splits sentences, not numbers', () => {
    expect(sentences('United States 9.8% against China 0%. China: none (of 21). The widest gap is on X.')).toEqual([
      'United States 9.8% against China 0%.',
      'China: none (of 21).',
      'The widest gap is on X.',
    ])
  })

  it('leads with the widest gap when the summary states one, else the opening sentences that fit', () => {
    expect(findingOf('A says one. B says two. The widest gap is on Chips: A 10% against B 0%.')).toBe(
      'The widest gap is on Chips: A 10% against B 0%.',
    )
    expect(findingOf('First sentence here. Second one.', 25)).toBe('First sentence here.')
    expect(findingOf('First sentence here. Second one.', 40)).toBe('First sentence here. Second one.')
    expect(findingOf('A very long first sentence that exceeds the limit.', 10)).toBe('A very long first sentence that exceeds the limit.')
  })

  it('states the finding of the default deck’s charts, from the data', () => {
    const all = defaultViewState
    expect(chartHeadline(data, all, 'emphasis')).toBe(
      'The widest gap is on International cooperation & standards: United States 2% against China 28.6%.',
    )
    expect(chartHeadline(data, all, 'instruments')).toBe(
      'United States (149 instrument codes on 102 provisions): mostly Institutions & coordination (20.8%), then Research & data (20.1%). China (20 instrument codes on 14 of 21 provisions that name a tool): mostly International cooperation (65%), then Standards & guidance (15%).',
    )
  })
})

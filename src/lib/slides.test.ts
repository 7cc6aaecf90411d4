import { describe, expect, it } from 'vitest'
import { loadDataset } from '../data/index'
import type { Provision } from '../data/schema'
import { parseUrl } from '../url-state/url'
import {
  buildSlides,
  clampSlide,
  COLUMN_BUDGET,
  excerpt,
  firstSentence,
  fitColumn,
  keyWeight,
  pickKeyProvisions,
  type DimensionSlide,
  type KeyProvision,
  type Slide,
} from './slides'

const data = loadDataset()
const at = (search: string) => buildSlides(data, parseUrl(search).state)
const outline = (slides: Slide[]) => slides.map((s) => `${s.kind}: ${s.title}`)
const dimSlide = (slides: Slide[], id: string) => slides.find((s): s is DimensionSlide => s.kind === 'dimension' && s.dimension.id === id)
const keyIds = (slide: DimensionSlide | undefined, plan: string) =>
  slide?.columns.find((c) => c.plan.id === plan)?.key.map((k) => k.provision.id)

describe('buildSlides', () => {
  it('builds title, one slide per dimension, the three default charts and sources for the default view', () => {
    expect(outline(at(''))).toEqual([
      'title: The US and China AI action plans of July 2025',
      'dimension: Chips & compute',
      'dimension: Open source & open weights',
      'dimension: Robotics & physical AI',
      'dimension: Governance & regulation',
      'dimension: Infrastructure & energy',
      'dimension: Safety & security',
      'dimension: International cooperation & standards',
      'dimension: Adoption, science & workforce',
      'chart: Emphasis by dimension',
      'chart: Instrument mix',
      'chart: Convergence',
      'sources: Sources',
    ])
  })

  it('follows the dimension filter in dimension order, and shows only the focused chart', () => {
    const slides = at('?dims=robotics~chips&chart=convergence')
    expect(outline(slides)).toEqual([
      'title: The US and China AI action plans of July 2025',
      'dimension: Chips & compute',
      'dimension: Robotics & physical AI',
      'chart: Convergence',
      'sources: Sources',
    ])
    expect(slides.map((s) => s.id)).toEqual(['title', 'dim-chips', 'dim-robotics', 'chart-convergence', 'sources'])
  })

  it('titles a one-plan deck with that plan and gives each dimension slide one column', () => {
    const slides = at('?plans=cn&dims=open-weights')
    expect(outline(slides)).toEqual([
      'title: Global AI Governance Action Plan',
      'dimension: Open source & open weights',
      'chart: Emphasis by dimension',
      'chart: Instrument mix',
      'chart: Convergence',
      'sources: Sources',
    ])
    expect(dimSlide(slides, 'open-weights')?.columns.map((c) => c.plan.id)).toEqual(['cn'])
  })

  it('lists plans, dimensions, the as-of date and other filters on the title slide', () => {
    const [title] = at('?dims=chips~security&prov=verbatim&q=export')
    if (title?.kind !== 'title') throw new Error('first slide is not the title')
    expect(title.plans.map((p) => p.id)).toEqual(['us', 'cn'])
    expect(title.dimensions.map((d) => d.label)).toEqual(['Chips & compute', 'Safety & security'])
    expect(title.asOf).toBe(data.meta.asOf)
    expect(title.filters).toEqual(['Search: “export”', 'Official or quoted wording only (no descriptions, no altered copies)'])
  })

  it('picks the comparison’s provisions first, in its order, at most three per plan', () => {
    const chips = dimSlide(at('?dims=chips'), 'chips')
    expect(chips?.comparison?.relation).toBe('us-only')
    expect(keyIds(chips, 'us')).toEqual(['us-3-3-1', 'us-3-4-1'])
    for (const slide of at('').filter((x): x is DimensionSlide => x.kind === 'dimension')) {
      for (const column of slide.columns) expect(column.key.length, `${slide.id} ${column.plan.id}`).toBeLessThanOrEqual(3)
    }
  })

  it('also shows provisions the comparison rests on that are coded mainly to another dimension', () => {
    const named = data.comparisons.flatMap((c) =>
      c.provisionIds
        .map((id) => ({ c, p: data.provisions.find((x) => x.id === id) }))
        .filter(({ c, p }) => p && p.primary !== c.dimensionId),
    )
    expect(named.length).toBeGreaterThan(0)
    const { c, p } = named[0] as (typeof named)[number]
    const column = dimSlide(at(`?dims=${c.dimensionId}`), c.dimensionId)?.columns.find((x) => x.plan.id === p?.planId)
    const item = column?.key.find((k) => k.provision.id === p?.id)
    expect(item?.secondary).toBe(true)
    expect(item?.reason).toBe('comparison')
  })

  it('fills up with official wording before third-party quotations and descriptions', () => {
    const ow = dimSlide(at('?dims=open-weights'), 'open-weights')
    expect(keyIds(ow, 'us')).toEqual(['us-1-3-2', 'us-1-3-5'])
    expect(ow?.columns[0]?.key.map((k) => k.reason)).toEqual(['comparison', 'comparison'])
    // Without the comparison's picks (a search that excludes them), official wording comes first.
    const adoption = dimSlide(at('?dims=adoption'), 'adoption')
    expect(adoption?.columns[0]?.key.every((k) => k.provision.provenance === 'verbatim-official')).toBe(true)
  })

  it('never turns a described provision or an altered copy into a quote, on any slide', () => {
    const keys = at('').flatMap((s) => (s.kind === 'dimension' ? s.columns.flatMap((c) => c.key) : []))
    const notWording = keys.filter((k) => k.provision.provenance === 'described' || k.provision.provenance === 'altered-copy')
    expect(notWording.filter((k) => k.provision.provenance === 'described').length).toBeGreaterThan(0)
    expect(notWording.filter((k) => k.provision.provenance === 'altered-copy').length).toBeGreaterThan(0)
    for (const k of notWording) {
      expect(k.quote, k.provision.id).toBeUndefined()
      expect(k.description, k.provision.id).toBeTruthy()
    }
    for (const k of keys.filter((x) => !notWording.includes(x))) expect(k.quote, k.provision.id).toBeDefined()
  })

  it('drops described provisions when the link asks for official wording only', () => {
    const keys = at('?prov=verbatim').flatMap((s) => (s.kind === 'dimension' ? s.columns.flatMap((c) => c.key) : []))
    expect(keys.filter((k) => k.provision.provenance === 'described')).toEqual([])
  })

  it('shows Chinese-only wording as Chinese, with an English gloss in our words', () => {
    const keys = at('').flatMap((x) => (x.kind === 'dimension' ? x.columns.flatMap((c) => c.key) : []))
    const zhOnly = keys.filter((k) => k.provision.nativeText && !k.provision.text && k.provision.provenance !== 'altered-copy')
    expect(zhOnly.length).toBeGreaterThan(0)
    for (const k of zhOnly) {
      expect(k.quote, k.provision.id).toEqual(excerpt(k.provision.nativeText ?? '', 'zh'))
      expect(k.description, k.provision.id).toBe(k.provision.summary)
      expect(k.section, k.provision.id).toMatch(/^Point \d+$|^Preamble|^Principles/)
    }
  })

  it('keeps section and page with each US provision', () => {
    const us = dimSlide(at('?dims=chips'), 'chips')?.columns[0]?.key[0]
    expect(us?.section).toBe('Pillar III, section 3')
    expect(us?.page).toBe(21)
  })

  it('leads each key provision with its short title and shows the plan’s whole wording, never cut mid-sentence', () => {
    const chips = dimSlide(at('?dims=chips'), 'chips')
    const us = chips?.columns[0]?.key ?? []
    for (const k of us) {
      expect(k.title).toBe(k.provision.title)
      expect(k.quote).toEqual({ text: k.provision.text, lang: 'en', cut: false })
    }
    const exportControls = at('?dims=chips').flatMap((x) => (x.kind === 'dimension' ? x.columns.flatMap((c) => c.key) : []))
    expect(exportControls.filter((k) => k.quote?.cut)).toEqual([])
    // One of the two longest US bullets (60 words) is shown whole too.
    const wordsOf = (t: string | undefined) => (t ?? '').split(' ').length
    const longest = Math.max(...data.provisions.map((p) => wordsOf(p.text)))
    expect(longest).toBe(60)
    expect(wordsOf(data.provisions.find((p) => p.id === 'us-3-1-1')?.text)).toBe(60)
    const slide = dimSlide(at('?dims=diplomacy&q=full-stack%20AI%20export%20packages'), 'diplomacy')
    expect(slide?.columns[0]?.key.map((k) => [k.provision.id, k.quote?.text.split(' ').length, k.quote?.cut])).toEqual([
      ['us-3-1-1', 60, false],
    ])
  })

  it('respects the search: a dimension slide shows only matching provisions', () => {
    const slides = at('?q=location%20verification')
    expect(slides.filter((s) => s.kind === 'dimension')).toHaveLength(8)
    const chips = dimSlide(slides, 'chips')
    expect(chips?.columns[0]?.matching).toBe(1)
    expect(keyIds(chips, 'us')).toEqual(['us-3-3-1'])
  })

  it('ends with the sources cited on the slides, primary texts first', () => {
    const slides = at('?dims=chips')
    const last = slides.at(-1)
    if (last?.kind !== 'sources') throw new Error('last slide is not sources')
    expect(last.plans.map((p) => p.id)).toEqual(['us', 'cn'])
    const ids = last.cited.map((s) => s.id)
    expect(ids).toEqual(expect.arrayContaining(['wh-plan', 'cn-s2', 'cn-s65', 'cn-s4']))
    expect(new Set(ids).size).toBe(ids.length)
    const firstOther = last.cited.findIndex((s) => s.kind !== 'primary')
    expect(last.cited.slice(firstOther).every((s) => s.kind !== 'primary')).toBe(true)
  })
})

describe('pickKeyProvisions', () => {
  const p = (id: string, provenance: Provision['provenance']) => ({ ...data.provisions[0], id, provenance }) as Provision
  it('orders comparison picks, then official, quoted and described wording, keeping data order within each', () => {
    const list = [
      p('a', 'described'),
      p('b', 'verbatim-quoted'),
      p('c', 'verbatim-official'),
      p('d', 'verbatim-official'),
      p('e', 'described'),
    ]
    expect(pickKeyProvisions(list, undefined, 5).map((x) => x.id)).toEqual(['c', 'd', 'b', 'a', 'e'])
    const comparison = { dimensionId: 'chips', relation: 'mixed', note: 'x', provisionIds: ['e', 'b'], sourceIds: ['s'] } as const
    expect(pickKeyProvisions(list, { ...comparison, provisionIds: ['e', 'b'], sourceIds: ['s'] }).map((x) => x.id)).toEqual(['e', 'b', 'c'])
  })
})

describe('fitColumn', () => {
  const key = (id: string, words: number, provenance: Provision['provenance'] = 'verbatim-official'): KeyProvision => ({
    provision: { ...data.provisions[0], id, provenance } as Provision,
    reason: 'verbatim-official',
    title: 'Three word title',
    quote: { text: Array.from({ length: words }, () => 'w').join(' '), lang: 'en', cut: false },
    section: 'Point 1',
    secondary: false,
  })
  it('weighs the title, the words, a citation and a badge for anything but official wording', () => {
    expect(keyWeight(key('a', 22))).toBe(30)
    expect(keyWeight(key('a', 22, 'verbatim-quoted'))).toBe(35)
  })
  it('always keeps the first whole, and the next ones in order while they fit', () => {
    expect(fitColumn([key('a', 130), key('b', 5)]).map((k) => k.provision.id)).toEqual(['a'])
    expect(fitColumn([key('a', 40), key('b', 40), key('c', 10)]).map((k) => k.provision.id)).toEqual(['a', 'b'])
    expect(fitColumn([key('a', 25), key('b', 25), key('c', 25)]).map((k) => k.provision.id)).toEqual(['a', 'b', 'c'])
    // A long second one ends the column: a shorter third does not jump the comparison's order.
    expect(fitColumn([key('a', 50), key('b', 60), key('c', 5)]).map((k) => k.provision.id)).toEqual(['a'])
    expect(COLUMN_BUDGET).toBe(110)
  })
})

describe('excerpt', () => {
  it('keeps short wording whole and cuts long wording at a word, marking the cut', () => {
    expect(excerpt('Build the thing now.', 'en', 5)).toEqual({ text: 'Build the thing now.', lang: 'en', cut: false })
    expect(excerpt('one two, three four five six', 'en', 2)).toEqual({ text: 'one two…', lang: 'en', cut: true })
    expect(excerpt('It ends here. Then more words follow', 'en', 3)).toEqual({ text: 'It ends here. …', lang: 'en', cut: true })
  })
  it('cuts Chinese by characters', () => {
    expect(excerpt('一二三四五六', 'zh', 22, 4)).toEqual({ text: '一二三四…', lang: 'zh', cut: true })
    expect(excerpt('一二三', 'zh', 22, 4).cut).toBe(false)
  })
})

describe('firstSentence and clampSlide', () => {
  it('takes the first sentence of a note, not stopping at colons', () => {
    expect(firstSentence('Both plans: a, b and U.S. export rules. They differ.')).toBe('Both plans: a, b and U.S. export rules.')
    expect(firstSentence('No full stop')).toBe('No full stop')
  })
  it('keeps a slide number inside the deck', () => {
    expect([clampSlide(0, 5), clampSlide(3, 5), clampSlide(99, 5), clampSlide(2, 0)]).toEqual([1, 3, 5, 1])
  })
})

describe('context-indicator slides', () => {
  it('splits the indicators over slides of at most four panels, covering each selected indicator once, in order', () => {
    const slides = at('?view=charts&chart=indicators&dims=chips~robotics').filter((s) => s.kind === 'chart')
    const expected = data.indicators.filter((i) => i.dimensionId === 'chips' || i.dimensionId === 'robotics')
    const order = ['chips', 'robotics']
    const ids = slides.flatMap((s) => (s.kind === 'chart' ? (s.indicatorIds ?? []) : []))
    expect(slides).toHaveLength(Math.ceil(expected.length / 4))
    expect(slides.every((s) => s.kind === 'chart' && (s.indicatorIds?.length ?? 0) <= 4)).toBe(true)
    expect(ids).toEqual(order.flatMap((dim) => expected.filter((i) => i.dimensionId === dim).map((i) => i.id)))
    expect(slides[0]?.title).toBe(`Context indicators (1 of ${slides.length})`)
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length)
  })
})

describe('a deck for an agency', () => {
  it('follows the agency filter and says so on the title slide', () => {
    const data = loadDataset()
    const slides = buildSlides(data, {
      plans: ['us', 'cn'],
      dims: data.dimensions.map((x) => x.id),
      instr: data.instruments.map((i) => i.id),
      prov: 'all',
      status: ['no-evidence', 'in-progress', 'delivered', 'contradicted'],
      q: '',
      agency: ['fcc'],
      chart: null,
    })
    const title = slides[0]
    expect(title?.kind === 'title' && title.filters).toContain('Naming: FCC')
    const keys = slides.flatMap((x) => (x.kind === 'dimension' ? x.columns.flatMap((c) => c.key.map((k) => k.provision)) : []))
    expect(keys.length).toBeGreaterThan(0)
    for (const p of keys) expect(Array.isArray(p.actors) && p.actors.some((a) => a.agencyId === 'fcc'), p.id).toBe(true)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dimensionIds, instrumentIds, planIds, statuses } from '../data/schema'
import type { Migration } from './migrations'
import { parseUrl, serializeState } from './url'
import { chartIds, defaultViewState, provenanceFilters, tabs, views, type ViewState } from './view-state'

describe('parseUrl', () => {
  it('reads an empty query as the default view with no notice', () => {
    expect(parseUrl('')).toEqual({ state: defaultViewState, notices: [], search: '' })
  })

  it.each([
    ['?view=charts', { view: 'charts' }, '?view=charts'],
    ['?dims=chips~open-weights&plans=us~cn', { dims: ['chips', 'open-weights'] }, '?dims=chips~open-weights'],
    ['?dims=open-weights~chips', { dims: ['chips', 'open-weights'] }, '?dims=chips~open-weights'],
    ['?plans=cn', { plans: ['cn'] }, '?plans=cn'],
    ['?instr=funding~export-control', { instr: ['funding', 'export-control'] }, '?instr=funding~export-control'],
    ['?prov=verbatim', { prov: 'verbatim' }, '?prov=verbatim'],
    ['?status=delivered~in-progress', { status: ['in-progress', 'delivered'] }, '?status=in-progress~delivered'],
    ['?q=export%20control', { q: 'export control' }, '?q=export%20control'],
    ['?q=%E5%BC%80%E6%BA%90', { q: '开源' }, '?q=%E5%BC%80%E6%BA%90'],
    ['?sel=us-3-3-1', { sel: 'us-3-3-1' }, '?sel=us-3-3-1'],
    ['?view=charts&chart=emphasis&tab=table', { view: 'charts', chart: 'emphasis', tab: 'table' }, '?view=charts&chart=emphasis&tab=table'],
    ['?present=1&slide=3', { present: true, slide: 3 }, '?present=1&slide=3'],
    ['?embed=1', { embed: true }, '?embed=1'],
    ['?view=compare&plans=us~cn', {}, ''],
  ] as const)('parses %s', (search, patch, canonical) => {
    const parsed = parseUrl(search)
    expect(parsed.notices).toEqual([])
    expect(parsed.state).toEqual({ ...defaultViewState, ...patch })
    expect(parsed.search).toBe(canonical)
  })

  it.each([
    ['unknown dimension among valid ones', '?dims=chips~robots', { dims: ['chips'] }, 'dims: ignored “robots” (not a dimension)'],
    ['only unknown dimensions', '?dims=robots', {}, 'dims: “robots” is not a dimension; try chips, open-weights'],
    ['an empty list', '?dims=', {}, 'dims: is an empty list'],
    ['a list of separators', '?plans=~~', {}, 'plans: is an empty list'],
    ['wrong case', '?dims=CHIPS&view=Charts', { dims: ['chips'], view: 'charts' }, 'view: read “Charts” as “charts”'],
    ['an unknown view', '?view=%3Cscript%3Ealert(1)%3C/script%3E', {}, 'view: “<script>alert(1)</script>” is not a view'],
    [
      'HTML in a provision id',
      '?sel=%3Cimg%20src=x%20onerror=alert(1)%3E',
      {},
      'sel: “<img src=x onerror=alert(1)>” is not a provision id',
    ],
    ['a duplicated parameter', '?dims=chips&dims=robotics', { dims: ['chips'] }, 'dims: appeared 2 times; used the first'],
    ['an unknown parameter', '?utm_source=mail', {}, 'ignored unknown parameter “utm_source”'],
    ['a bad slide number', '?present=1&slide=-4', { present: true }, 'slide: “-4” is not a whole number'],
    ['a zero slide', '?present=1&slide=0', { present: true }, 'slide: 0 is out of range (1–999)'],
    ['a bad flag', '?present=yes', {}, 'present: “yes” is not 1'],
    ['an unknown chart', '?view=charts&chart=pie', { view: 'charts' }, 'chart: “pie” is not a chart'],
    ['an unknown provenance', '?prov=official', {}, 'prov: “official” is not a provenance filter'],
  ] as const)('drops %s with a notice', (_name, search, patch, notice) => {
    const parsed = parseUrl(search)
    expect(parsed.state).toEqual({ ...defaultViewState, ...patch })
    expect(parsed.notices.join(' | ')).toContain(notice)
    expect(parseUrl(parsed.search).notices).toEqual([])
  })

  it('rejects a 5,000-character value without throwing and keeps the URL short', () => {
    const long = 'x'.repeat(5000)
    for (const name of ['view', 'dims', 'sel', 'q', 'chart', 'slide']) {
      const parsed = parseUrl(`?${name}=${long}`)
      expect(parsed.notices.length).toBe(1)
      expect(parsed.search.length).toBeLessThan(400)
    }
    expect(parseUrl(`?q=${long}`).notices).toEqual(['q: shortened the search to 200 characters'])
  })

  it('survives malformed percent-encoding', () => {
    expect(() => parseUrl('?q=%E0%A4%A&dims=%')).not.toThrow()
  })

  it('ignores a slide number outside presentation', () => {
    expect(parseUrl('?slide=4').state.slide).toBe(1)
  })

  it('applies migrations before parsing', () => {
    const rename: Migration = {
      id: 'dim-open-source',
      description: 'dimension open-source was renamed open-weights',
      migrate: (p) => {
        const dims = p.get('dims')
        if (dims)
          p.set(
            'dims',
            dims
              .split('~')
              .map((d) => (d === 'open-source' ? 'open-weights' : d))
              .join('~'),
          )
        return p
      },
    }
    const parsed = parseUrl('?dims=open-source', [rename])
    expect(parsed.state.dims).toEqual(['open-weights'])
    expect(parsed.notices).toEqual([])
  })
})

const subset = <T extends string>(values: readonly T[]) =>
  fc.subarray([...values], { minLength: 1 }).map((picked) => values.filter((v) => picked.includes(v)))

const stateArb: fc.Arbitrary<ViewState> = fc
  .record({
    view: fc.constantFrom(...views),
    plans: subset(planIds),
    dims: subset(dimensionIds),
    instr: subset(instrumentIds),
    prov: fc.constantFrom(...provenanceFilters),
    status: subset(statuses),
    agency: fc.uniqueArray(fc.constantFrom('doc', 'nist', 'caisi', 'dod', 'cn-governments'), { maxLength: 3 }),
    q: fc.string({ maxLength: 60 }).map((s) =>
      s
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
    sel: fc.option(fc.constantFrom('us-1-3-2', 'cn-5-1', 'us-3-6-4'), { nil: null }),
    chart: fc.option(fc.constantFrom(...chartIds), { nil: null }),
    tab: fc.constantFrom(...tabs),
    present: fc.boolean(),
    slide: fc.integer({ min: 1, max: 40 }),
    embed: fc.boolean(),
    v: fc.option(fc.constantFrom('2026.11.28-2', '2026.12.06-1'), { nil: null }),
  })
  .map((s) => (s.present ? s : { ...s, slide: 1 }))

describe('URL round trip', () => {
  it('parse(serialize(state)) returns the state, with no notice, for generated states', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const parsed = parseUrl(serializeState(state))
        expect(parsed.notices).toEqual([])
        expect(parsed.state).toEqual(state)
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary query strings and always yields a canonical, stable URL', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.webQueryParameters(), (junk, query) => {
        for (const search of [`?${junk}`, `?${query}`]) {
          const first = parseUrl(search)
          const second = parseUrl(first.search)
          expect(second.search).toBe(first.search)
          expect(second.notices).toEqual([])
          expect(first.search.length).toBeLessThanOrEqual(2000)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('the agency parameter', () => {
  it('reads a ~-list of agency ids, keeps their order, and omits the empty default', () => {
    const parsed = parseUrl('?agency=doc~nist')
    expect(parsed.state.agency).toEqual(['doc', 'nist'])
    expect(parsed.notices).toEqual([])
    expect(serializeState({ ...parsed.state, agency: [] })).toBe('')
    expect(serializeState(parsed.state)).toBe('?agency=doc~nist')
  })

  it('drops a malformed id with a notice and keeps the rest', () => {
    const parsed = parseUrl('?agency=doc~Not%20An%20Id~DOC')
    expect(parsed.state.agency).toEqual(['doc'])
    expect(parsed.notices.join(' ')).toContain('“Not An Id” (not an agency id)')
  })
})

describe('v: a data version', () => {
  it('reads a version, and refuses anything else with a notice that the current data is shown', () => {
    expect(parseUrl('?v=2026.11.28-2').state.v).toBe('2026.11.28-2')
    expect(serializeState({ ...parseUrl('?view=charts&v=2026.11.28-2').state })).toBe('?view=charts&v=2026.11.28-2')
    const bad = parseUrl('?v=latest')
    expect(bad.state.v).toBeNull()
    expect(bad.notices.join(' ')).toContain('“latest” is not a data version (like 2026.11.28-2); showing the current data')
  })
})

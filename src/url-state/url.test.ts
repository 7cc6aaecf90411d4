import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dimensionIds, instrumentIds, planIds, statuses } from '../data/schema'
import type { Migration } from './migrations'
import { locationFor, parseLocation, parseUrl, permalinkParams, serializeState } from './url'
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
    ['?view=charts&secondary=1', { view: 'charts', secondary: true }, '?view=charts&secondary=1'],
    [
      '?secondary=1&view=charts&chart=emphasis',
      { view: 'charts', chart: 'emphasis', secondary: true },
      '?view=charts&chart=emphasis&secondary=1',
    ],
    ['?view=compare&plans=us~cn', {}, ''],
  ] as const)('parses %s', (search, patch, canonical) => {
    const parsed = parseUrl(search)
    expect(parsed.notices).toEqual([])
    expect(parsed.state).toEqual({ ...defaultViewState, ...patch })
    expect(parsed.search).toBe(canonical)
  })

  it.each([
    [
      'unknown dimension among valid ones',
      '?dims=chips~robots',
      { dims: ['chips'] },
      'dims: ignored “robots” (not a dimension; did you mean “robotics”?)',
    ],
    ['only unknown dimensions', '?dims=robots', {}, 'dims: “robots” is not a dimension; did you mean “robotics”?'],
    ['only unknown dimensions, none near', '?dims=pies', {}, 'dims: “pies” is not a dimension; try “chips”, “open-weights”'],
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
    event: fc.option(fc.constantFrom('h200-sales-allowed', 'waico-proposed'), { nil: null }),
    chart: fc.option(fc.constantFrom(...chartIds), { nil: null }),
    tab: fc.constantFrom(...tabs),
    present: fc.boolean(),
    slide: fc.integer({ min: 1, max: 40 }),
    embed: fc.boolean(),
    secondary: fc.boolean(),
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
    // A space separates items (a `+` in a link reaches the parser as one), so the bad id has none.
    const parsed = parseUrl('?agency=doc~Not_An.Id~DOC')
    expect(parsed.state.agency).toEqual(['doc'])
    expect(parsed.notices.join(' ')).toContain('“Not_An.Id” (not an agency id)')
  })
})

describe('the event parameter', () => {
  it('reads an event id, writes it after sel, and omits the empty default', () => {
    const parsed = parseUrl('?view=timeline&event=h200-sales-allowed&sel=us-1-3-2')
    expect(parsed.state.event).toBe('h200-sales-allowed')
    expect(parsed.notices).toEqual([])
    expect(parsed.search).toBe('?view=timeline&sel=us-1-3-2&event=h200-sales-allowed')
    expect(serializeState({ ...parsed.state, event: null })).toBe('?view=timeline&sel=us-1-3-2')
  })

  it('folds upper case with a notice and drops a malformed id with one', () => {
    const folded = parseUrl('?event=H200-Sales-Allowed')
    expect(folded.state.event).toBe('h200-sales-allowed')
    expect(folded.notices).toEqual(['event: read “H200-Sales-Allowed” as “h200-sales-allowed”'])
    const bad = parseUrl('?view=timeline&event=not%20an%20id')
    expect(bad.state.event).toBeNull()
    expect(bad.notices).toEqual(['event: “not an id” is not an event id'])
    expect(bad.search).toBe('?view=timeline')
  })
})

describe('permanent paths', () => {
  it.each([
    ['/provisions/us-3-3-1/', '', { sel: 'us-3-3-1' }],
    ['/provisions/us-3-3-1/', '?plans=us', { sel: 'us-3-3-1', plans: ['us'] }],
    ['/dimensions/chips/', '', { dims: ['chips'] }],
    ['/charts/orientation/', '?tab=table', { view: 'charts', chart: 'orientation', tab: 'table' }],
    ['/plans/cn/', '', { plans: ['cn'] }],
    ['/', '?sel=us-3-3-1', { sel: 'us-3-3-1' }],
  ] as const)('%s%s maps onto the view state', (pathname, search, patch) => {
    const parsed = parseLocation(pathname, search, '/')
    expect(parsed.notices).toEqual([])
    expect(parsed.state).toEqual({ ...defaultViewState, ...patch })
  })

  it('lets the query win where both set a parameter', () => {
    expect(parseLocation('/charts/orientation/', '?chart=emphasis', '/').state.chart).toBe('emphasis')
  })

  it('maps an event path to view=timeline&event=<id> (the Timeline reads `event`)', () => {
    expect(permalinkParams({ kind: 'events', id: 'waico-signing' })).toEqual([
      ['view', 'timeline'],
      ['event', 'waico-signing'],
    ])
  })

  it('names an unknown path and an unknown id in a notice and shows the default view', () => {
    expect(parseLocation('/nothing/here/', '', '/')).toMatchObject({
      state: defaultViewState,
      notices: ['no page at “/nothing/here/”; showing the default view'],
    })
    expect(parseLocation('/charts/pie/', '', '/')).toMatchObject({
      state: defaultViewState,
      notices: ['no chart “pie” in this data; showing the default view'],
    })
    expect(parseLocation('/dimensions/robots/', '?plans=us', '/')).toMatchObject({
      state: { ...defaultViewState, plans: ['us'] },
      notices: ['no dimension “robots” in this data; showing the default view'],
    })
  })

  it('writes the permanent page where the state points at one thing, with only the rest in the query', () => {
    expect(locationFor({ ...defaultViewState, sel: 'us-3-3-1' }, '/', '/')).toBe('/provisions/us-3-3-1/')
    expect(locationFor({ ...defaultViewState, sel: 'us-3-3-1', plans: ['us'], q: 'chip' }, '/', '/')).toBe(
      '/provisions/us-3-3-1/?plans=us&q=chip',
    )
    expect(locationFor({ ...defaultViewState, view: 'charts', chart: 'orientation', tab: 'table' }, '/', '/')).toBe(
      '/charts/orientation/?tab=table',
    )
    expect(locationFor({ ...defaultViewState, sel: 'us-3-3-1' }, '/parallax/', '/parallax/')).toBe('/parallax/provisions/us-3-3-1/')
  })

  it('writes the base path otherwise, and never a permanent page in presentation mode', () => {
    expect(locationFor(defaultViewState, '/provisions/us-3-3-1/', '/')).toBe('/')
    expect(locationFor({ ...defaultViewState, view: 'charts' }, '/charts/orientation/', '/')).toBe('/?view=charts')
    expect(locationFor({ ...defaultViewState, sel: 'us-3-3-1', present: true }, '/', '/')).toBe('/?sel=us-3-3-1&present=1')
  })

  it('keeps a dimension or plan page while the state still is that page', () => {
    expect(locationFor({ ...defaultViewState, dims: ['chips'] }, '/dimensions/chips/', '/')).toBe('/dimensions/chips/')
    expect(locationFor({ ...defaultViewState, dims: ['chips'], q: 'x' }, '/dimensions/chips/', '/')).toBe('/dimensions/chips/?q=x')
    expect(locationFor({ ...defaultViewState, dims: ['chips'] }, '/', '/')).toBe('/?dims=chips')
    expect(locationFor({ ...defaultViewState, dims: ['chips', 'robotics'] }, '/dimensions/chips/', '/')).toBe('/?dims=chips~robotics')
    expect(locationFor({ ...defaultViewState, plans: ['cn'] }, '/plans/cn/', '/')).toBe('/plans/cn/')
  })

  it('round-trips: the location of any parsed state parses back to that state', () => {
    fc.assert(
      fc.property(
        fc.record({
          sel: fc.option(fc.constantFrom('us-3-3-1', 'cn-2-3'), { nil: null }),
          view: fc.constantFrom(...views),
          chart: fc.option(fc.constantFrom(...chartIds), { nil: null }),
          plans: fc.subarray([...planIds], { minLength: 1 }),
          dims: fc.subarray([...dimensionIds], { minLength: 1 }),
          present: fc.boolean(),
        }),
        fc.constantFrom('/', '/dimensions/chips/', '/plans/us/', '/provisions/cn-2-3/'),
        (patch, current) => {
          const state: ViewState = { ...defaultViewState, ...patch }
          const { state: canonical } = parseUrl(serializeState(state))
          const target = locationFor(canonical, current, '/')
          const url = new URL(target, 'http://x')
          expect(parseLocation(url.pathname, url.search, '/').state).toEqual(canonical)
        },
      ),
    )
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

import { describe, expect, it } from 'vitest'
import { editDistance, nearestValue, splitList } from './codec'
import { parseUrl } from './url'

describe('splitList', () => {
  it.each([
    ['chips~open-weights', ['chips', 'open-weights']],
    ['chips,open-weights', ['chips', 'open-weights']],
    ['chips+open-weights', ['chips', 'open-weights']],
    ['chips open-weights', ['chips', 'open-weights']],
    [' chips , ~open-weights~~', ['chips', 'open-weights']],
    ['~,+', []],
  ])('splits %j', (raw, items) => {
    expect(splitList(raw)).toEqual(items)
  })
})

describe('editDistance', () => {
  it.each([
    ['chips', 'chips', 0],
    ['chip', 'chips', 1],
    ['chipz', 'chips', 1],
    ['robtics', 'robotics', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['security', 'securtiy', 2],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
    expect(editDistance(b, a)).toBe(d)
  })
})

describe('nearestValue', () => {
  const dims = ['chips', 'open-weights', 'robotics', 'governance', 'infrastructure', 'security', 'diplomacy', 'adoption'] as const
  it.each([
    ['chip', 'chips'],
    ['Chipz', 'chips'],
    ['open-weight', 'open-weights'],
    ['open', 'open-weights'],
    ['infra', 'infrastructure'],
    ['robots', 'robotics'],
    ['diplomcy', 'diplomacy'],
    ['xyz', null],
    ['', null],
    ['weights', null],
  ])('%s → %s', (raw, near) => {
    expect(nearestValue(raw, dims)).toBe(near)
  })

  it('suggests nothing when two values are equally near', () => {
    expect(nearestValue('ab', ['aa', 'bb'])).toBeNull()
  })
})

describe('list separators and near-miss values in links', () => {
  it.each([
    ['?dims=chips,open-weights', '?dims=chips~open-weights'],
    ['?dims=chips%2Copen-weights', '?dims=chips~open-weights'],
    ['?dims=chips%2Bopen-weights', '?dims=chips~open-weights'],
    ['?dims=chips+open-weights', '?dims=chips~open-weights'],
    ['?plans=us,cn&status=delivered+in-progress', '?status=in-progress~delivered'],
    ['?agency=doc,nist', '?agency=doc~nist'],
  ])('reads %s as %s, silently', (search, canonical) => {
    const parsed = parseUrl(search)
    expect(parsed.notices).toEqual([])
    expect(parsed.search).toBe(canonical)
  })

  it.each([
    ['?view=chart', '?view=charts', 'view: read “chart” as “charts”'],
    ['?view=charts/', '?view=charts', 'view: read “charts/” as “charts”'],
    ['?view=Compare', '', 'view: read “Compare” as “compare”'],
    ['?view=source', '?view=sources', 'view: read “source” as “sources”'],
    ['?view=%2Ftimeline%2F', '?view=timeline', 'view: read “/timeline/” as “timeline”'],
  ])('opens %s as %s', (search, canonical, notice) => {
    const parsed = parseUrl(search)
    expect(parsed.search).toBe(canonical)
    expect(parsed.notices).toEqual([notice])
  })

  it('suggests the nearest id for a near miss', () => {
    expect(parseUrl('?dims=chip').notices).toEqual(['dims: “chip” is not a dimension; did you mean “chips”?'])
    expect(parseUrl('?dims=chip~robotics').notices).toEqual(['dims: ignored “chip” (not a dimension; did you mean “chips”?)'])
    expect(parseUrl('?view=chrts').notices).toEqual(['view: “chrts” is not a view; did you mean “charts”?'])
    expect(parseUrl('?view=xyz').notices).toEqual(['view: “xyz” is not a view; try “compare”, “charts”, “timeline”, “sources”'])
  })

  it('does not suggest a value the list already has', () => {
    expect(parseUrl('?dims=chips~chipz').notices).toEqual(['dims: ignored “chipz” (not a dimension)'])
  })
})

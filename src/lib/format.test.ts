import { describe, expect, it } from 'vitest'
import { plural } from './format'

describe('plural', () => {
  it.each([
    [0, '0 provisions'],
    [1, '1 provision'],
    [2, '2 provisions'],
    [999, '999 provisions'],
    [1230, '1,230 provisions'],
    [12300, '12,300 provisions'],
    [-3, '-3 provisions'],
    [2.5, '2.5 provisions'],
  ])('%d → %s', (n, expected) => {
    expect(plural(n, 'provision')).toBe(expected)
  })

  it('takes an irregular plural', () => {
    expect(plural(1, 'country', 'countries')).toBe('1 country')
    expect(plural(1000, 'country', 'countries')).toBe('1,000 countries')
  })
})

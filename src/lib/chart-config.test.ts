import { describe, expect, it } from 'vitest'
import { chartIds } from '../url-state/view-state'
import { asOfLine, formatShare, markerPath } from './chart-config'
import { chartMeta, chartSourceLine } from './charts/registry'
import { tinyDataset } from './tiny-dataset.fixture'

describe('chart config', () => {
  it('has a distinct title, subtitle and file name for every chart id', () => {
    expect(Object.keys(chartMeta).sort()).toEqual([...chartIds].sort())
    for (const key of ['title', 'subtitle', 'file'] as const)
      expect(new Set(chartIds.map((id) => chartMeta[id][key])).size).toBe(chartIds.length)
  })

  it('prints a source line naming the data version and an as-of line', () => {
    const d = tinyDataset()
    for (const id of chartIds) expect(chartSourceLine(d, id)).toMatch(/^Source: Parallax dataset test; /)
    expect(asOfLine(d)).toBe('Data as of 30 June 2026')
  })

  it('formats shares to one decimal without a trailing zero', () => {
    expect([formatShare(34.3137), formatShare(25), formatShare(0.04), formatShare(66.666)]).toEqual(['34.3', '25', '0', '66.7'])
  })

  it('draws each marker shape around its centre', () => {
    expect(markerPath('square', 10, 10, 5)).toBe('M5.5,5.5H14.5V14.5H5.5Z')
    expect(markerPath('circle', 10, 10, 5)).toBe('M5,10A5,5 0 1 0 15,10A5,5 0 1 0 5,10Z')
    expect(markerPath('triangle', 10, 10, 5)).toBe('M10,4.25L15.5,14.25L4.5,14.25Z')
  })
})

import { describe, expect, it } from 'vitest'
import { parsePermalink, permalinkPath, permalinkUrl } from './permalink'

describe('permalinks', () => {
  it('writes readable paths under the base', () => {
    expect(permalinkPath({ kind: 'provisions', id: 'us-3-3-1' })).toBe('/provisions/us-3-3-1/')
    expect(permalinkPath({ kind: 'charts', id: 'orientation' }, '/parallax/')).toBe('/parallax/charts/orientation/')
    expect(permalinkUrl({ kind: 'plans', id: 'cn' }, 'https://example.org/')).toBe('https://example.org/plans/cn/')
  })

  it('reads them back, with or without the trailing slash', () => {
    expect(parsePermalink('/provisions/us-3-3-1/')).toEqual({ kind: 'provisions', id: 'us-3-3-1' })
    expect(parsePermalink('/events/waico-signing')).toEqual({ kind: 'events', id: 'waico-signing' })
    expect(parsePermalink('/parallax/dimensions/chips/', '/parallax/')).toEqual({ kind: 'dimensions', id: 'chips' })
  })

  it('rejects every other path', () => {
    for (const p of ['/', '/index.html', '/provisions/', '/provisions/US-3/', '/provisions/a/b/', '/widgets/x/', '/provisions/%3Cx%3E/']) {
      expect(parsePermalink(p)).toBeNull()
    }
    expect(parsePermalink('/provisions/us-3-3-1/', '/parallax/')).toBeNull()
  })
})

describe('ogImagePath', () => {
  it('puts each page’s preview image at /og/<kind>/<id>.png, under the base path', async () => {
    const { ogImagePath } = await import('./permalink')
    expect(ogImagePath({ kind: 'provisions', id: 'us-3-3-1' })).toBe('/og/provisions/us-3-3-1.png')
    expect(ogImagePath({ kind: 'charts', id: 'orientation' }, '/parallax/')).toBe('/parallax/og/charts/orientation.png')
  })
})

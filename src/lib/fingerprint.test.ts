import { describe, expect, it } from 'vitest'
import { fingerprint } from './fingerprint'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('fingerprint', () => {
  it('is the byte length in hex and a 53-bit hash', () => {
    expect(fingerprint(bytes(''))).toBe('0-0bdcb81aee8d83')
    expect(fingerprint(bytes('a'))).toBe('1-1c2ba782c97901')
    expect(fingerprint(bytes('Parallax 开源'))).toBe('f-1e7c772b11cd8e')
  })

  it('changes with any byte and depends only on the content', () => {
    const json = JSON.stringify({ provisions: [{ id: 'us-1-1-1', title: 'Export controls' }] })
    const changed = json.replace('Export', 'Exporτ')
    expect(fingerprint(bytes(changed))).not.toBe(fingerprint(bytes(json)))
    expect(fingerprint(bytes(json.replace('1-1-1', '1-1-2')))).not.toBe(fingerprint(bytes(json)))
    expect(fingerprint(new Uint8Array(bytes(json)))).toBe(fingerprint(bytes(json)))
  })
})

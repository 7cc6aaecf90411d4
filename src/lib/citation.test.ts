import { describe, expect, it } from 'vitest'
import { loadDataset } from '../data/index'
import { formatCitation } from './citation'
import { ASCII_PUNCTUATION_CAVEAT } from './format'

const data = loadDataset()
const cite = (id: string) => {
  const p = data.provisions.find((x) => x.id === id)
  if (!p) throw new Error(id)
  return formatCitation(data, p)
}

describe('citations say exactly what the reader is copying', () => {
  it('never call a description or an altered copy official wording', () => {
    for (const p of data.provisions.filter((x) => x.provenance === 'described' || x.provenance === 'altered-copy')) {
      const c = formatCitation(data, p)
      expect(c, p.id).not.toMatch(/Official wording as quoted|Official wording\./)
    }
    expect(cite('cn-2-3')).toContain('Not official wording: the text was seen only in a script- or locale-converted copy')
  })

  it('print “(point unverified)” for every provision placed in a guessed point', () => {
    const sections = new Map(data.plans.flatMap((p) => p.sections).map((s) => [s.id, s]))
    const guessed = data.provisions.filter((p) => sections.get(p.sectionId)?.numberStatus === 'unverified')
    expect(guessed.length).toBeGreaterThan(0)
    for (const p of guessed) expect(formatCitation(data, p), p.id).toContain('(point unverified)')
    expect(cite('cn-1-1')).not.toContain('unverified')
  })

  it('carry the ASCII-punctuation caveat with quoted Chinese wording, and the data version always', () => {
    expect(cite('cn-1-1')).toContain(ASCII_PUNCTUATION_CAVEAT)
    expect(cite('us-3-3-1')).not.toContain(ASCII_PUNCTUATION_CAVEAT)
    for (const p of data.provisions) expect(formatCitation(data, p), p.id).toContain(`data ${data.meta.version}`)
  })
})

/**
 * The Cite menu's outputs, read back by the consumers they are for: BibTeX by @retorquere/bibtex-parser
 * (the parser Better BibTeX for Zotero uses), RIS by citation-js's RIS input parser, CSL-JSON by the
 * CSL-JSON schema (citation-style-language/schema).
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { Cite } from '@citation-js/core'
import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../data/index'
import { formatCitations } from './cite-formats'
import { datasetItem, eventItem, provisionItem, type CiteContext } from './cite-item'
import schema from './csl/csl-data.schema.json'

const data = loadDataset()
const ctx: CiteContext = { origin: 'https://parallax.example', base: '/', accessed: '2026-12-06', pinVersion: false }
const provision = (id: string) => {
  const p = data.provisions.find((x) => x.id === id)
  if (!p) throw new Error(id)
  return p
}
const us = formatCitations(provisionItem(data, provision('us-3-3-1'), ctx))
const altered = formatCitations(provisionItem(data, provision('cn-2-3'), ctx))
const v = data.meta.version

describe('text styles (CSL: APA 7, Chicago author-date 16, MLA 9)', () => {
  it('print the issuer, plan, section, page, Parallax, version and URL', () => {
    expect(us.apa).toBe(
      `The White House. (2025, July 23). Winning the Race: America’s AI Action Plan, Pillar III, section 3 “Strengthen AI Compute Export Control Enforcement”, p. 21. Parallax. https://parallax.example/provisions/us-3-3-1/ Provision us-3-3-1. Coded in Parallax, data version ${v} (as of 28 November 2026).`,
    )
    expect(us.chicago).toBe(
      `The White House. 2025. “Winning the Race: America’s AI Action Plan, Pillar III, Section 3 ‘Strengthen AI Compute Export Control Enforcement’, p. 21.” Parallax. July 23. https://parallax.example/provisions/us-3-3-1/. Provision us-3-3-1. Coded in Parallax, data version ${v} (as of 28 November 2026).`,
    )
    expect(us.mla).toMatch(
      /^The White House\. “Winning the Race: America’s AI Action Plan, Pillar III, Section 3 ‘Strengthen AI Compute Export Control Enforcement’, p\. 21\.” Parallax, Version 2026\.12\.06-1, 23 July 2025/,
    )
  })

  it('carry the altered-copy warning in every text style', () => {
    for (const style of ['apa', 'chicago', 'mla'] as const) expect(altered[style], style).toContain('Not official wording')
  })
})

describe('BibTeX, read by @retorquere/bibtex-parser', () => {
  it('parses with no errors into one entry with the exact fields', () => {
    const lib = parseBibtex(us.bibtex)
    expect(lib.errors).toEqual([])
    expect(lib.entries).toHaveLength(1)
    const [entry] = lib.entries
    expect(entry?.type).toBe('misc')
    expect(entry?.key).toBe('parallax_us_3_3_1')
    expect(entry?.fields.title).toBe(
      'Winning the Race: America’s AI Action Plan, Pillar III, section 3 “Strengthen AI Compute Export Control Enforcement”, p. 21',
    )
    expect(entry?.fields.author).toEqual([{ name: 'The White House' }])
    expect(entry?.fields.year).toBe('2025')
    expect(entry?.fields.url).toBe('https://parallax.example/provisions/us-3-3-1/')
    expect(entry?.fields.pages).toBe('21')
    expect(entry?.fields.note).toContain(`data version ${v}`)
  })

  it('keeps the altered-copy warning in the note of a Chinese provision', () => {
    const [entry] = parseBibtex(altered.bibtex).entries
    expect(entry?.fields.note).toContain('Not official wording')
    expect(entry?.fields.author).toEqual([{ name: '2025 World AI Conference and High-Level Meeting on Global AI Governance' }])
  })
})

describe('RIS, read back by citation-js’s RIS parser', () => {
  it('gives the same title, author, date, URL and note', () => {
    const [item] = new Cite(us.ris).format('data', { format: 'object' }) as Record<string, unknown>[]
    expect(item?.title).toBe(
      'Winning the Race: America’s AI Action Plan, Pillar III, section 3 “Strengthen AI Compute Export Control Enforcement”, p. 21',
    )
    expect(item?.author).toEqual([{ literal: 'The White House' }])
    expect(item?.issued).toEqual({ 'date-parts': [[2025, 7, 23]] })
    expect(item?.URL).toBe('https://parallax.example/provisions/us-3-3-1/')
    expect(String(item?.note)).toContain(`data version ${v}`)
    expect(us.ris.split('\n')[0]).toBe('TY  - ELEC')
    expect(us.ris).toContain(
      '\nTI  - Winning the Race: America’s AI Action Plan, Pillar III, section 3 “Strengthen AI Compute Export Control Enforcement”, p. 21\n',
    )
    expect(us.ris.trim().split('\n').at(-1)).toMatch(/^ER {2}-/)
  })

  it('gives the dataset its version as the edition', () => {
    const ris = formatCitations(datasetItem(data, ctx)).ris
    expect(ris).toContain(`ET  - ${v}`)
    expect(ris.split('\n')[0]).toBe('TY  - DATA')
  })
})

describe('CSL-JSON, validated against the CSL-JSON schema', () => {
  it('is valid for a provision, an event and the dataset', () => {
    const ajv = new Ajv({ strict: false })
    const validate = ajv.compile(schema)
    const e = data.events[0]
    if (!e) throw new Error('no event')
    for (const out of [us, altered, formatCitations(eventItem(data, e, ctx)), formatCitations(datasetItem(data, ctx))]) {
      const json: unknown = JSON.parse(out['csl-json'])
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
    }
    // The schema can fail: an unknown field is rejected.
    expect(validate([{ id: 'x', type: 'webpage', invented: 1 }])).toBe(false)
  })
})

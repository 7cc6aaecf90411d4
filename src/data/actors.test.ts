import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataset } from './index'
import { normaliseQuotes, normaliseWhitespace, planBullets, removeInWordHyphens } from './plan-text'

const data = loadDataset()
const bullets = planBullets(readFileSync(path.resolve(__dirname, '../../tests/fixtures/us-ai-action-plan-2025.txt'), 'utf8'))
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The full bullet a US provision's (possibly cut) text comes from. */
function fullBullet(text: string): string | undefined {
  const first = removeInWordHyphens(normaliseWhitespace(normaliseQuotes(text)).split('…')[0]?.trim() ?? '')
  return bullets.find((b) => removeInWordHyphens(b).includes(first))
}

/** Named bodies (not general groups) and the case-sensitive, whole-word patterns of their aliases. */
const named = data.agencies
  .filter((a) => a.planId === 'us' && !a.group)
  .map((a) => ({ id: a.id, pattern: new RegExp(`(?<![\\w-])(?:${[a.name, ...a.aliases].map((x) => escape(normaliseQuotes(x))).join('|')})(?![\\w-])`) }))

describe('who must act: the US coding', () => {
  const us = data.provisions.filter((p) => p.planId === 'us')

  it('codes every US provision: named actors or "not stated"', () => {
    expect(us.filter((p) => p.actors === undefined).map((p) => p.id)).toEqual([])
  })

  it('records every agency a bullet names, nested names included (NIST at DOC, CAISI)', () => {
    const missing: string[] = []
    for (const p of us) {
      const bullet = fullBullet(p.text ?? '')
      expect(bullet, p.id).toBeDefined()
      const coded = new Set(Array.isArray(p.actors) ? p.actors.map((a) => a.agencyId) : [])
      for (const a of named) if (a.pattern.test(bullet ?? '') && !coded.has(a.id)) missing.push(`${p.id}: ${a.id}`)
    }
    expect(missing).toEqual([])
  })

  it('records no named body that the bullet does not name', () => {
    const byId = new Map(named.map((a) => [a.id, a]))
    const extra: string[] = []
    for (const p of us) {
      const bullet = fullBullet(p.text ?? '') ?? ''
      for (const a of Array.isArray(p.actors) ? p.actors : []) {
        const pattern = byId.get(a.agencyId)?.pattern
        if (pattern && !pattern.test(bullet)) extra.push(`${p.id}: ${a.agencyId}`)
      }
    }
    expect(extra).toEqual([])
  })

  it('keeps inferred actors apart from named ones', () => {
    for (const p of data.provisions) {
      const namedIds = new Set(Array.isArray(p.actors) ? p.actors.map((a) => a.agencyId) : [])
      for (const a of p.inferredActors) expect(namedIds.has(a.agencyId), `${p.id} ${a.agencyId}`).toBe(false)
    }
  })
})

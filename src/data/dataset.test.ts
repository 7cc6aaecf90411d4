import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Dataset } from './dataset-schema'
import { buildDatasetInput } from './index'
import {
  badUsIds,
  describedWithText,
  dimensionsWithoutComparison,
  duplicateTexts,
  integrityWarnings,
  usCountsPerPillar,
  usPagesBeforeSection,
  usQuotesNotInPlan,
  usTextsNotInPlan,
  usWrongPages,
} from './integrity'

const root = path.resolve(__dirname, '../..')
const fixture = path.join(root, 'tests/fixtures/us-ai-action-plan-2025.txt')
const planText = readFileSync(fixture, 'utf8')

const parsed = Dataset.safeParse(buildDatasetInput())

describe('the data module', () => {
  it('passes the dataset schema with every cross-reference resolved', () => {
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([])
  })

  if (!parsed.success) return
  const data = parsed.data

  it('checks against the unaltered plan text (pdftotext of the official PDF)', () => {
    expect(createHash('sha256').update(planText).digest('hex')).toBe('d9fbd1d002e71d6a3abc12cfccbec1cbe32ca90729fc95eaf78b1c973db018a4')
  })


  it('finds every US verbatim text in the plan (whitespace and quotes normalised)', () => {
    expect(usTextsNotInPlan(data, planText)).toEqual([])
  })

  it('records the printed page on which each US text starts, and finds every section quote', () => {
    expect(usWrongPages(data, planText)).toEqual([])
    expect(usQuotesNotInPlan(data, planText)).toEqual([])
  })

  it('codes all 102 unique US recommended actions: 58, 29 and 15 per pillar', () => {
    expect(usCountsPerPillar(data)).toEqual([58, 29, 15])
    expect(data.provisions.filter((p) => p.planId === 'us')).toHaveLength(102)
  })

  it('gives no two provisions the same text', () => {
    expect(duplicateTexts(data)).toEqual([])
  })

  it('keeps US provisions verbatim-official, on or after their section’s page', () => {
    expect(usPagesBeforeSection(data)).toEqual([])
  })

  it('uses the id scheme us-<pillar>-<section>-<n>', () => {
    expect(badUsIds(data)).toEqual([])
  })

  it('compares every dimension exactly once', () => {
    expect(dimensionsWithoutComparison(data)).toEqual([])
    expect(data.comparisons).toHaveLength(8)
  })

  it('keeps described provisions free of verbatim text and sourced', () => {
    expect(describedWithText(data)).toEqual([])
  })

  it('dates nothing after the as-of date', () => {
    const late = [
      ...data.events.filter((e) => e.date > data.meta.asOf).map((e) => e.id),
      ...data.indicators.flatMap((i) => i.observations.filter((o) => o.date > data.meta.asOf).map(() => i.id)),
    ]
    expect(late).toEqual([])
  })

  it('backs every implementation status with a dated, sourced event', () => {
    const events = new Map(data.events.map((e) => [e.id, e]))
    expect(
      data.implementation.filter((im) => im.eventIds.some((id) => !events.get(id)?.sourceIds.length)).map((im) => im.provisionId),
    ).toEqual([])
  })

  it('reports zero integrity warnings', () => {
    expect(integrityWarnings(data, planText)).toEqual([])
  })
})

describe('the schema rejects what the codebook forbids', () => {
  const base = buildDatasetInput()
  const firstUs = base.provisions[0]
  const variants: [string, (p: Record<string, unknown>) => void, RegExp][] = [
    ['a repeated primary as secondary', (p) => (p.secondary = [p.primary]), /repeats the primary dimension/],
    ['three secondary dimensions', (p) => (p.secondary = ['security', 'diplomacy', 'adoption']), /secondary/],
    ['a described provision with text', (p) => (p.provenance = 'described'), /described provision carries no verbatim text/],
    ['an unknown source', (p) => (p.sourceIds = ['nowhere']), /unknown source "nowhere"/],
    ['a title over 90 characters', (p) => (p.title = 'x'.repeat(91)), /title/],
  ]
  it.each(variants)('rejects %s', (_name, mutate, message) => {
    const copy = structuredClone(base)
    const target = copy.provisions[0] as unknown as Record<string, unknown>
    mutate(target)
    const result = Dataset.safeParse(copy)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('\n')).toMatch(message)
    expect(firstUs).toBeDefined()
  })
})

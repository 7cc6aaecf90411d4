import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { occursInPlan, planBody, printedPageOf } from './plan-text'

const raw = readFileSync(path.resolve(__dirname, '../../tests/fixtures/us-ai-action-plan-2025.txt'), 'utf8')
const body = planBody(raw)

describe('plan text checks', () => {
  it('joins a bullet that runs over a page break, without the footnotes or page number', () => {
    expect(
      occursInPlan('review all FTC final orders, consent decrees, and injunctions, and, where appropriate, seek to modify', body),
    ).toBe(true)
  })

  it('drops footnote markers but keeps the words', () => {
    expect(occursInPlan('that unnecessarily hinder AI development or deployment. • Led by OMB', body)).toBe(true)
  })

  it('matches fragments around a cut in order only', () => {
    expect(occursInPlan('Led by the Office of Science and Technology Policy (OSTP), launch … take appropriate action.', body)).toBe(true)
    expect(occursInPlan('take appropriate action. … Led by the Office of Science and Technology Policy (OSTP)', body)).toBe(false)
  })

  it('rejects a single changed word', () => {
    expect(occursInPlan('work with relevant Federal agencies to take swift action', body)).toBe(false)
  })

  it('finds the printed page on which a text starts', () => {
    expect(printedPageOf('Led by the Office of Science and Technology Policy (OSTP), launch a Request for', raw)).toBe(3)
    expect(printedPageOf('and injunctions, and, where appropriate, seek to modify', raw)).toBe(4)
  })
})

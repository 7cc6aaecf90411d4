import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { occursInPlan, planBody, planBullets, printedPageOf } from './plan-text'

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

  it('matches a word hyphenated across a line break, which the extraction joins', () => {
    // The text file prints "deepfakerelated", "usecases" and "bestpractices"; the plan prints the hyphen.
    expect(occursInPlan('file formal comments on any proposed deepfake-related additions to the Federal Rules of Evidence.', body)).toBe(true)
    expect(occursInPlan('to enable secure AI use-cases for controlled access to restricted Federal data.', body)).toBe(true)
    expect(occursInPlan('response frameworks, best-practices, and technical capabilities (e.g., fly-away kits)', body)).toBe(true)
    // Ignoring hyphens does not let a changed word through.
    expect(occursInPlan('file formal comments on any proposed deepfake-free additions', body)).toBe(false)
  })

  it('strips a footnote block that falls inside a bullet at a page break', () => {
    expect(
      occursInPlan(
        'regulations promulgated under the Clean Air Act, the Clean Water Act, the Comprehensive Environmental Response, Compensation, and Liability Act, and other relevant related laws.',
        body,
      ),
    ).toBe(true)
    // The footnote text itself is no longer part of the running text.
    expect(occursInPlan('the Comprehensive Executive Order 14156 of January 20, 2025', body)).toBe(false)
    expect(printedPageOf('Expedite environmental permitting by streamlining or reducing regulations', raw)).toBe(14)
  })

  it('finds the printed page on which a text starts', () => {
    expect(printedPageOf('Led by the Office of Science and Technology Policy (OSTP), launch a Request for', raw)).toBe(3)
    expect(printedPageOf('and injunctions, and, where appropriate, seek to modify', raw)).toBe(4)
  })
})

describe('planBullets', () => {
  const bullets = planBullets(raw)

  it('finds the 103 printed bullets (102 unique and one printed twice)', () => {
    expect(bullets).toHaveLength(103)
    expect(bullets.filter((b) => b.startsWith('Build, maintain, and update as necessary national security-related AI evaluations'))).toHaveLength(2)
  })

  it('ends a bullet at its paragraph, and carries it over a page break past the footnote block', () => {
    const nist = bullets.find((b) => b.startsWith('Led by DOC, convene the NIST AI Consortium'))
    expect(nist?.endsWith('promote the development of AI.')).toBe(true)
    const compute = bullets.find((b) => b.startsWith('Ensure access to large-scale computing power'))
    expect(compute).toContain('far beyond the budgetary reach of most academics')
    expect(compute).not.toContain('Gaithersburg')
  })
})

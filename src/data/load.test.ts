import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Dataset } from './dataset-schema'
import { integrityFindings } from './integrity'
import { DATA_DIR, DataError, formatProblem, loadData } from './load'

const copies: string[] = []
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A copy of data/ with one edit; returns the copy's data folder and the 1-based line of the edit. */
function broken(file: string, from: string, to: string): { dir: string; line: number } {
  const root = mkdtempSync(join(tmpdir(), 'parallax-data-'))
  copies.push(root)
  const dir = join(root, 'data')
  cpSync(DATA_DIR, dir, { recursive: true })
  const path = join(dir, file)
  const text = readFileSync(path, 'utf8')
  const at = text.indexOf(from)
  if (at === -1) throw new Error(`fixture text not found in ${file}: ${from}`)
  writeFileSync(path, text.slice(0, at) + to + text.slice(at + from.length))
  return { dir, line: text.slice(0, at).split('\n').length }
}

function problemsOf(dir: string): string[] {
  try {
    loadData(dir)
  } catch (error) {
    if (error instanceof DataError) return error.problems.map(formatProblem)
    throw error
  }
  return []
}

const DIMENSIONS = 'chips, open-weights, robotics, governance, infrastructure, security, diplomacy, adoption'

describe('loading data/', () => {
  it('reads every record and passes every schema and cross-reference', () => {
    const { input } = loadData()
    expect(input.provisions).toHaveLength(123)
    expect(input.meta.counts).toMatchObject({ provisionsUs: 102, provisionsCn: 21, events: 43, sources: 148, observations: 104 })
  })

  it('names file, line, record and field for a wrong value in a provisions file', () => {
    const file = 'provisions/us/pillar-3/section-03.yaml'
    const { dir, line } = broken(file, 'primary: chips', 'primary: chip')
    expect(problemsOf(dir)).toEqual([`data/${file}:${line} us-3-3-1 primary: 'chip' is not a dimension; expected one of ${DIMENSIONS}`])
  })

  it('flags a misspelt field instead of dropping it', () => {
    const file = 'provisions/us/pillar-3/section-03.yaml'
    const { dir, line } = broken(file, '  summary: >-', '  summery: >-')
    expect(problemsOf(dir)).toEqual([
      `data/${file}:${line - 9} us-3-3-1 unknown field 'summery'; check the spelling against docs/data-editing.md`,
      `data/${file}:${line - 9} us-3-3-1 summary: is required (string)`,
    ])
  })

  it('reports YAML syntax errors with their line', () => {
    const { dir, line } = broken('events.yaml', '  lane: cn\n', '  lane: [cn\n')
    const problems = problemsOf(dir)
    expect(problems[0]).toMatch(new RegExp(`^data/events\\.yaml:${line + 1} is not valid YAML: `))
  })

  it('checks each single-file kind against its schema', () => {
    const cases: [string, string, string, string][] = [
      ['plans/cn.yaml', 'contentStatus: full-text', 'contentStatus: complete', `cn-preamble contentStatus: 'complete' is not an allowed value`],
      ['sources.yaml', 'kind: primary', 'kind: blog', `wh-plan kind: 'blog' is not a source kind; expected one of primary, official, news, analysis, data`],
      ['events.yaml', 'lane: cn', 'lane: china', `deepseek-r1-release lane: 'china' is not an event lane; expected one of us, cn, intl`],
      ['implementation.yaml', 'status: in-progress', 'status: done', `us-1-1-1 status: 'done' is not an allowed value`],
      ['comparisons.yaml', 'relation: us-only', 'relation: differ', `chips relation: 'differ' is not a relation; expected one of converge, diverge, mixed, us-only, cn-only`],
      ['gaps.yaml', 'id: cn-points-4-13-wording', 'id: Cn Points', `Cn Points id: 'Cn Points' must be kebab-case (a-z, 0-9, -)`],
      ['method.yaml', 'title: What one provision is', 'title: ""', `units title: must not be empty`],
      ['dimensions.yaml', 'order: 0', 'order: first', `chips order: 'first' should be a number`],
      ['instruments.yaml', 'id: deregulation', 'id: dereg', `dereg id: 'dereg' is not an instrument; expected one of`],
      ['meta.yaml', "title: '", "title: ''\n# '", `title: must not be empty`],
      ['source-aliases.yaml', 'sameAs: dw-2026', 'sameAs: DW 2026', `cn-s22 sameAs: 'DW 2026' must be kebab-case (a-z, 0-9, -)`],
      ['indicators.yaml', 'comparable: true', 'comparable: yes please', `ascend-910c-inference-vs-h100 comparable: 'yes please' should be a boolean`],
    ]
    for (const [file, from, to, message] of cases) {
      const { dir, line } = broken(file, from, to)
      const problems = problemsOf(dir)
      expect(problems, file).toHaveLength(1)
      expect(problems[0]?.startsWith(`data/${file}:${line} `), `${file}: ${problems[0]}`).toBe(true)
      expect(problems[0], file).toContain(message)
    }
  })

  it('names the CSV line and column of a bad observation, and an unknown indicator', () => {
    const bad = broken('observations.csv', 'gpu-hbm-capacity,Nvidia H100 SXM,80,', 'gpu-hbm-capacity,Nvidia H100 SXM,80 GB,')
    expect(problemsOf(bad.dir)).toEqual([
      `data/observations.csv:${bad.line} gpu-hbm-capacity value: '80 GB' must be a number such as 42 or 3.35 (no units, no thousands separators)`,
    ])
    const unknown = broken('observations.csv', 'gpu-hbm-capacity,Nvidia H200 SXM', 'gpu-hbm,Nvidia H200 SXM')
    expect(problemsOf(unknown.dir)).toEqual([
      `data/observations.csv:${unknown.line} gpu-hbm indicator: 'gpu-hbm' is not an indicator in data/indicators.yaml`,
    ])
  })

  it('points cross-reference errors at the line that makes them: duplicate ids, unknown sources, dangling links', () => {
    const dupe = broken('provisions/us/pillar-3/section-03.yaml', '- id: us-3-3-2', '- id: us-3-3-1')
    expect(problemsOf(dupe.dir)).toContain(`data/provisions/us/pillar-3/section-03.yaml:${dupe.line} us-3-3-1 id: duplicate id "us-3-3-1"`)

    const source = broken('events.yaml', '    - provisionId: us-3-3-2', '    - provisionId: us-3-3-99')
    expect(problemsOf(source.dir)).toEqual([
      `data/events.yaml:${source.line} ai-diffusion-rule-rescinded links: event ai-diffusion-rule-rescinded: unknown provision "us-3-3-99"`,
    ])

    const unknownSource = broken('gaps.yaml', 'sourceIds:\n    - ', 'sourceIds:\n    - no-such-source\n    - ')
    const [problem] = problemsOf(unknownSource.dir)
    expect(problem).toMatch(/^data\/gaps\.yaml:\d+ [a-z0-9-]+ sourceIds: gap [a-z0-9-]+: unknown source "no-such-source"$/)
  })

  it('rejects a provision filed under the wrong section, and a file that belongs to no section', () => {
    const moved = broken('provisions/us/pillar-3/section-03.yaml', 'sectionId: us-3-3', 'sectionId: us-3-2')
    expect(problemsOf(moved.dir)[0]).toBe(
      `data/provisions/us/pillar-3/section-03.yaml:${moved.line} us-3-3-1 sectionId: 'us-3-2' does not match this file, which holds section us-3-3; move the record to provisions/us/pillar-3/section-02.yaml`,
    )
    const stray = broken('provisions/us/pillar-3/section-03.yaml', '', '')
    writeFileSync(join(stray.dir, 'provisions/us/pillar-3/section-99.yaml'), '[]\n')
    expect(problemsOf(stray.dir)[0]).toMatch(/^data\/provisions\/us\/pillar-3\/section-99\.yaml is not the provisions file of any section/)
  })

  it('locates a quote that the plan text does not contain', () => {
    const file = 'provisions/us/pillar-3/section-03.yaml'
    const { dir, line } = broken(file, 'explore leveraging new and existing location', 'explore using new and existing location')
    const loaded = loadData(dir)
    const planText = readFileSync(join(DATA_DIR, '..', 'tests/fixtures/us-ai-action-plan-2025.txt'), 'utf8')
    const findings = integrityFindings(Dataset.parse(loaded.input), planText)
    expect(findings).toEqual([{ label: 'US text not found in the plan', ids: ['us-3-3-1'] }])
    expect(formatProblem({ ...loaded.locateId('us-3-3-1'), file: loaded.locateId('us-3-3-1')?.file ?? '', message: 'x' })).toBe(
      `data/${file}:${line - 7} us-3-3-1 x`,
    )
  })
})

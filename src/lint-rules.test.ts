/**
 * Proves that each import rule of docs/architecture.md § Allowed imports fails when broken: every
 * case lints a deliberately wrong import as if it were a file in src/ (ESLint's lintText with a
 * virtual path, so nothing here is a real file and `eslint .` never sees it) and asserts the exact
 * rule that reports it. The type-only cycle is checked with dependency-cruiser on two files written
 * to a temporary folder.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { cruise, type IConfiguration } from 'dependency-cruiser'
import { ESLint } from 'eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: root })

/** The rule ids ESLint reports for `code` at `filePath` (relative to the repository), sorted. */
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) })
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`).sort()
}

async function messages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) })
  return (result?.messages ?? []).map((m) => m.message)
}

describe('import rules', () => {
  it('a feature never imports another feature', async () => {
    const code = `import { ChartBody } from '../charts/chart-body'\nexport const x = ChartBody\n`
    expect(await ruleIds('src/features/compare/lint-fixture.tsx', code)).toEqual(['no-restricted-imports'])
    expect(await messages('src/features/compare/lint-fixture.tsx', code)).toEqual([
      expect.stringContaining('A feature never imports another feature'),
    ])
  })

  it('src/data imports nothing outside src/data, not even types', async () => {
    expect(await ruleIds('src/data/lint-fixture.ts', `import { plural } from '../lib/format'\nexport const x = plural\n`)).toEqual([
      'import-x/no-restricted-paths',
    ])
    expect(
      await ruleIds('src/data/lint-fixture.ts', `import type { FilterState } from '../lib/selectors'\nexport type X = FilterState\n`),
    ).toEqual(['import-x/no-restricted-paths'])
    expect(await messages('src/data/lint-fixture.ts', `import { plural } from '../lib/format'\nexport const x = plural\n`)).toEqual([
      expect.stringContaining('src/data may import only itself'),
    ])
  })

  it('src/lib never imports features, the app shell or src/api', async () => {
    expect(
      await ruleIds('src/lib/lint-fixture.ts', `import { ChartBody } from '../features/charts/chart-body'\nexport const x = ChartBody\n`),
    ).toEqual(['import-x/no-restricted-paths'])
    expect(
      await ruleIds('src/lib/lint-fixture.ts', `import { queryClient } from '../app/query-client'\nexport const x = queryClient\n`),
    ).toEqual(['import-x/no-restricted-paths'])
    expect(
      await ruleIds('src/lib/lint-fixture.ts', `import { DatasetError } from '../api/dataset-error'\nexport const x = DatasetError\n`),
    ).toEqual(['import-x/no-restricted-paths'])
  })

  it('src/lib imports only types from src/url-state', async () => {
    expect(
      await ruleIds('src/lib/lint-fixture.ts', `import { useUrlStore } from '../url-state/store'\nexport const x = useUrlStore\n`),
    ).toEqual(['@typescript-eslint/no-restricted-imports'])
  })

  it('src/url-state never imports src/lib', async () => {
    expect(await ruleIds('src/url-state/lint-fixture.ts', `import { plural } from '../lib/format'\nexport const x = plural\n`)).toEqual([
      'import-x/no-restricted-paths',
    ])
  })

  it('src/url-state imports values only from src/data/vocabulary', async () => {
    expect(
      await ruleIds('src/url-state/lint-fixture.ts', `import { Provision } from '../data/schema'\nexport const x = Provision\n`),
    ).toEqual(['@typescript-eslint/no-restricted-imports'])
  })

  it('src/api never imports components, url-state or features', async () => {
    expect(
      await ruleIds('src/api/lint-fixture.ts', `import { useUrlStore } from '../url-state/store'\nexport const x = useUrlStore\n`),
    ).toEqual(['import-x/no-restricted-paths'])
    expect(
      await ruleIds('src/api/lint-fixture.ts', `import { Verbatim } from '../components/verbatim'\nexport const x = Verbatim\n`),
    ).toEqual(['import-x/no-restricted-paths'])
  })

  it('src/components never imports src/api', async () => {
    expect(
      await ruleIds(
        'src/components/lint-fixture.ts',
        `import { DatasetError } from '../api/dataset-error'\nexport const x = DatasetError\n`,
      ),
    ).toEqual(['import-x/no-restricted-paths'])
  })

  it('src/brief never imports features, components, the app shell or src/api', async () => {
    for (const from of [
      `import { Deck } from '../features/present/deck'\nexport const x = Deck\n`,
      `import { CopyButton } from '../components/copy-button'\nexport const x = CopyButton\n`,
      `import { App } from '../app/app'\nexport const x = App\n`,
      `import { DatasetError } from '../api/dataset-error'\nexport const x = DatasetError\n`,
    ])
      expect(await ruleIds('src/brief/lint-fixture.ts', from)).toEqual(['import-x/no-restricted-paths'])
    expect(
      await messages('src/brief/lint-fixture.ts', `import { CopyButton } from '../components/copy-button'\nexport const x = CopyButton\n`),
    ).toEqual([expect.stringContaining('src/brief may import only src/data, src/lib, src/url-state')])
  })

  it('the brief feature is a feature: it never imports another one, and others never import it', async () => {
    expect(await ruleIds('src/features/brief/lint-fixture.tsx', `import { Deck } from '../present/deck'\nexport const x = Deck\n`)).toEqual(
      ['no-restricted-imports'],
    )
    expect(
      await ruleIds(
        'src/features/compare/lint-fixture.tsx',
        `import { BriefPanel } from '../brief/brief-panel'\nexport const x = BriefPanel\n`,
      ),
    ).toEqual(['no-restricted-imports'])
  })

  it('an import cycle through values fails', async () => {
    // selectors.ts imports format.ts, so format.ts importing selectors.ts closes a cycle.
    const code = `import { filterProvisions } from './selectors'\nexport const x = filterProvisions\n`
    expect(await ruleIds('src/lib/format.ts', code)).toEqual(['import-x/no-cycle'])
  })

  it('browser code never imports the Node-only loader or the YAML parser', async () => {
    expect(
      await ruleIds(
        'src/features/compare/lint-fixture.tsx',
        `import { formatProblem } from '../../data/load'\nexport const x = formatProblem\n`,
      ),
    ).toEqual(['@typescript-eslint/no-restricted-imports'])
    expect(await ruleIds('src/lib/lint-fixture.ts', `import { parse } from 'yaml'\nexport const x = parse\n`)).toEqual([
      '@typescript-eslint/no-restricted-imports',
    ])
  })

  it('allowed imports pass', async () => {
    const lib = [
      `import type { Provision } from '../data/schema'`,
      `import { planIds } from '../data/vocabulary'`,
      `import type { ViewState } from '../url-state/view-state'`,
      `import { plural } from './format'`,
      `export const x = (p: Provision, v: ViewState) => plural(planIds.length + p.id.length + v.plans.length, 'plan')`,
      ``,
    ].join('\n')
    expect(await ruleIds('src/lib/lint-fixture.ts', lib)).toEqual([])
    const urlState = `import type { PlanId } from '../data/schema'\nimport { planIds } from '../data/vocabulary'\nexport const x: readonly PlanId[] = planIds\n`
    expect(await ruleIds('src/url-state/lint-fixture.ts', urlState)).toEqual([])
    const components = `import { useUrlStore } from '../url-state/store'\nimport { plural } from '../lib/format'\nexport const x = [useUrlStore, plural]\n`
    expect(await ruleIds('src/components/lint-fixture.ts', components)).toEqual([])
    const brief = `import { parseUrl } from '../url-state/url'\nimport { plural } from '../lib/format'\nimport type { Dataset } from '../data/dataset-schema'\nexport const x = (d: Dataset) => [parseUrl, plural, d]\n`
    expect(await ruleIds('src/brief/lint-fixture.ts', brief)).toEqual([])
    const usesBrief = `import { useBriefStore } from '../brief/store'\nexport const x = useBriefStore\n`
    expect(await ruleIds('src/components/lint-fixture.ts', usesBrief)).toEqual([])
    expect(await ruleIds('src/features/compare/lint-fixture.tsx', usesBrief.replace('../brief', '../../brief'))).toEqual([])
    const api = `import { fingerprint } from '../lib/fingerprint'\nimport '../data/zod-jitless'\nexport const x = fingerprint\n`
    expect(await ruleIds('src/api/lint-fixture.ts', api)).toEqual([])
  })
})

describe('type-only import cycles (dependency-cruiser, npm run lint:cycles)', () => {
  const require = createRequire(import.meta.url)
  const config = require('../.dependency-cruiser.cjs') as IConfiguration
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parallax-cycle-'))
    await writeFile(join(dir, 'a.ts'), `import type { B } from './b'\nexport interface A { b?: B }\n`)
    await writeFile(join(dir, 'b.ts'), `import type { A } from './a'\nexport interface B { a?: A }\n`)
    await writeFile(join(dir, 'c.ts'), `import type { A } from './a'\nexport type C = A\n`)
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reports a cycle made only of `import type`, and nothing else', async () => {
    const { output } = await cruise([dir], { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true, baseDir: dir })
    if (typeof output === 'string') throw new Error('expected a cruise result')
    const violations = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort()
    expect(violations).toEqual(['no-circular: a.ts → b.ts'])
  })
})

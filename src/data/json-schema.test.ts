import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import Papa from 'papaparse'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { jsonSchemas } from './json-schema'
import { DATA_DIR } from './load'

const schemaDir = join(DATA_DIR, 'schema')

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'schema' ? [] : yamlFiles(join(dir, e.name))) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  )
}

/** The schema an editor would use: the `# yaml-language-server: $schema=` line, resolved from the file. */
function schemaOf(file: string): string {
  const first = readFileSync(file, 'utf8').split('\n')[0] ?? ''
  const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)
  if (!m?.[1]) throw new Error(`${relative(DATA_DIR, file)} has no schema line`)
  return join(dirname(file), m[1])
}

const ajv = new Ajv2020({ allErrors: true, strict: false })
const validator = (path: string) => ajv.compile(JSON.parse(readFileSync(path, 'utf8')) as object)

describe('the JSON Schema files editors use', () => {
  it('are up to date with the zod schemas (run `npm run data:schema` if this fails)', () => {
    const generated = jsonSchemas()
    expect(readdirSync(schemaDir).sort()).toEqual(Object.keys(generated).sort())
    for (const [name, text] of Object.entries(generated)) expect(readFileSync(join(schemaDir, name), 'utf8'), name).toBe(text)
  })

  it('are named by every YAML file, and every file passes its schema in a standard validator (Ajv, JSON Schema 2020-12)', () => {
    const files = yamlFiles(DATA_DIR)
    expect(files.length).toBeGreaterThan(50)
    for (const file of files) {
      const validate = validator(schemaOf(file))
      const ok = validate(parse(readFileSync(file, 'utf8')))
      expect(ok ? [] : validate.errors, relative(DATA_DIR, file)).toEqual([])
    }
  })

  it('flag a wrong enum value, a misspelt field and a missing field where the editor shows them', () => {
    const file = join(DATA_DIR, 'provisions/us/pillar-3/section-03.yaml')
    const validate = validator(schemaOf(file))
    const records = parse(readFileSync(file, 'utf8')) as Record<string, unknown>[]
    const [first, ...rest] = records
    const { summary, ...withoutSummary } = first ?? {}
    expect(summary).toBeTruthy()
    validate([{ ...withoutSummary, primary: 'chip', summery: 'x' }, ...rest])
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`)
    expect(errors).toContain('/0/primary enum {"allowedValues":["chips","open-weights","robotics","governance","infrastructure","security","diplomacy","adoption"]}')
    expect(errors).toContain('/0 additionalProperties {"additionalProperty":"summery"}')
    expect(errors).toContain('/0 required {"missingProperty":"summary"}')
  })

  it('describe each observations.csv row', () => {
    const validate = validator(join(schemaDir, 'observation-row.schema.json'))
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(DATA_DIR, 'observations.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data
    expect(rows.filter((row) => !validate(row))).toEqual([])
    expect(validate({ ...rows[0], value: '60%' })).toBe(false)
  })
})

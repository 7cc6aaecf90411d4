/** `npm run data:schema`: writes data/schema/*.schema.json from the zod schemas (src/data/json-schema.ts). */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { jsonSchemas } from '../src/data/json-schema'
import { DATA_DIR } from '../src/data/load'

const dir = join(DATA_DIR, 'schema')
mkdirSync(dir, { recursive: true })
const schemas = jsonSchemas()
for (const old of readdirSync(dir)) if (!(old in schemas)) rmSync(join(dir, old))
for (const [name, text] of Object.entries(schemas)) writeFileSync(join(dir, name), text)
console.log(`wrote ${Object.keys(schemas).length} JSON Schema files to data/schema/`)

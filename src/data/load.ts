/**
 * Build-time loader (Node only): reads every record from `data/` (YAML with the `yaml` package,
 * CSV with Papa Parse), checks each file against its schema (files.ts) and the assembled dataset
 * against the dataset schema, and reports each problem with file, line, record id and field, so an
 * analyst can act on it. Never imported by the browser bundle (lint forbids it); the build emits
 * what this returns as /api/v1/dataset.json and notes.json. See docs/data-editing.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import Papa from 'papaparse'
import { LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { Dataset, type DatasetInput } from './dataset-schema'
import {
  fileKinds,
  OBSERVATION_COLUMNS,
  OBSERVATIONS_FILE,
  ObservationRow,
  planFile,
  provisionsFile,
  singleFiles,
  type FileKind,
} from './files'
import { describeIssue, unknownKeys } from './issues'
import type { IndicatorInput, PlanInput, ProvisionInput } from './schema'
import { planIds } from './vocabulary'

/** The repository's data folder. */
export const DATA_DIR = join(import.meta.dirname, '..', '..', 'data')

export interface DataProblem {
  /** Path relative to the repository root, e.g. data/events.yaml. */
  file: string
  /** 1-based line, where known. */
  line?: number
  recordId?: string
  field?: string
  message: string
}

export function formatProblem(p: DataProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file
  const what = [p.recordId, p.field ? `${p.field}:` : undefined].filter(Boolean).join(' ')
  return `${where}${what ? ` ${what}` : ''} ${p.message}`
}

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(`The data in data/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'DataError'
  }
}

type Path = readonly PropertyKey[]

/** Where a loaded value came from, so any problem found later can be pointed at its line. */
interface Origin {
  file: string
  lineOf(path: Path): number | undefined
}

function yamlOrigin(file: string, doc: Document, lines: LineCounter): Origin {
  return {
    file,
    lineOf(path) {
      // The deepest node that exists on the path (a missing field points at its record).
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined
        if (node && typeof node === 'object' && node.range) return lines.linePos(node.range[0]).line
      }
      return undefined
    },
  }
}

/** A place in the data files, without a message yet. */
export type DataPlace = Omit<DataProblem, 'message'>

export interface LoadedData {
  input: DatasetInput
  /** Locates a path of the assembled dataset (e.g. ['provisions', 4, 'primary']) in its file. */
  locate(path: Path): DataPlace
  /** Locates a record by id (provision, section, event, source, indicator, gap, method note). */
  locateId(id: string): DataPlace | undefined
}

interface Slot {
  origin: Origin
  /** Path of the record inside its file. */
  base: PropertyKey[]
  recordId?: string
}

/**
 * Reads and checks every file in `dir`. Throws a DataError listing every problem (file, line,
 * record, field) when a file cannot be read, breaks its schema, or the assembled dataset fails a
 * cross-reference or integrity rule.
 */
export function loadData(dir: string = DATA_DIR): LoadedData {
  const root = join(dir, '..')
  const rel = (file: string) => relative(root, file).split(sep).join('/')
  const problems: DataProblem[] = []
  const slots = new Map<string, Slot[]>()
  const byId = new Map<string, Slot>()
  const addSlot = (collection: string, slot: Slot) => {
    slots.set(collection, [...(slots.get(collection) ?? []), slot])
    if (slot.recordId && !byId.has(slot.recordId)) byId.set(slot.recordId, slot)
  }

  function readYaml<K extends FileKind>(path: string, kind: K): { value: z.input<(typeof fileKinds)[K]>; origin: Origin } | undefined {
    const file = rel(path)
    if (!existsSync(path)) {
      problems.push({ file, message: 'is missing' })
      return undefined
    }
    const lines = new LineCounter()
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines })
    if (doc.errors.length) {
      for (const e of doc.errors) {
        problems.push({ file, line: e.linePos?.[0]?.line, message: `is not valid YAML: ${e.message.split('\n')[0] ?? ''}` })
      }
      return undefined
    }
    const value: unknown = doc.toJS()
    const origin = yamlOrigin(file, doc, lines)
    const schema = fileKinds[kind]
    const issues = [...unknownKeys(schema, value), ...(schema.safeParse(value).error?.issues ?? [])]
    for (const issue of issues) {
      problems.push({ file, line: origin.lineOf(issue.path), ...recordAt(value, issue.path), message: describeIssue(issue, value) })
    }
    if (issues.length) return undefined
    return { value: value as z.input<(typeof fileKinds)[K]>, origin }
  }

  function single<K extends keyof typeof singleFiles>(kind: K) {
    return readYaml(join(dir, singleFiles[kind]), kind)
  }

  // Plans and their sections, in the order of the plan vocabulary.
  const plans: PlanInput[] = []
  for (const planId of planIds) {
    const loaded = readYaml(join(dir, planFile(planId)), 'plan')
    if (!loaded) continue
    const plan = loaded.value as PlanInput
    plans.push(plan)
    addSlot('plans', { origin: loaded.origin, base: [], recordId: plan.id })
    plan.sections.forEach((s, k) => byId.set(s.id, { origin: loaded.origin, base: ['sections', k], recordId: s.id }))
  }

  // Provisions: one file per section, read in document order.
  const provisions: ProvisionInput[] = []
  const expected = new Set<string>()
  for (const plan of plans) {
    for (const section of plan.sections) {
      const name = provisionsFile(section.id)
      if (!name) continue
      expected.add(name)
      const path = join(dir, name)
      if (!existsSync(path)) continue
      const loaded = readYaml(path, 'provisions')
      if (!loaded) continue
      ;(loaded.value as ProvisionInput[]).forEach((p, j) => {
        if (p.sectionId !== section.id) {
          problems.push({
            file: loaded.origin.file,
            line: loaded.origin.lineOf([j, 'sectionId']),
            recordId: p.id,
            field: 'sectionId',
            message: `'${p.sectionId}' does not match this file, which holds section ${section.id}; move the record to ${provisionsFile(p.sectionId) ?? 'the file of its section'}`,
          })
        }
        provisions.push(p)
        addSlot('provisions', { origin: loaded.origin, base: [j], recordId: p.id })
      })
    }
  }
  for (const file of plans.flatMap((plan) => listYaml(join(dir, 'provisions', plan.id)))) {
    const name = relative(dir, file).split(sep).join('/')
    if (!expected.has(name)) {
      problems.push({
        file: rel(file),
        message:
          'is not the provisions file of any section in data/plans/ (expected names such as provisions/us/pillar-3/section-03.yaml or provisions/cn/point-05.yaml)',
      })
    }
  }

  const collections = {
    dimensions: single('dimensions'),
    instruments: single('instruments'),
    sources: single('sources'),
    events: single('events'),
    implementation: single('implementation'),
    comparisons: single('comparisons'),
    gaps: single('gaps'),
    method: single('method'),
    agencies: single('agencies'),
    changelog: single('changelog'),
  }
  for (const [name, loaded] of Object.entries(collections)) {
    ;(loaded?.value ?? []).forEach((record, j) => {
      const r = record as { id?: string; provisionId?: string; dimensionId?: string; version?: string }
      if (loaded) addSlot(name, { origin: loaded.origin, base: [j], recordId: r.id ?? r.provisionId ?? r.dimensionId ?? r.version })
    })
  }
  const meta = single('meta')
  const aliases = single('source-aliases')
  const indicatorMeta = single('indicators')
  indicatorMeta?.value.forEach((ind, j) => addSlot('indicators', { origin: indicatorMeta.origin, base: [j], recordId: ind.id }))

  // Observations: one CSV row each, attached to their indicator in file order.
  const observationsByIndicator = new Map<string, { row: z.infer<typeof ObservationRow>; origin: Origin }[]>()
  const csvPath = join(dir, OBSERVATIONS_FILE)
  const csvFile = rel(csvPath)
  if (!existsSync(csvPath)) problems.push({ file: csvFile, message: 'is missing' })
  else {
    const text = readFileSync(csvPath, 'utf8')
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
    const starts = csvRowLines(text)
    const missing = OBSERVATION_COLUMNS.filter((c) => !parsed.meta.fields?.includes(c))
    const extra = (parsed.meta.fields ?? []).filter((c) => !(OBSERVATION_COLUMNS as string[]).includes(c))
    if (missing.length || extra.length) {
      problems.push({
        file: csvFile,
        line: 1,
        message: `header must be exactly ${OBSERVATION_COLUMNS.join(',')}${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; unknown ${extra.join(', ')}` : ''}`,
      })
    }
    for (const e of parsed.errors)
      problems.push({ file: csvFile, line: starts[(e.row ?? 0) + 1], message: `is not valid CSV: ${e.message}` })
    const known = indicatorMeta ? new Set(indicatorMeta.value.map((i) => i.id)) : undefined
    parsed.data.forEach((raw, k) => {
      const line = starts[k + 1]
      const origin: Origin = { file: csvFile, lineOf: () => line }
      const result = ObservationRow.safeParse(raw)
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file: csvFile, line, recordId: raw.indicator, field: fieldOf(issue.path), message: describeIssue(issue, raw) })
        }
        return
      }
      const row = result.data
      if (known && !known.has(row.indicator)) {
        problems.push({
          file: csvFile,
          line,
          recordId: row.indicator,
          field: 'indicator',
          message: `'${row.indicator}' is not an indicator in data/indicators.yaml`,
        })
        return
      }
      observationsByIndicator.set(row.indicator, [...(observationsByIndicator.get(row.indicator) ?? []), { row, origin }])
    })
  }

  if (problems.length) throw new DataError(problems)
  // Every file read and passed its own schema; assemble the dataset exactly as the API serves it.
  const sourceAlias = Object.fromEntries((aliases?.value ?? []).map((a) => [a.id, a.sameAs]))
  const canonical = (ids: readonly string[] | undefined): string[] => [...new Set((ids ?? []).map((id) => sourceAlias[id] ?? id))]
  const observationSlots: Map<number, Origin[]> = new Map()
  const indicators: IndicatorInput[] = (indicatorMeta?.value ?? []).map((ind, i) => {
    const rows = observationsByIndicator.get(ind.id) ?? []
    observationSlots.set(
      i,
      rows.map((r) => r.origin),
    )
    return {
      ...ind,
      observations: rows.map(({ row }) => ({
        entity: row.entity,
        value: Number(row.value),
        date: row.date,
        sourceIds: canonical(row.sourceIds.split(' ')),
        basis: row.basis,
        ...(row.note ? { note: row.note } : {}),
      })),
    }
  })
  const provisionsUs = provisions.filter((p) => p.planId === 'us')
  const provisionsCn = provisions.filter((p) => p.planId === 'cn')
  const sources = collections.sources?.value ?? []
  const events = collections.events?.value ?? []
  const input: DatasetInput = {
    meta: {
      version: meta?.value.version ?? '',
      asOf: meta?.value.asOf ?? '',
      title: meta?.value.title ?? '',
      license: meta?.value.license ?? '',
      counts: {
        provisions: provisions.length,
        provisionsUs: provisionsUs.length,
        provisionsCn: provisionsCn.length,
        sources: sources.length,
        indicators: indicators.length,
        observations: indicators.reduce((n, i) => n + i.observations.length, 0),
        events: events.length,
      },
    },
    plans: plans.map((plan) => ({
      ...plan,
      sourceIds: canonical(plan.sourceIds),
      sections: plan.sections.map((s) => ({
        ...s,
        sourceIds: canonical(s.sourceIds),
        quotes: (s.quotes ?? []).map((q) => ({ ...q, sourceIds: canonical(q.sourceIds) })),
      })),
    })),
    dimensions: collections.dimensions?.value ?? [],
    instruments: collections.instruments?.value ?? [],
    provisions: provisions.map((p) => ({ ...p, sourceIds: canonical(p.sourceIds) })),
    sources,
    indicators,
    events: events.map((e) => ({ ...e, sourceIds: canonical(e.sourceIds) })),
    implementation: collections.implementation?.value ?? [],
    comparisons: (collections.comparisons?.value ?? []).map((c) => ({ ...c, sourceIds: canonical(c.sourceIds) })),
    gaps: (collections.gaps?.value ?? []).map((g) => ({ ...g, sourceIds: canonical(g.sourceIds) })),
    method: collections.method?.value ?? [],
    agencies: collections.agencies?.value ?? [],
    changelog: collections.changelog?.value ?? [],
  }

  const metaOrigin = meta?.origin
  function locate(path: Path): DataPlace {
    const [collection, index, ...rest] = path
    if (collection === 'meta' && metaOrigin)
      return { file: metaOrigin.file, line: metaOrigin.lineOf([index ?? 'version']), field: fieldOf(path.slice(1)) }
    if (collection === 'indicators' && rest[0] === 'observations' && typeof index === 'number' && typeof rest[1] === 'number') {
      const origin = observationSlots.get(index)?.[rest[1]]
      const id = input.indicators[index]?.id
      if (origin) return { file: origin.file, line: origin.lineOf([]), recordId: id, field: fieldOf(rest.slice(2)) }
    }
    const slot = typeof collection === 'string' && typeof index === 'number' ? slots.get(collection)?.[index] : undefined
    if (!slot) return { file: 'data/', field: fieldOf(path) }
    const inner = [...slot.base, ...rest]
    const within = recordAt(input[collection as keyof DatasetInput], path.slice(1))
    return { file: slot.origin.file, line: slot.origin.lineOf(inner), recordId: within.recordId ?? slot.recordId, field: within.field }
  }
  function locateId(id: string): DataPlace | undefined {
    const slot = byId.get(id)
    return slot && { file: slot.origin.file, line: slot.origin.lineOf(slot.base), recordId: id }
  }

  const checked = Dataset.safeParse(input)
  if (!checked.success) {
    throw new DataError(checked.error.issues.map((issue) => ({ ...locate(issue.path), message: describeIssue(issue, input) })))
  }
  return { input, locate, locateId }
}

/** The dataset input as the API serves it (before defaults are filled in). */
export function buildDatasetInput(dir?: string): DatasetInput {
  return loadData(dir).input
}

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return listYaml(path)
    return entry.name.endsWith('.yaml') || entry.name.endsWith('.yml') ? [path] : []
  })
}

/** The line on which each CSV record starts (index 0 is the header), honouring quoted line breaks. */
function csvRowLines(text: string): number[] {
  const starts: number[] = [1]
  let line = 1
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    else if (c === '\n') {
      line++
      if (!quoted && i + 1 < text.length) starts.push(line)
    }
  }
  return starts
}

function fieldOf(path: Path): string | undefined {
  const parts = path.filter((p) => typeof p === 'string') as string[]
  return parts.length ? parts.join('.') : undefined
}

/**
 * The innermost record (an object with an id) that a path inside a file's value points into, and the
 * field path below it: ['sections', 3, 'heading'] in a plan file → the section's id and "heading".
 */
function recordAt(value: unknown, path: Path): { recordId?: string; field?: string } {
  let current = value
  let recordId: string | undefined
  let below: Path = path
  path.forEach((key, i) => {
    if (!current || typeof current !== 'object') return
    current = (current as Record<PropertyKey, unknown>)[key]
    const r = current as Record<string, unknown> | undefined
    const id = r && typeof r === 'object' ? (i === 0 ? (r.id ?? r.provisionId ?? r.dimensionId) : r.id) : undefined
    if (typeof id === 'string') {
      recordId = id
      below = path.slice(i + 1)
    }
  })
  if (recordId === undefined) {
    const r = value as Record<string, unknown> | undefined
    if (r && typeof r === 'object' && typeof r.id === 'string') recordId = r.id
  }
  return { recordId, field: fieldOf(below) }
}

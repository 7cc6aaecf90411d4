/**
 * Turns schema issues into sentences an analyst can act on ("'chip' is not a dimension; expected
 * one of chips, open-weights, …"), and finds fields that no schema knows (a misspelt key would
 * otherwise be dropped silently). Used by the loader (load.ts).
 */
import { z } from 'zod'
import {
  dimensionIds,
  eventLanes,
  eventLinkKinds,
  framings,
  instrumentIds,
  leads,
  planIds,
  provenances,
  relations,
  scopes,
  sourceKinds,
  statuses,
  verifications,
} from './vocabulary'

const vocabularies: [readonly string[], string][] = [
  [dimensionIds, 'a dimension'],
  [instrumentIds, 'an instrument'],
  [planIds, 'a plan id'],
  [provenances, 'a provenance'],
  [statuses, 'an implementation status'],
  [relations, 'a relation'],
  [scopes, 'a scope'],
  [framings, 'a framing'],
  [leads, 'a lead'],
  [sourceKinds, 'a source kind'],
  [eventLanes, 'an event lane'],
  [eventLinkKinds, 'an event link kind'],
  [verifications, 'a verification label'],
]

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[key]
  }
  return v
}

const show = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : v === undefined ? 'nothing' : JSON.stringify(v))

/** One sentence for a schema issue, naming the value found and what is expected. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const found = valueAt(root, issue.path)
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map(String)
      const vocab = vocabularies.find(([list]) => list.length === values.length && list.every((x, i) => x === values[i]))
      const noun = vocab ? vocab[1] : 'an allowed value'
      return `${show(found)} is not ${noun}; expected one of ${values.join(', ')}`
    }
    case 'invalid_type':
      return found === undefined
        ? `is required (${issue.expected})`
        : `${show(found)} should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}; check the spelling against docs/data-editing.md`
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty'
      if (issue.origin === 'array' && Number(issue.minimum) === 1) return 'needs at least one item'
      return found === undefined || typeof found === 'object' ? issue.message : `${show(found)}: ${issue.message}`
    case 'custom':
      return issue.message
    default:
      return found === undefined || typeof found === 'object' ? issue.message : `${show(found)} ${issue.message}`
  }
}

type Issue = z.core.$ZodIssue

/** Keys of `value` that the object schemas inside `schema` do not define, as unrecognized_keys issues. */
export function unknownKeys(schema: z.ZodType, value: unknown, path: PropertyKey[] = []): Issue[] {
  const inner = unwrap(schema)
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, i) => unknownKeys(inner.element as z.ZodType, item, [...path, i]))
  }
  if (inner instanceof z.ZodObject && value && typeof value === 'object' && !Array.isArray(value)) {
    const shape = inner.shape as Record<string, z.ZodType>
    const record = value as Record<string, unknown>
    const extra = Object.keys(record).filter((k) => !(k in shape))
    const own: Issue[] = extra.length
      ? [{ code: 'unrecognized_keys', keys: extra, path, message: 'unknown keys', input: value } as Issue]
      : []
    return [...own, ...Object.entries(shape).flatMap(([k, s]) => (k in record ? unknownKeys(s, record[k], [...path, k]) : []))]
  }
  if (inner instanceof z.ZodRecord && value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => unknownKeys(inner.valueType as z.ZodType, v, [...path, k]))
  }
  return []
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType
    else return s
  }
}

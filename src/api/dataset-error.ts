import type { z } from 'zod'

export type DatasetErrorKind = 'http' | 'network' | 'timeout' | 'malformed' | 'invalid'

/** A failed dataset load, with a message a reader can act on. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind
  readonly detail: string | undefined
  constructor(kind: DatasetErrorKind, message: string, detail?: string) {
    super(message)
    this.name = 'DatasetError'
    this.kind = kind
    this.detail = detail
  }
}

type Json = unknown

function recordLabel(payload: Json, path: readonly PropertyKey[]): string {
  const [collection, index] = path
  if (typeof collection !== 'string') return 'the dataset'
  if (typeof index !== 'number') return `“${collection}”`
  const list = (payload as Record<string, unknown> | null)?.[collection]
  const record = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined
  const id =
    record && typeof record.id === 'string' ? record.id : record && typeof record.dimensionId === 'string' ? record.dimensionId : undefined
  const noun = collection.replace(/s$/, '')
  return id ? `${noun} “${id}”` : `${noun} #${index + 1}`
}

/** Names the offending record(s) of a schema-invalid payload, e.g. `provision “us-1-1-1”: primary: Invalid option`. */
export function describeIssues(payload: Json, issues: readonly z.core.$ZodIssue[], max = 3): string {
  const lines = issues.slice(0, max).map((issue) => {
    const field = issue.path.slice(2).join('.')
    return `${recordLabel(payload, issue.path)}${field ? ` (${field})` : ''}: ${issue.message}`
  })
  if (issues.length > max) lines.push(`and ${issues.length - max} more problem${issues.length - max > 1 ? 's' : ''}`)
  return lines.join('; ')
}

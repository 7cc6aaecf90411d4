/**
 * Link migrations: old links keep working. Each is a pure, idempotent rewrite of the query
 * parameters, applied in order before parsing. A change to the URL contract adds one here and a
 * test with the old link; it never breaks an old link.
 */
export interface Migration {
  id: string
  description: string
  migrate(params: URLSearchParams): URLSearchParams
}

/** None yet: the URL contract is at its first version. */
export const migrations: readonly Migration[] = []

export function applyMigrations(params: URLSearchParams, list: readonly Migration[] = migrations): URLSearchParams {
  return list.reduce((acc, m) => m.migrate(new URLSearchParams(acc)), params)
}

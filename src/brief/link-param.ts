/**
 * Takes a shared brief (`brief=`, docs/url-contract.md § Brief links) out of the address before
 * the URL store reads it: the brief is imported as a new draft once the data has loaded, and the
 * address keeps only the view's own parameters. Zod- and lz-string-free (first view).
 */
let pending: string | null = null

export function takeBriefParam(): void {
  if (typeof window === 'undefined') return
  const params = new URLSearchParams(window.location.search)
  const value = params.get('brief')
  if (value === null) return
  pending = value
  params.delete('brief')
  const search = params.toString()
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`)
}

/** Whether a shared brief is waiting to be opened. */
export function hasBriefParam(): boolean {
  return pending !== null
}

/** The shared brief taken from the address, once. */
export function consumeBriefParam(): string | null {
  const value = pending
  pending = null
  return value
}

/** Text search over provisions: case-, accent- and width-insensitive; Chinese matches by substring. */

/** Folds case, accents (é → e), full-width forms and curly quotes, and collapses spaces. */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Terms of a query: words split on spaces, quoted phrases kept whole. */
export function queryTerms(query: string): string[] {
  const folded = foldText(query)
  if (!folded) return []
  const terms: string[] = []
  const re = /"([^"]+)"|(\S+)/g
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const term = (m[1] ?? m[2] ?? '').trim()
    if (term) terms.push(term)
  }
  return terms
}

/** True when every term occurs in the haystack (already folded). */
export function matchesTerms(foldedHaystack: string, terms: readonly string[]): boolean {
  return terms.every((t) => foldedHaystack.includes(t))
}

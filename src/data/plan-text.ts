/**
 * Normalisation used to check verbatim US texts against the plan's full text (pdftotext output):
 * page furniture (running header, page numbers, footnote blocks) removed, footnote reference
 * numbers dropped, quotes and whitespace normalised. When comparing, hyphens inside a word are
 * ignored on both sides, because the extraction joins a word hyphenated across a line break
 * ("deepfake-\nrelated" → "deepfakerelated"). Nothing else is changed.
 */
const HEADER = 'AMERICA’S AI ACTION PLAN'

export function normaliseQuotes(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
}

export function normaliseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

/** Removes hyphens between two letters ("use-cases" → "usecases"), for comparison only. */
export function removeInWordHyphens(s: string): string {
  return s.replace(/(\p{L})-(?=\p{L})/gu, '$1')
}

/**
 * Where a page's footnote block starts. Usually a blank line, the footnote number, a blank line; but
 * where a bullet runs over the page break, the first footnote number directly follows a text line
 * ("…the Comprehensive\n21\n\nU.S. Code…"), so a footnote-number line followed by a blank line and a
 * footnote citation (a year, U.S.C., a URL, Federal Register) also counts. The earlier of the two wins.
 */
function footnoteStart(page: string): number {
  const usual = page.search(/\n\n\d+\n\n/)
  const afterText = page.search(/\n\d{1,2}\n\n(?=[A-Z][^\n]*(?:\n[^\n]+)?(?:\d{4}|U\.S\.C\.|www\.|Federal Register))/)
  if (afterText !== -1 && (usual === -1 || afterText < usual)) return afterText
  return usual
}

/** Each page's running text, page furniture (running header, page number, footnote block) removed. */
function pageBodies(raw: string): string[] {
  return raw.split(`${HEADER}\n`).map((page) => {
    const footer = footnoteStart(page)
    const body = footer === -1 ? page : page.slice(0, footer)
    return body.replace(/\n\d{1,2}\n*\f?\s*$/, '\n').replace(/\s+$/, '')
  })
}

function joinPages(bodies: string[]): string {
  const joined = bodies.join('\n')
  // Footnote reference numbers glued to the end of a word or sentence ("deployment.4", "1934. 5").
  const noMarkers = joined.replace(/([a-z.,;:)”"’])\d{1,2}(?=\s)/g, '$1').replace(/([.,;:”"’]) \d{1,2}(?=\n)/g, '$1')
  return normaliseWhitespace(normaliseQuotes(noMarkers))
}

/** The plan's running text, one string, pages joined where a bullet runs over a page break. */
export function planBody(raw: string): string {
  return joinPages(pageBodies(raw))
}

/**
 * The plan's bullets ("• …"), each ending at the next bullet or at the end of its paragraph (a
 * blank line inside a page; a page break does not end a bullet).
 */
export function planBullets(raw: string): string[] {
  const PARAGRAPH = '\u0001'
  const bodies = pageBodies(raw).map((body) => body.replace(/\n[ \t]*\n/g, ` ${PARAGRAPH} `))
  return joinPages(bodies)
    .split('• ')
    .slice(1)
    .map((b) => normaliseWhitespace(b.split(PARAGRAPH)[0] ?? ''))
}

/**
 * Whether a verbatim text (cuts marked with "…") occurs in the plan body: every fragment between
 * cuts must be found, in order. In-word hyphens are ignored on both sides (see above).
 */
export function occursInPlan(text: string, body: string): boolean {
  const plain = removeInWordHyphens(body)
  const fragments = removeInWordHyphens(normaliseWhitespace(normaliseQuotes(text)))
    .split('…')
    .map((f) => f.trim())
    .filter((f) => f.length > 0)
  let from = 0
  for (const fragment of fragments) {
    const at = plain.indexOf(fragment, from)
    if (at === -1) return false
    from = at + fragment.length
  }
  return fragments.length > 0
}

/**
 * The printed page on which a verbatim text starts: each page of the extracted text ends with its
 * page number on a line of its own, before the next running header.
 */
export function printedPageOf(text: string, raw: string): number | undefined {
  const first = normaliseWhitespace(normaliseQuotes(text))
    .split('…')
    .map((f) => f.trim())
    .find((f) => f.length > 0)
  if (!first) return undefined
  const probe = removeInWordHyphens(first).slice(0, 60)
  const pages = raw.split(`${HEADER}\n`)
  for (const page of pages) {
    const printed = Number(/\n(\d{1,2})\n*\f?\s*$/.exec(page)?.[1] ?? NaN)
    const body = removeInWordHyphens(planBody(page))
    if (body.includes(probe)) return Number.isNaN(printed) ? undefined : printed
  }
  return undefined
}

/**
 * Brings an archived dataset.json (an earlier data release, /api/v1/versions/<version>/) to the current
 * schema without inventing anything: a field that version did not record stays absent (the views then
 * say "Not coded"), and the fields are named so the version notice can say what that version lacks.
 * Never fills a code in.
 */

export interface Upgraded {
  json: unknown
  /** What the version did not record, in words for the notice (empty when nothing is missing). */
  notRecorded: string[]
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

export function upgradeDataset(json: unknown): Upgraded {
  if (!isRecord(json)) return { json, notRecorded: [] }
  const notRecorded: string[] = []
  const provisions = Array.isArray(json.provisions) ? json.provisions.filter(isRecord) : []
  // Who must act (actors, inferred actors, the agency list) came with 2026.12.06-1. Without them every
  // provision's actors stay absent ("Not coded"), never "not stated".
  if (!('agencies' in json) && provisions.every((p) => !('actors' in p))) {
    notRecorded.push('who must act (named and inferred actors): shown as not coded')
  }
  // The script of Chinese wording (zh-Hans / zh-Hant) was not recorded before nativeLang existed.
  if (provisions.some((p) => 'nativeText' in p) && provisions.every((p) => !('nativeLang' in p))) {
    notRecorded.push('the script of the Chinese wording (simplified or traditional)')
  }
  return { json, notRecorded }
}

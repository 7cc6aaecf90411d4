const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2025-07-23" → "23 July 2025"; "2025-07" → "July 2025"; "2025" → "2025". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-')
  const month = m ? MONTHS[Number(m) - 1] : undefined
  if (d && month) return `${Number(d)} ${month} ${y}`
  if (month) return `${month} ${y}`
  return y ?? iso
}

let grouping: Intl.NumberFormat | undefined

/** "1 provision", "12 provisions", "1,230 provisions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  // Small integers print as they are: skips Intl's number formatter, whose first use (per call,
  // with toLocaleString) costs milliseconds on the main thread while the first view renders.
  const count = Number.isInteger(n) && Math.abs(n) < 1000 ? String(n) : (grouping ??= new Intl.NumberFormat('en')).format(n)
  return `${count} ${n === 1 ? one : many}`
}

export const provenanceLabels = {
  'verbatim-official': 'Official text',
  'verbatim-quoted': 'Quoted in a third-party source',
  'altered-copy': 'Altered copy, not official wording',
  described: 'Described, not quoted',
} as const

/** What each provenance means, for badges' explanations, legends and citations. */
export const provenanceExplanations = {
  'verbatim-official': 'The plan’s own words, read in the official text or a faithful full copy of it.',
  'verbatim-quoted': 'The plan’s words as a third-party source quotes them; the official text itself was not seen.',
  'altered-copy':
    'Seen only in a repost whose script or locale conversion changed words (traditional characters, 人工智慧 for 人工智能, 「」 quotation marks). Shown as evidence of content, never as the plan’s wording.',
  described: 'No wording of the plan was seen; this is a description from secondary sources, in our words.',
} as const

/** One label per orientation code, used by Compare, Charts, the deck and exports alike. */
export const orientationLabels = {
  domestic: 'Domestic',
  allies: 'With allies',
  global: 'Global',
  competitive: 'Competitive',
  cooperative: 'Cooperative',
  neutral: 'Neutral',
  government: 'Government-led',
  market: 'Market-led',
  multistakeholder: 'Multistakeholder',
  'not-stated': 'Actor not stated',
} as const

/** Whether a reader may copy the provision's text as the plan's words (official, or quoted by a third party). */
export function isPlanWording(p: { provenance: string }): boolean {
  return p.provenance === 'verbatim-official' || p.provenance === 'verbatim-quoted'
}

/** The language tag of a provision's Chinese text: traditional script only where the data says so. */
export function nativeLangOf(p: { nativeLang?: 'zh-Hans' | 'zh-Hant' | undefined }): 'zh-Hans' | 'zh-Hant' {
  return p.nativeLang ?? 'zh-Hans'
}

/** Shown wherever Chinese wording is copied: the stored copies use ASCII punctuation. */
export const ASCII_PUNCTUATION_CAVEAT =
  'Chinese punctuation as in the stored copy: commas and colons appear there as ASCII “,” “:”, where the official text has “，” “：”.'

export const statusLabels = {
  'no-evidence': 'No implementing act found',
  'in-progress': 'In progress',
  delivered: 'Delivered',
  contradicted: 'Contradicted',
} as const

/**
 * What each implementation status means (docs/coding-method.md § Implementation status). The data
 * records evidence of implementation, not which provisions were searched for it, so the default
 * says only that no record exists.
 */
export const statusExplanations = {
  'no-evidence':
    'No implementing act is recorded in this data. The data does not record which provisions were searched for one, so this is neither “checked, none found” nor “not done”.',
  'in-progress': 'An implementing act exists (an executive order, a request for information, a programme launch), backed by a dated event.',
  delivered: 'The concrete output the provision asked for exists (issued guidance, a published evaluation, a founded body).',
  contradicted: 'A later official act points the other way.',
} as const

export const relationLabels = {
  converge: 'Converge',
  diverge: 'Diverge',
  mixed: 'Mixed',
  'us-only': 'Only the US plan addresses it',
  'cn-only': 'Only China’s plan addresses it',
} as const

export const verificationLabels = {
  verified: 'Verified',
  secondary: 'Secondary source',
  unverified: 'Unverified',
} as const

/** The definitions of the method's verification note, one sentence each. */
export const verificationExplanations = {
  verified: 'A primary or official record of the event (an order, a notice, an agency release, the plan) was opened and read.',
  secondary: 'Known from news or analysis that report it; no primary or official record of it was opened.',
  unverified: 'Known only from a weak, unattributed or unretrieved source; treat with caution.',
} as const

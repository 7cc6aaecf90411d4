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
  described: 'Described, not quoted',
} as const

export const statusLabels = {
  'no-evidence': 'No implementing act found',
  'in-progress': 'In progress',
  delivered: 'Delivered',
  contradicted: 'Contradicted',
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

/**
 * Reads the drafts back from local storage and checks each with Zod. A damaged draft (edited by
 * hand, written by another version, cut short) is named in a notice and kept in storage as it was;
 * the others open as usual. Loaded on demand by ./store.ts.
 */
import { Brief, StoredDrafts } from './schema'

export interface ReadResult {
  drafts: Brief[]
  activeId: string | null
  damaged: unknown[]
  notices: string[]
}

function describe(raw: unknown, n: number): string {
  const title =
    typeof raw === 'object' && raw !== null && typeof (raw as { title?: unknown }).title === 'string'
      ? (raw as { title: string }).title
      : ''
  return title ? `“${title.slice(0, 60)}”` : `number ${n}`
}

export function readDrafts(text: string | null): ReadResult {
  if (text === null) return { drafts: [], activeId: null, damaged: [], notices: [] }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return {
      drafts: [],
      activeId: null,
      damaged: [],
      notices: ['The briefs stored in this browser could not be read (the stored text is damaged); starting with no drafts.'],
    }
  }
  const stored = StoredDrafts.safeParse(json)
  if (!stored.success)
    return {
      drafts: [],
      activeId: null,
      damaged: [],
      notices: ['The briefs stored in this browser are in a form this version cannot read; starting with no drafts.'],
    }
  const drafts: Brief[] = []
  const damaged: unknown[] = []
  const names: string[] = []
  stored.data.drafts.forEach((raw, i) => {
    const parsed = Brief.safeParse(raw)
    if (parsed.success && !drafts.some((d) => d.id === parsed.data.id)) drafts.push(parsed.data)
    else {
      damaged.push(raw)
      names.push(describe(raw, i + 1))
    }
  })
  const notices = names.length
    ? [
        `${names.length === 1 ? 'A stored draft' : `${names.length} stored drafts`} could not be read and ${names.length === 1 ? 'is' : 'are'} left out: ${names.join(', ')}. The other drafts are intact.`,
      ]
    : []
  const activeId = drafts.some((d) => d.id === stored.data.activeId) ? stored.data.activeId : (drafts[0]?.id ?? null)
  return { drafts, activeId, damaged, notices }
}

/**
 * The brief store (docs/architecture.md § Brief): the named drafts in local storage, the open one,
 * the last removal (for Undo) and the panel's open state. Zod-free: the first view imports it (the
 * "Add to brief" buttons), and the drafts are read and checked with Zod only when `load()` runs
 * (./persist.ts, on demand). Every change is written back at once, so a reload or a browser
 * restart loses nothing.
 */
import { create } from 'zustand'
import { sameItem, type NewBriefItem } from './items'
import type { Brief, BriefItem } from './schema'

export const STORAGE_KEY = 'parallax:briefs'

export interface RemovedItem {
  briefId: string
  item: BriefItem
  index: number
}

export interface BriefStore {
  /** Whether the drafts have been read from storage. */
  loaded: boolean
  drafts: Brief[]
  activeId: string | null
  /** Stored drafts that failed validation: kept in storage as they were, never shown or overwritten. */
  damaged: unknown[]
  /** What the panel must tell the briefer (a damaged draft, a shared link that lost items). */
  notices: string[]
  removed: RemovedItem | null
  open: boolean
  /** Presenting the open brief (instead of the filters' deck). */
  presenting: boolean
  load(): Promise<void>
  add(item: NewBriefItem): Promise<void>
  remove(key: string): void
  undo(): void
  move(from: number, to: number): void
  setPoints(key: string, points: string): void
  setTitle(title: string): void
  setSubtitle(subtitle: string): void
  newDraft(title?: string): void
  switchDraft(id: string): void
  deleteDraft(id: string): void
  /** A brief from a shared link, always as a new draft: it never replaces one of the briefer's. */
  importDraft(brief: Pick<Brief, 'title' | 'subtitle' | 'items'>, notices: string[]): void
  addNotices(lines: string[]): void
  dismissNotices(): void
  setOpen(open: boolean): void
  setPresenting(presenting: boolean): void
}

const PRESENTING_KEY = 'parallax:presenting-brief'

function readPresenting(): boolean {
  try {
    return typeof window !== 'undefined' && window.sessionStorage.getItem(PRESENTING_KEY) === '1'
  } catch {
    return false
  }
}

let counter = 0
/** A short id, unique enough within one browser's drafts (item keys, draft ids). */
export function newKey(prefix: string): string {
  counter += 1
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 6)}`
}

function emptyDraft(title = 'Untitled brief'): Brief {
  return { id: newKey('b'), title, subtitle: '', items: [], updatedAt: new Date().toISOString() }
}

function save(s: Pick<BriefStore, 'drafts' | 'activeId' | 'damaged'>): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, activeId: s.activeId, drafts: [...s.drafts, ...s.damaged] }))
  } catch {
    // Storage full or blocked (private mode): the brief stays in memory; the panel still works.
  }
}

/** A title not yet used by another draft ("Brief", "Brief (2)"). */
function freeTitle(drafts: readonly Brief[], title: string): string {
  const used = new Set(drafts.map((d) => d.title))
  if (!used.has(title)) return title
  for (let n = 2; ; n++) if (!used.has(`${title} (${n})`)) return `${title} (${n})`
}

export const useBriefStore = create<BriefStore>()((set, get) => {
  /** Changes the open draft (creating one if there is none) and saves. */
  const change = (edit: (b: Brief) => Brief) => {
    const s = get()
    let drafts = s.drafts
    let activeId = s.activeId
    if (!drafts.some((d) => d.id === activeId)) {
      const fresh = emptyDraft(freeTitle(drafts, 'Untitled brief'))
      drafts = [...drafts, fresh]
      activeId = fresh.id
    }
    drafts = drafts.map((d) => (d.id === activeId ? { ...edit(d), updatedAt: new Date().toISOString() } : d))
    set({ drafts, activeId })
    save({ drafts, activeId, damaged: s.damaged })
  }
  return {
    loaded: false,
    drafts: [],
    activeId: null,
    damaged: [],
    notices: [],
    removed: null,
    open: false,
    presenting: readPresenting(),
    async load() {
      if (get().loaded) return
      const { readDrafts } = await import('./persist')
      if (get().loaded) return
      const read = readDrafts(typeof window === 'undefined' ? null : window.localStorage.getItem(STORAGE_KEY))
      set({
        loaded: true,
        drafts: read.drafts,
        activeId: read.activeId,
        damaged: read.damaged,
        notices: [...get().notices, ...read.notices],
      })
    },
    async add(item) {
      await get().load()
      const active = get().drafts.find((d) => d.id === get().activeId)
      if (active?.items.some((i) => sameItem(i, item))) return
      const full = { ...item, key: newKey('i'), points: '' } as BriefItem
      change((b) => ({ ...b, items: [...b.items, full] }))
    },
    remove(key) {
      const s = get()
      const active = s.drafts.find((d) => d.id === s.activeId)
      const index = active?.items.findIndex((i) => i.key === key) ?? -1
      const item = active?.items[index]
      if (!active || !item) return
      change((b) => ({ ...b, items: b.items.filter((i) => i.key !== key) }))
      set({ removed: { briefId: active.id, item, index } })
    },
    undo() {
      const r = get().removed
      if (!r) return
      set({ removed: null })
      const drafts = get().drafts.map((d) => {
        if (d.id !== r.briefId || d.items.some((i) => i.key === r.item.key)) return d
        const items = [...d.items]
        items.splice(Math.min(r.index, items.length), 0, r.item)
        return { ...d, items, updatedAt: new Date().toISOString() }
      })
      set({ drafts })
      save({ ...get(), drafts })
    },
    move(from, to) {
      change((b) => {
        if (from < 0 || from >= b.items.length || to < 0 || to >= b.items.length || from === to) return b
        const items = [...b.items]
        const [moved] = items.splice(from, 1)
        if (moved) items.splice(to, 0, moved)
        return { ...b, items }
      })
    },
    setPoints(key, points) {
      change((b) => ({ ...b, items: b.items.map((i) => (i.key === key ? { ...i, points } : i)) }))
    },
    setTitle(title) {
      change((b) => ({ ...b, title }))
    },
    setSubtitle(subtitle) {
      change((b) => ({ ...b, subtitle }))
    },
    newDraft(title) {
      const s = get()
      const fresh = emptyDraft(freeTitle(s.drafts, title ?? 'Untitled brief'))
      const drafts = [...s.drafts, fresh]
      set({ drafts, activeId: fresh.id, removed: null })
      save({ drafts, activeId: fresh.id, damaged: s.damaged })
    },
    switchDraft(id) {
      if (!get().drafts.some((d) => d.id === id)) return
      set({ activeId: id, removed: null })
      save(get())
    },
    deleteDraft(id) {
      const s = get()
      const drafts = s.drafts.filter((d) => d.id !== id)
      const activeId = s.activeId === id ? (drafts[drafts.length - 1]?.id ?? null) : s.activeId
      set({ drafts, activeId, removed: null })
      save({ drafts, activeId, damaged: s.damaged })
    },
    importDraft(brief, notices) {
      const s = get()
      const fresh: Brief = {
        ...emptyDraft(),
        title: freeTitle(s.drafts, brief.title || 'Shared brief'),
        subtitle: brief.subtitle,
        items: brief.items.map((i) => ({ ...i, key: newKey('i') })),
      }
      const drafts = [...s.drafts, fresh]
      set({ drafts, activeId: fresh.id, notices: [...s.notices, ...notices], open: true, removed: null })
      save({ drafts, activeId: fresh.id, damaged: s.damaged })
    },
    addNotices(lines) {
      if (lines.length) set({ notices: [...get().notices, ...lines] })
    },
    dismissNotices() {
      set({ notices: [] })
    },
    setOpen(open) {
      set({ open })
      if (open) void get().load()
    },
    setPresenting(presenting) {
      set({ presenting })
      try {
        // The speaker-notes window (opened from the deck) starts with a copy of this session's storage.
        if (presenting) window.sessionStorage.setItem(PRESENTING_KEY, '1')
        else window.sessionStorage.removeItem(PRESENTING_KEY)
      } catch {
        // Storage blocked: the deck still works in this window.
      }
    },
  }
})

/** The open draft, or undefined before the first item. */
export function useActiveBrief(): Brief | undefined {
  return useBriefStore((s) => s.drafts.find((d) => d.id === s.activeId))
}

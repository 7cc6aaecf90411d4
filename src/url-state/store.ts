/**
 * The in-memory mirror of the URL. The URL is the source of truth: every change goes through
 * `update`, which writes history (push for navigations, replace for filters and typing), and
 * `popstate` re-reads it.
 */
import { create } from 'zustand'
import { locationFor, parseLocation } from './url'
import { defaultViewState, filterParams, pushParams, type ViewState } from './view-state'

export interface UrlStore {
  state: ViewState
  /** Lines of the current "ignored in this link" notice; empty when there is none. */
  notices: string[]
  /** Replace the URL's state with a patch; `mode` overrides the push/replace rule. */
  update(patch: Partial<ViewState>, mode?: 'push' | 'replace'): void
  /** Clear the filters, keeping view, selection and presentation. */
  resetFilters(): void
  addNotices(lines: string[]): void
  dismissNotices(): void
  /** Read window.location, normalise it with replaceState and report what was ignored. */
  syncFromLocation(options?: { report: boolean }): void
}

function currentLocation(): ReturnType<typeof parseLocation> {
  return typeof window === 'undefined' ? parseLocation('/', '', '/') : parseLocation(window.location.pathname, window.location.search)
}

/** Writes the state's location (its permanent page where it has one; see `locationFor`). */
function writeHistory(state: ViewState, mode: 'push' | 'replace'): void {
  if (typeof window === 'undefined') return
  const target = locationFor(state, window.location.pathname)
  if (target === `${window.location.pathname}${window.location.search}`) return
  const url = `${target}${window.location.hash}`
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
}

function isNavigation(before: ViewState, after: ViewState): boolean {
  return pushParams.some((k) => before[k] !== after[k])
}

export const useUrlStore = create<UrlStore>()((set, get) => ({
  state: currentLocation().state,
  notices: [],
  update(patch, mode) {
    const before = get().state
    const after: ViewState = { ...before, ...patch }
    if (!after.present) after.slide = 1
    writeHistory(after, mode ?? (isNavigation(before, after) ? 'push' : 'replace'))
    set({ state: after })
  },
  resetFilters() {
    const patch: Partial<ViewState> = {}
    for (const k of filterParams) (patch as Record<string, unknown>)[k] = defaultViewState[k]
    get().update(patch, 'replace')
  },
  addNotices(lines) {
    if (lines.length) set({ notices: [...get().notices, ...lines] })
  },
  dismissNotices() {
    set({ notices: [] })
  },
  syncFromLocation(options = { report: true }) {
    const parsed = currentLocation()
    if (typeof window !== 'undefined') {
      const canonical = locationFor(parsed.state, window.location.pathname)
      if (canonical !== `${window.location.pathname}${window.location.search}`) {
        window.history.replaceState(window.history.state, '', `${canonical}${window.location.hash}`)
      }
    }
    // Keep the same object when nothing changed: hydrating the pre-rendered view compares it with
    // the store's initial state, and a new but equal object would re-render every subscriber.
    const same = JSON.stringify(parsed.state) === JSON.stringify(get().state)
    set({ state: same ? get().state : parsed.state, notices: options.report ? parsed.notices : get().notices })
  },
}))

/** Keeps the store in step with Back and Forward. Returns the cleanup. */
export function startHistorySync(): () => void {
  const onPop = () => useUrlStore.getState().syncFromLocation({ report: true })
  window.addEventListener('popstate', onPop)
  return () => window.removeEventListener('popstate', onPop)
}

/** Selects part of the view state. */
export function useViewState<T>(pick: (s: ViewState) => T): T {
  return useUrlStore((s) => pick(s.state))
}

/**
 * Offline support: after a first visit the app and its data keep working without a network
 * (docs/architecture.md § Service worker). vite-plugin-pwa generates dist/sw.js with Workbox,
 * precaching the build and api/v1/dataset.json with content revisions, so a new build replaces a
 * stale dataset. The worker is a same-origin file registered here (no inline script, the CSP stays
 * 'self').
 *
 * Registered in every production build, never in jsdom tests or the dev server (where MSW's own
 * worker may run). Whatever drives the browser gets the same behaviour: end-to-end tests that
 * intercept requests block service workers through Playwright's own context option instead.
 */
import { create } from 'zustand'

interface SwUpdateStore {
  /** Set when a newer version is installed and waiting; calling it activates it and reloads. */
  activate: (() => void) | null
}

export const useSwUpdate = create<SwUpdateStore>()(() => ({ activate: null }))

export function shouldRegister(env: { PROD: boolean; MODE: string }, nav: Navigator): boolean {
  return env.PROD && env.MODE !== 'test' && 'serviceWorker' in nav
}

export async function registerServiceWorker(): Promise<void> {
  if (!shouldRegister(import.meta.env, navigator)) return
  const { Workbox } = await import('workbox-window')
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
  // 'prompt': a new version waits until the briefer chooses to reload (or the next visit), so a
  // deck on screen never changes under the presenter.
  wb.addEventListener('waiting', () => {
    useSwUpdate.setState({
      activate: () => {
        wb.addEventListener('controlling', () => window.location.reload())
        wb.messageSkipWaiting()
      },
    })
  })
  try {
    await wb.register()
  } catch {
    // No offline copy this time (e.g. storage disabled); the app works online as before.
  }
}

/**
 * Registers once the page has loaded, settled for a few seconds and the browser is idle:
 * precaching (the whole build, charts included) then never competes with the first view or the
 * briefer's first clicks.
 */
export function registerWhenSettled(delayMs = 4000): void {
  if (!shouldRegister(import.meta.env, navigator)) return
  const idle = (run: () => void) =>
    typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run, 0)
  const settle = () => window.setTimeout(() => idle(() => void registerServiceWorker()), delayMs)
  if (document.readyState === 'complete') settle()
  else window.addEventListener('load', settle, { once: true })
}

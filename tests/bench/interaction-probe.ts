/**
 * Runs inside the page (passed to page.evaluate, so it must not close over anything). Times each
 * trusted click on a filter checkbox: from the click event's timestamp (performance.mark
 * 'bench:toggle-start') to the end of the first frame painted after the view (main, minus the filter
 * panel) stopped changing (requestAnimationFrame, then setTimeout 0 — the task after that frame's paint).
 * Event Timing entries (durationThreshold 16) are kept as a cross-check.
 */
export interface ProbeSample {
  start: number
  /** To the first frame after the click. */
  firstFrame: number
  /** To the frame after the view's last change (= firstFrame when it all happens in one frame). */
  total: number
  /** Whether anything in the view (outside the filter panel) changed. */
  mutated: boolean
  /** Longest Event Timing duration of this click's interaction; null when its click was under the 16 ms threshold. */
  eventTiming: number | null
}

export interface EventTiming {
  startTime: number
  duration: number
  name: string
  interactionId: number
}

export interface Probe {
  next(): Promise<ProbeSample>
  eventTimings(): EventTiming[]
}

declare global {
  interface Window {
    __benchProbe?: Probe
  }
}

export function installProbe(): void {
  const main = document.querySelector('main')
  if (!main) throw new Error('no <main> to observe')
  const panel = document.querySelector('.filter-panel')
  let lastMutation = 0
  let mutated = false
  new MutationObserver((records) => {
    if (records.some((r) => !panel?.contains(r.target))) {
      lastMutation = performance.now()
      mutated = true
    }
  }).observe(main, { subtree: true, childList: true, attributes: true, characterData: true })

  const timings: EventTiming[] = []
  new PerformanceObserver((list) => {
    // interactionId is in Chromium but not yet in TypeScript's DOM types.
    for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId?: number })[]) {
      timings.push({ startTime: e.startTime, duration: e.duration, name: e.name, interactionId: e.interactionId ?? 0 })
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit)

  const frameStart = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())))
  const afterPaint = () => new Promise<number>((r) => setTimeout(() => r(performance.now()), 0))
  let pending: Promise<ProbeSample> | null = null

  window.addEventListener(
    'click',
    (ev) => {
      if (!(ev.target instanceof HTMLInputElement)) return
      const start = ev.timeStamp
      performance.mark('bench:toggle-start', { startTime: start })
      mutated = false
      lastMutation = 0
      pending = (async () => {
        let firstFrame = 0
        let end = 0
        for (let i = 0; i < 600; i++) {
          const raf = await frameStart()
          const now = await afterPaint()
          if (!firstFrame) firstFrame = now
          if (lastMutation > raf) continue // changed after this frame began rendering: not on screen yet
          if (end && lastMutation <= end) break // a whole frame without change confirms the end
          end = now
        }
        performance.mark('bench:toggle-end', { startTime: end })
        performance.measure('bench:toggle', 'bench:toggle-start', 'bench:toggle-end')
        // Event Timing entries are queued after the paint; give them a moment.
        await new Promise((r) => setTimeout(r, 50))
        // As INP does: the longest entry of this click's interaction (pointerdown, pointerup, click).
        const click = timings.find((t) => t.name === 'click' && Math.abs(t.startTime - start) < 1)
        const related = click ? timings.filter((t) => t.interactionId === click.interactionId) : []
        const eventTiming = related.length ? Math.max(...related.map((t) => t.duration)) : null
        return { start, firstFrame: firstFrame - start, total: end - start, mutated, eventTiming }
      })()
    },
    { capture: true },
  )

  window.__benchProbe = {
    next: () => {
      if (!pending) return Promise.reject(new Error('no click was seen'))
      const p = pending
      pending = null
      return p
    },
    eventTimings: () => timings,
  }
}

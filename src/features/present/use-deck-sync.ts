import { useEffect, useMemo, useRef } from 'react'

/** The second window's URL: the same deck link, plus a hash naming the session to follow. */
const HASH_PREFIX = '#speaker-notes='

export type DeckMessage = { type: 'slide'; slide: number } | { type: 'hello' } | { type: 'exit' }

function newSessionId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2)
}

/** The session a speaker window follows, or null in the main window. */
export function speakerSession(hash = typeof window === 'undefined' ? '' : window.location.hash): string | null {
  return hash.startsWith(HASH_PREFIX) ? decodeURIComponent(hash.slice(HASH_PREFIX.length)) || null : null
}

/** Opens (or re-uses) the speaker window; null when the browser blocked it. */
export function openSpeakerWindow(session: string): Window | null {
  const { pathname, search } = window.location
  return window.open(
    `${pathname}${search}${HASH_PREFIX}${encodeURIComponent(session)}`,
    `parallax-notes-${session}`,
    'popup,width=1000,height=760',
  )
}

function isMessage(data: unknown): data is DeckMessage {
  if (typeof data !== 'object' || data === null) return false
  const m = data as { type?: unknown; slide?: unknown }
  return m.type === 'hello' || m.type === 'exit' || (m.type === 'slide' && typeof m.slide === 'number' && Number.isInteger(m.slide))
}

/**
 * Keeps the deck and its speaker window on the same slide over a BroadcastChannel named for this
 * presentation (another tab's deck is not affected). A slide that arrived from the other window
 * is not echoed back, so quick key presses never make the windows chase each other.
 */
export function useDeckSync(
  current: number,
  go: (n: number) => void,
  options: { session?: string; onExit?: () => void; announceExit?: boolean } = {},
) {
  const id = useMemo(() => options.session ?? newSessionId(), [options.session])
  const channel = useRef<BroadcastChannel | null>(null)
  const remote = useRef<number | null>(null)
  const announceExit = options.announceExit ?? false
  const latest = useRef({ current, go, onExit: options.onExit })
  useEffect(() => {
    latest.current = { current, go, onExit: options.onExit }
  })

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ch = new BroadcastChannel(`parallax-presentation:${id}`)
    channel.current = ch
    ch.onmessage = (e: MessageEvent<unknown>) => {
      if (!isMessage(e.data)) return
      if (e.data.type === 'hello') ch.postMessage({ type: 'slide', slide: latest.current.current } satisfies DeckMessage)
      else if (e.data.type === 'exit') latest.current.onExit?.()
      else if (e.data.slide !== latest.current.current) {
        remote.current = e.data.slide
        latest.current.go(e.data.slide)
      }
    }
    ch.postMessage({ type: 'hello' } satisfies DeckMessage)
    return () => {
      if (announceExit) ch.postMessage({ type: 'exit' } satisfies DeckMessage)
      ch.close()
      channel.current = null
    }
  }, [id, announceExit])

  useEffect(() => {
    if (remote.current === current) return
    remote.current = null
    channel.current?.postMessage({ type: 'slide', slide: current } satisfies DeckMessage)
  }, [current])

  return useMemo(() => ({ id, post: (m: DeckMessage) => channel.current?.postMessage(m) }), [id])
}

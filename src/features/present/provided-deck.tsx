import { useEffect, useRef, useState, type ReactNode } from 'react'
import { clampSlide } from '../../lib/slides'
import { useUrlStore } from '../../url-state/store'
import { runDeckAction } from './deck-actions'
import { BlankScreen } from './blank-screen'
import { DeckToolbar } from './deck-toolbar'
import { KeyHelp } from './key-help'
import type { ProvidedDeck } from './presentation-props'
import { useDeckKeys, type DeckAction } from './use-deck-keys'
import { openSpeakerWindow, useDeckSync } from './use-deck-sync'
import { useFitSlide } from './use-fit-slide'
import { leaveFullscreen, useFullscreen } from './use-fullscreen'
import { useHighContrast } from './use-high-contrast'

/** The slide number in the URL (`slide`), kept inside a deck made elsewhere. */
function useProvidedSlides(deck: ProvidedDeck) {
  const slide = useUrlStore((s) => s.state.slide)
  const current = clampSlide(slide, deck.slides.length)
  const go = (n: number) => {
    const target = clampSlide(n, deck.slides.length)
    if (target !== useUrlStore.getState().state.slide) useUrlStore.getState().update({ slide: target }, 'replace')
  }
  return { current, go }
}

/**
 * A deck whose slides are made elsewhere (the brief, composed in src/app): the same keys, toolbar,
 * blank screen, key help, speaker notes, projector type and print rules as the filters' deck.
 */
export function ProvidedDeckView({ deck, notice, onExit }: { deck: ProvidedDeck; notice?: ReactNode; onExit: () => void }) {
  const { current, go } = useProvidedSlides(deck)
  const [blank, setBlank] = useState(false)
  const [help, setHelp] = useState(false)
  const [notes, setNotes] = useState(false)
  const [contrast, toggleContrast] = useHighContrast()
  const [fullscreen, toggleFullscreen] = useFullscreen()
  const root = useRef<HTMLDivElement>(null)
  const stage = useRef<HTMLDivElement>(null)
  const count = deck.slides.length
  const slide = deck.slides[current - 1]

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const title = document.title
    document.documentElement.classList.add('is-presenting')
    root.current?.focus()
    return () => {
      document.title = title
      document.documentElement.classList.remove('is-presenting')
      leaveFullscreen()
      if (before && before !== document.body && before.isConnected) before.focus()
    }
  }, [])
  useEffect(() => {
    if (slide) document.title = `${slide.title} (${current} / ${count}) — Parallax presentation`
  }, [slide, current, count])

  const act = (action: DeckAction | 'contrast' | 'exit') =>
    runDeckAction(action, {
      current,
      count,
      blank,
      help,
      go,
      toggleFullscreen,
      setBlank,
      setHelp,
      toggleNotes: () => setNotes(!notes),
      toggleContrast,
      exit: onExit,
    })
  useDeckKeys(act)
  useFitSlide(stage, current)
  const sync = useDeckSync(current, go, { announceExit: true })

  return (
    <div
      ref={root}
      className={`deck deck--provided${contrast ? ' deck--contrast' : ''}${notes ? ' deck--notes' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label="Presentation"
      tabIndex={-1}
    >
      {notice}
      <div className="deck__main">
        <div className="deck__stage" ref={stage}>
          {deck.slides.map((s, i) => (
            <section
              key={s.id}
              className={`slide slide--${s.kind}${i + 1 === current ? ' slide--current' : ''}`}
              aria-roledescription="slide"
              aria-label={`${i + 1} of ${count}: ${s.title}`}
              data-slide={i + 1}
              inert={i + 1 !== current}
            >
              {deck.renderSlide(i)}
              <p className="slide__footer" aria-hidden="true">
                <span>Parallax</span>
                <span>
                  {i + 1} / {count}
                </span>
              </p>
            </section>
          ))}
        </div>
        {notes && slide && (
          <aside className="deck__notes" aria-label="Speaker notes">
            <button
              type="button"
              className="button notes__window"
              onClick={() => {
                openSpeakerWindow(sync.id)
                setNotes(false)
              }}
            >
              Open notes in a separate window
            </button>
            <div className="notes__content">
              <h2 className="notes__title">Notes: {slide.title}</h2>
              {deck.renderNotes(current - 1)}
              <p className="notes__next">{deck.slides[current] ? `Next: ${deck.slides[current].title}` : 'This is the last slide.'}</p>
            </div>
          </aside>
        )}
      </div>
      <DeckToolbar
        current={current}
        count={count}
        notes={notes}
        contrast={contrast}
        fullscreen={fullscreen}
        print={false}
        // A brief prints as it is shown: one slide per page.
        onAction={(a) => (a === 'print' ? window.print() : act(a))}
      />
      {help && <KeyHelp onClose={() => setHelp(false)} />}
      {blank && <BlankScreen onBack={() => setBlank(false)} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {slide ? `Slide ${current} of ${count}: ${slide.title}` : ''}
      </p>
    </div>
  )
}

/** The speaker window of a provided deck: its notes, in step with the projector. */
export function ProvidedSpeakerWindow({ deck, session }: { deck: ProvidedDeck; session: string }) {
  const { current, go } = useProvidedSlides(deck)
  const count = deck.slides.length
  const slide = deck.slides[current - 1]
  useDeckSync(current, go, { session, onExit: () => window.close() })
  useDeckKeys((action) => {
    if (action === 'next') go(current + 1)
    else if (action === 'previous') go(current - 1)
    else if (action === 'first') go(1)
    else if (action === 'last') go(count)
    else if (action === 'escape') window.close()
  })
  return (
    <div className="deck deck--speaker" role="dialog" aria-modal="true" aria-label="Speaker notes window">
      <div className="speaker__bar" role="toolbar" aria-label="Speaker controls">
        <button type="button" className="deck-button" onClick={() => go(current - 1)} disabled={current <= 1}>
          Previous slide
        </button>
        <p className="deck-toolbar__progress">
          {current} / {count}
        </p>
        <button type="button" className="deck-button" onClick={() => go(current + 1)} disabled={current >= count}>
          Next slide
        </button>
      </div>
      <main className="speaker__notes">
        {slide && (
          <div className="notes__content">
            <h2 className="notes__title">Notes: {slide.title}</h2>
            {deck.renderNotes(current - 1)}
          </div>
        )}
      </main>
    </div>
  )
}

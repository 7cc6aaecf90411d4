import { useEffect, useState } from 'react'
import { indexDataset } from '../../lib/dataset-index'
import type { PresentationProps } from './presentation-props'
import { SpeakerNotes } from './speaker-notes'
import { useDeckKeys } from './use-deck-keys'
import { useDeckSlides } from './use-deck-slides'
import { useDeckSync } from './use-deck-sync'

function useElapsed(): string {
  const [start] = useState(() => Date.now())
  const [now, setNow] = useState(start)
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  const s = Math.floor((now - start) / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/**
 * The presenter's second window (S, then "Open notes in a separate window"): the notes of the
 * slide on the projector, what comes next and a clock, in step with the deck both ways.
 */
export function SpeakerWindow({ dataset, session }: Pick<PresentationProps, 'dataset'> & { session: string }) {
  const { slides, current, go } = useDeckSlides(dataset)
  const index = indexDataset(dataset)
  const elapsed = useElapsed()
  const slide = slides[current - 1]
  useDeckSync(current, go, { session, onExit: () => window.close() })
  useDeckKeys((action) => {
    if (action === 'next') go(current + 1)
    else if (action === 'previous') go(current - 1)
    else if (action === 'first') go(1)
    else if (action === 'last') go(slides.length)
    else if (action === 'escape') window.close()
  })
  useEffect(() => {
    document.title = `Speaker notes (${current} / ${slides.length}) — Parallax`
  }, [current, slides.length])

  return (
    <div className="deck deck--speaker" role="dialog" aria-modal="true" aria-label="Speaker notes window">
      <div className="speaker__bar" role="toolbar" aria-label="Speaker controls">
        <button type="button" className="deck-button" onClick={() => go(current - 1)} disabled={current <= 1}>
          Previous slide
        </button>
        <p className="deck-toolbar__progress">
          {current} / {slides.length}
        </p>
        <button type="button" className="deck-button" onClick={() => go(current + 1)} disabled={current >= slides.length}>
          Next slide
        </button>
        <p className="speaker__clock">
          <span className="visually-hidden">Time since the notes opened: </span>
          {elapsed}
        </p>
      </div>
      <main className="speaker__notes">{slide && <SpeakerNotes slide={slide} next={slides[current]} index={index} />}</main>
    </div>
  )
}

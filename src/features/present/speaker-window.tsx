import { useEffect, useState } from 'react'
import { useFilterState } from '../../components/search'
import { indexDataset } from '../../lib/dataset-index'
import type { Slide } from '../../lib/slides'
import { chartHeadline } from './chart-headline'
import { useViewLinks } from './deck'
import type { PresentationProps } from './presentation-props'
import { SlideFrame } from './slide-frame'
import { SpeakerNotes } from './speaker-notes'
import { useDeckKeys } from './use-deck-keys'
import { useDeckSlides } from './use-deck-slides'
import { useDeckSync } from './use-deck-sync'

function useElapsed(): [string, () => void] {
  const [start, setStart] = useState(() => Date.now())
  const [now, setNow] = useState(start)
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  const s = Math.max(0, Math.floor((now - start) / 1000))
  const reset = () => {
    const t = Date.now()
    setStart(t)
    setNow(t)
  }
  return [`${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`, reset]
}

/** A slide drawn small, as the room sees it; the notes carry its content for assistive technology. */
function Preview({
  slide,
  number,
  slides,
  label,
  ...rest
}: { slide: Slide; number: number; slides: readonly Slide[]; label: string } & Omit<PresentationProps, 'notice'>) {
  const links = useViewLinks()
  const { state } = useFilterState(rest.dataset)
  const dims = slides.filter((s) => s.kind === 'dimension')
  const count = slides.length
  return (
    <figure className="speaker__preview" aria-label={`${label}: ${slide.title}`}>
      <figcaption className="speaker__preview-label">
        {label} · {number} / {count}
      </figcaption>
      <div className="speaker__frame" aria-hidden="true" inert>
        <SlideFrame
          slide={slide}
          number={number}
          count={count}
          current
          dimensionPosition={
            slide.kind === 'dimension' ? `Dimension ${dims.findIndex((d) => d.id === slide.id) + 1} of ${dims.length}` : ''
          }
          allDimensions={dims.length === rest.dataset.dimensions.length}
          links={links}
          renderChart={rest.renderChart}
          headline={slide.kind === 'chart' ? chartHeadline(rest.dataset, state, slide.chartId, slide.indicatorIds) : undefined}
        />
      </div>
    </figure>
  )
}

/**
 * The presenter's own window (S in the deck): the slide on the projector and the next one, the
 * notes and a timer, in step with the deck both ways (use-deck-sync.ts).
 */
export function SpeakerWindow({ dataset, renderChart, session }: Omit<PresentationProps, 'notice'> & { session: string }) {
  const { slides, current, go } = useDeckSlides(dataset)
  const index = indexDataset(dataset)
  const [elapsed, resetClock] = useElapsed()
  const slide = slides[current - 1]
  const next = slides[current]
  useDeckSync(current, go, { session, onExit: () => window.close() })
  useDeckKeys((action) => {
    if (action === 'next') go(current + 1)
    else if (action === 'previous') go(current - 1)
    else if (action === 'first') go(1)
    else if (action === 'last') go(slides.length)
    else if (action === 'escape') window.close()
  })
  useEffect(() => {
    document.title = `Speaker view (${current} / ${slides.length}) — Parallax`
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
          <span className="visually-hidden">Time since the speaker view opened: </span>
          <span data-testid="speaker-clock">{elapsed}</span>
        </p>
        <button type="button" className="deck-button" onClick={resetClock}>
          Reset timer
        </button>
      </div>
      <div className="speaker__body">
        <div className="speaker__slides">
          {slide && (
            <Preview slide={slide} number={current} slides={slides} label="Current slide" dataset={dataset} renderChart={renderChart} />
          )}
          {next ? (
            <Preview slide={next} number={current + 1} slides={slides} label="Next slide" dataset={dataset} renderChart={renderChart} />
          ) : (
            <p className="speaker__end">This is the last slide.</p>
          )}
        </div>
        <main className="speaker__notes">{slide && <SpeakerNotes slide={slide} next={next} index={index} />}</main>
      </div>
    </div>
  )
}

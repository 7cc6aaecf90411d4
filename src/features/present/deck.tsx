import { Fragment, useEffect, useMemo, useRef, useState } from 'react'
import { useFilterState } from '../../components/search'
import { indexDataset } from '../../lib/dataset-index'
import { useUrlStore } from '../../url-state/store'
import { shareUrl } from '../../url-state/url'
import type { ChartId } from '../../url-state/view-state'
import { BlankScreen } from './blank-screen'
import { chartHeadline } from './chart-headline'
import { DeckToolbar } from './deck-toolbar'
import { KeyHelp } from './key-help'
import type { PresentationProps } from './presentation-props'
import { SlideFrame } from './slide-frame'
import { runDeckAction } from './deck-actions'
import { PrintPanel } from './print-panel'
import { SpeakerNotes } from './speaker-notes'
import { REFLOW_QUERY, useDeckChrome, useMediaQuery } from './use-deck-chrome'
import { useDeckKeys, type DeckAction } from './use-deck-keys'
import { useDeckSlides } from './use-deck-slides'
import { openSpeakerWindow, useDeckSync } from './use-deck-sync'
import { useFitSlide } from './use-fit-slide'
import { leaveFullscreen, useFullscreen } from './use-fullscreen'
import { useHighContrast } from './use-high-contrast'

export function useViewLinks() {
  const state = useUrlStore((s) => s.state)
  const base = { ...state, present: false, slide: 1, embed: false }
  const { origin, pathname } = window.location
  return {
    view: shareUrl(base, origin, pathname),
    sources: shareUrl({ ...base, view: 'sources', sel: null }, origin, pathname),
    chart: (chart: ChartId) => shareUrl({ ...base, view: 'charts', sel: null, chart }, origin, pathname),
  }
}

/** The deck on the projector: slides, keys, toolbar, blank screen, key help and notes. */
export function Deck({ dataset, renderChart, notice }: PresentationProps) {
  const { slides, current, go } = useDeckSlides(dataset)
  const links = useViewLinks()
  const index = indexDataset(dataset)
  const [blank, setBlank] = useState(false)
  const [help, setHelp] = useState(false)
  const [notes, setNotes] = useState(false)
  /** The in-page notes are shown because the browser blocked the speaker window. */
  const [blocked, setBlocked] = useState(false)
  const [print, setPrint] = useState(false)
  const [printNotes, setPrintNotes] = useState(false)
  const speaker = useRef<Window | null>(null)
  const chrome = useDeckChrome()
  const reflow = useMediaQuery(REFLOW_QUERY)
  const { state: filterState } = useFilterState(dataset)
  const headlines = useMemo(
    () =>
      new Map(
        slides.flatMap((s) =>
          s.kind === 'chart' ? [[s.id, chartHeadline(dataset, filterState, s.chartId, s.indicatorIds)] as const] : [],
        ),
      ),
    [slides, dataset, filterState],
  )
  const [contrast, toggleContrast] = useHighContrast()
  const [fullscreen, toggleFullscreen] = useFullscreen()
  const root = useRef<HTMLDivElement>(null)
  const stage = useRef<HTMLDivElement>(null)
  const dims = slides.filter((s) => s.kind === 'dimension')
  const slide = slides[current - 1]

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const title = document.title
    document.documentElement.classList.add('is-presenting')
    root.current?.focus()
    return () => {
      document.title = title
      document.documentElement.classList.remove('is-presenting')
      leaveFullscreen()
      // Back to where the briefer was: the control they came from, else the Present button.
      const back =
        before && before !== document.body && before.isConnected ? before : document.querySelector<HTMLElement>('.present-button')
      back?.focus()
    }
  }, [])

  // Leaving the deck closes its speaker window too.
  const sync = useDeckSync(current, go, { announceExit: true })
  const exit = () => useUrlStore.getState().update({ present: false })
  // S, like reveal.js: the speaker view in its own window (current and next slide, notes, timer).
  // If the browser blocks the window, the notes open beside the slide instead, and say why.
  const toggleNotes = () => {
    if (notes) return setNotes(false)
    const open = speaker.current && !speaker.current.closed ? speaker.current : openSpeakerWindow(sync.id)
    if (open) {
      speaker.current = open
      open.focus()
      setBlocked(false)
      return
    }
    setBlocked(true)
    setNotes(true)
  }
  const act = (action: DeckAction | 'contrast' | 'exit') =>
    runDeckAction(action, {
      current,
      count: slides.length,
      blank,
      help,
      go,
      toggleFullscreen,
      setBlank,
      setHelp,
      toggleNotes,
      toggleContrast,
      exit,
    })
  useEffect(() => {
    if (slide) document.title = `${slide.title} (${current} / ${slides.length}) — Parallax presentation`
  }, [slide, current, slides.length])
  useDeckKeys(act)
  useFitSlide(stage, current, !reflow)
  // On a phone every slide is on the page: keys and buttons scroll to the current one.
  useEffect(() => {
    if (reflow) stage.current?.querySelector(`[data-slide="${current}"]`)?.scrollIntoView?.({ block: 'start' })
  }, [reflow, current])

  return (
    <div
      ref={root}
      className={`deck${contrast ? ' deck--contrast' : ''}${notes ? ' deck--notes' : ''}${chrome.hidden ? ' deck--chrome-hidden' : ''}${reflow ? ' deck--reflow' : ''}${printNotes ? ' deck--print-notes' : ''}`}
      onMouseMove={chrome.wake}
      role="dialog"
      aria-modal="true"
      aria-label="Presentation"
      tabIndex={-1}
    >
      {notice}
      <div className="deck__main">
        <div className="deck__stage" ref={stage}>
          {slides.map((s, i) => (
            <Fragment key={s.id}>
              <SlideFrame
                slide={s}
                number={i + 1}
                count={slides.length}
                current={i + 1 === current}
                dimensionPosition={s.kind === 'dimension' ? `Dimension ${dims.indexOf(s) + 1} of ${dims.length}` : ''}
                allDimensions={dims.length === dataset.dimensions.length}
                links={links}
                renderChart={renderChart}
                headline={headlines.get(s.id)}
                reflow={reflow}
              />
              {/* The handout with notes: each slide's notes on the page after it (print only). */}
              {printNotes && (
                <div className="print-notes" aria-hidden="true">
                  <SpeakerNotes slide={s} next={slides[i + 1]} index={index} />
                </div>
              )}
            </Fragment>
          ))}
        </div>
        {notes && slide && (
          <aside className="deck__notes" aria-label="Speaker notes">
            {blocked && (
              <p className="notes__blocked" role="status">
                The browser blocked the speaker window, so the notes are shown here, beside the slide. Allow pop-ups for this site to open
                them in their own window.
              </p>
            )}
            <button
              type="button"
              className="button notes__window"
              onClick={() => {
                const open = openSpeakerWindow(sync.id)
                if (!open) return setBlocked(true)
                speaker.current = open
                setBlocked(false)
                setNotes(false)
              }}
            >
              Open notes in a separate window
            </button>
            <SpeakerNotes slide={slide} next={slides[current]} index={index} />
          </aside>
        )}
      </div>
      <DeckToolbar
        current={current}
        count={slides.length}
        notes={notes}
        contrast={contrast}
        fullscreen={fullscreen}
        print={print}
        onAction={(a) => (a === 'print' ? setPrint(!print) : act(a))}
      />
      {print && (
        <PrintPanel
          withNotes={printNotes}
          onChange={setPrintNotes}
          onClose={() => setPrint(false)}
          onPrint={() => {
            setPrint(false)
            // After the panel closes and the notes (if asked for) are in the page.
            window.setTimeout(() => window.print(), 50)
          }}
        />
      )}
      {help && <KeyHelp onClose={() => setHelp(false)} />}
      {blank && <BlankScreen onBack={() => setBlank(false)} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {slide ? `Slide ${current} of ${slides.length}: ${slide.title}` : ''}
      </p>
    </div>
  )
}

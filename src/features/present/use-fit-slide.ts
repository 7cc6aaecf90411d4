import { useLayoutEffect, type RefObject } from 'react'

const MIN_FIT = 0.7
const MIN_ZOOM = 0.5

/** Text slides: shrink the type in 5 % steps until nothing overflows. */
function fitText(slide: HTMLElement): void {
  let scale = 1
  slide.style.setProperty('--fit', '1')
  // Strictly inside: content that reaches into the bottom padding by a pixel still shrinks.
  while (slide.scrollHeight > slide.clientHeight && scale > MIN_FIT) {
    scale = Math.round((scale - 0.05) * 100) / 100
    slide.style.setProperty('--fit', String(scale))
  }
}

/**
 * Chart slides: charts are drawn at fixed pixel sizes for the projector, so a short screen zooms
 * the figure as a whole (bars, labels and all) to the room the slide has.
 */
function fitChart(box: HTMLElement): void {
  const figure = box.firstElementChild
  if (!(figure instanceof HTMLElement)) return
  figure.style.zoom = '1'
  const need = figure.scrollHeight
  const have = box.clientHeight
  if (need > have + 1) figure.style.zoom = String(Math.max(MIN_ZOOM, Math.floor((have / need) * 100) / 100))
}

/**
 * A safety net, not the layout: slides are written to fit the projector scale, but an unusual
 * window, a long search term on the title slide or a tall chart must shrink rather than be cut.
 * Runs on the current slide when it changes, when the stage resizes and when content arrives
 * (a lazily loaded chart).
 */
export function useFitSlide(stage: RefObject<HTMLElement | null>, current: number, enabled = true): void {
  useLayoutEffect(() => {
    const el = stage.current
    if (!el) return
    if (!enabled) {
      // A reflowed deck (a phone) is a page: nothing is shrunk or zoomed.
      for (const node of el.querySelectorAll<HTMLElement>('.slide')) node.style.removeProperty('--fit')
      for (const node of el.querySelectorAll<HTMLElement>('.slide-chart > *')) node.style.zoom = ''
      return
    }
    let frame = 0
    const fit = () => {
      const slide = el.querySelector<HTMLElement>('.slide--current')
      if (!slide) return
      const chart = slide.querySelector<HTMLElement>('.slide-chart')
      if (chart) fitChart(chart)
      else fitText(slide)
    }
    const later = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(fit)
    }
    fit()
    const resize = new ResizeObserver(later)
    resize.observe(el)
    const content = new MutationObserver(later)
    const slide = el.querySelector('.slide--current')
    if (slide) content.observe(slide, { childList: true, subtree: true })
    return () => {
      cancelAnimationFrame(frame)
      resize.disconnect()
      content.disconnect()
    }
  }, [stage, current, enabled])
}

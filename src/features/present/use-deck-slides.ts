import { useEffect, useMemo } from 'react'
import { useSearch } from '../../components/search'
import type { Dataset } from '../../data/dataset-schema'
import { buildSlides, clampSlide, type Slide } from '../../lib/slides'
import { useUrlStore } from '../../url-state/store'

/**
 * The deck for the current filters and the slide to show. A link past the last slide (the deck
 * is shorter than when it was shared) opens on the last one, says so, and corrects the URL.
 */
export function useDeckSlides(dataset: Dataset): { slides: Slide[]; current: number; go: (n: number) => void } {
  const { plans, dims, instr, prov, status, agency, q, chart, slide } = useUrlStore((s) => s.state)
  const hits = useSearch(dataset, q).results?.provisions
  const slides = useMemo(
    () => buildSlides(dataset, { plans, dims, instr, prov, status, agency, q, hits, chart }),
    [dataset, plans, dims, instr, prov, status, agency, q, hits, chart],
  )
  const current = clampSlide(slide, slides.length)

  useEffect(() => {
    if (slide === current) return
    const { addNotices, update } = useUrlStore.getState()
    addNotices([`slide: this presentation has ${slides.length} slides, so slide ${slide} does not exist; showing slide ${current}`])
    update({ slide: current }, 'replace')
  }, [slide, current, slides.length])

  const go = (n: number) => {
    const target = clampSlide(n, slides.length)
    if (target !== useUrlStore.getState().state.slide) useUrlStore.getState().update({ slide: target }, 'replace')
  }
  return { slides, current, go }
}

import type { ReactNode } from 'react'
import type { Slide } from '../../lib/slides'
import type { ChartId } from '../../url-state/view-state'
import { ChartFallback } from './chart-fallback'
import { DimensionSlide } from './dimension-slide'
import { SourcesSlide } from './sources-slide'
import { TitleSlide } from './title-slide'

export interface SlideLinks {
  /** The view being presented, without presentation parameters. */
  view: string
  sources: string
  chart: (chartId: ChartId) => string
}

interface Props {
  slide: Slide
  number: number
  count: number
  current: boolean
  dimensionPosition: string
  allDimensions: boolean
  links: SlideLinks
  renderChart: (chartId: ChartId, indicatorIds?: readonly string[]) => ReactNode
  /** A chart slide's headline: the finding, from the chart's text summary (chart-headline.ts). */
  headline?: string
  /** On a phone the deck is a page: every slide is readable and reachable. */
  reflow?: boolean
}

function SlideContent({
  slide,
  dimensionPosition,
  allDimensions,
  links,
  renderChart,
  headline,
}: Omit<Props, 'number' | 'count' | 'current' | 'reflow'>) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide slide={slide} link={links.view} allDimensions={allDimensions} />
    case 'dimension':
      return <DimensionSlide slide={slide} position={dimensionPosition} />
    case 'chart':
      return (
        <div className="slide__body slide__body--chart">
          {/* The finding leads; the figure below carries the chart's own title, subtitle and source. */}
          {headline ? <h1 className="slide__headline">{headline}</h1> : <h1 className="visually-hidden">{slide.title}</h1>}
          <div className="slide-chart">
            {renderChart(slide.chartId, slide.indicatorIds) ?? (
              <ChartFallback chartId={slide.chartId} title={slide.title} href={links.chart(slide.chartId)} />
            )}
          </div>
        </div>
      )
    case 'sources':
      return <SourcesSlide slide={slide} sourcesLink={links.sources} />
    default:
      return slide satisfies never
  }
}

/**
 * Every slide stays in the page (so print gets the whole deck and charts can measure
 * themselves); only the current one is visible and reachable.
 */
export function SlideFrame({ number, count, current, reflow = false, ...rest }: Props) {
  return (
    <section
      className={`slide slide--${rest.slide.kind}${current ? ' slide--current' : ''}`}
      aria-roledescription="slide"
      aria-label={`${number} of ${count}: ${rest.slide.title}`}
      data-slide={number}
      inert={!current && !reflow}
    >
      <SlideContent {...rest} />
      <p className="slide__footer" aria-hidden="true">
        <span>Parallax</span>
        <span>
          {number} / {count}
        </span>
      </p>
    </section>
  )
}

import type { ReactNode } from 'react'
import type { Dataset } from '../../data/dataset-schema'
import type { ChartId } from '../../url-state/view-state'

/** What src/app hands the presentation; its own module so the deck and speaker window need not import presentation.tsx. */
export interface PresentationProps {
  dataset: Dataset
  /** Charts come from the charts feature, composed in src/app (features never import features). */
  renderChart: (chartId: ChartId, indicatorIds?: readonly string[]) => ReactNode
  /** The app's link notice, shown above the slides (the page under the deck is inert). */
  notice?: ReactNode
  /** A deck made elsewhere (the brief), shown instead of the filters' deck with the same keys and notes. */
  deck?: ProvidedDeck
  /** Leaving a provided deck (Esc, Exit presentation). */
  onExit?: () => void
}

/** Slides made outside this feature: their titles, and how to draw each slide and its speaker notes. */
export interface ProvidedDeck {
  slides: readonly { id: string; title: string; kind: string }[]
  renderSlide: (index: number) => ReactNode
  renderNotes: (index: number) => ReactNode
}

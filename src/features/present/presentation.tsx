import type { ReactNode } from 'react'
import type { Dataset } from '../../data/dataset-schema'
import type { ChartId } from '../../url-state/view-state'
import { Deck } from './deck'
import { SpeakerWindow } from './speaker-window'
import { speakerSession } from './use-deck-sync'
import './present.css'

export interface PresentationProps {
  dataset: Dataset
  /** Charts come from the charts feature, composed in src/app (features never import features). */
  renderChart: (chartId: ChartId, indicatorIds?: readonly string[]) => ReactNode
  /** The app's link notice, shown above the slides (the page under the deck is inert). */
  notice?: ReactNode
}

/**
 * Presentation mode (docs/architecture.md § Presentation): an overlay over whatever view the briefer came from — or, in a
 * window opened for speaker notes, the notes that follow it.
 */
export function Presentation(props: PresentationProps) {
  const session = speakerSession()
  return session ? <SpeakerWindow dataset={props.dataset} session={session} /> : <Deck {...props} />
}

import { Deck } from './deck'
import type { PresentationProps } from './presentation-props'
import { SpeakerWindow } from './speaker-window'
import { speakerSession } from './use-deck-sync'
import './present.css'

export type { PresentationProps } from './presentation-props'

/**
 * Presentation mode (docs/architecture.md § Presentation): an overlay over whatever view the briefer came from — or, in a
 * window opened for speaker notes, the notes that follow it.
 */
export function Presentation(props: PresentationProps) {
  const session = speakerSession()
  return session ? <SpeakerWindow dataset={props.dataset} renderChart={props.renderChart} session={session} /> : <Deck {...props} />
}

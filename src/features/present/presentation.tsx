import { Deck } from './deck'
import { ProvidedDeckView, ProvidedSpeakerWindow } from './provided-deck'
import type { PresentationProps } from './presentation-props'
import { SpeakerWindow } from './speaker-window'
import { speakerSession } from './use-deck-sync'
import { useUrlStore } from '../../url-state/store'
import './present.css'

export type { PresentationProps, ProvidedDeck } from './presentation-props'

/**
 * Presentation mode (docs/architecture.md § Presentation): an overlay over whatever view the briefer came from — or, in a
 * window opened for speaker notes, the notes that follow it.
 */
export function Presentation(props: PresentationProps) {
  const session = speakerSession()
  if (props.deck)
    return session ? (
      <ProvidedSpeakerWindow deck={props.deck} session={session} />
    ) : (
      <ProvidedDeckView
        deck={props.deck}
        notice={props.notice}
        onExit={props.onExit ?? (() => useUrlStore.getState().update({ present: false }))}
      />
    )
  return session ? <SpeakerWindow dataset={props.dataset} renderChart={props.renderChart} session={session} /> : <Deck {...props} />
}

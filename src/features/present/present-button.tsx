import { useUrlStore } from '../../url-state/store'

/** Enters presentation mode from any view; the filters on screen become the deck. */
export function PresentButton() {
  return (
    <button type="button" className="button present-button" onClick={() => useUrlStore.getState().update({ present: true, slide: 1 })}>
      <span aria-hidden="true" className="present-button__icon">
        ▶
      </span>
      Present
    </button>
  )
}

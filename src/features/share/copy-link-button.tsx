import { CopyButton } from '../../components/copy-button'
import { useUrlStore } from '../../url-state/store'
import { shareUrl } from '../../url-state/url'

/** Copies the canonical URL of the current state (docs/url-contract.md). */
export function CopyLinkButton() {
  return (
    <CopyButton
      label="Copy link"
      confirm="Link copied to the clipboard."
      getText={() => shareUrl(useUrlStore.getState().state, window.location.origin, window.location.pathname)}
    />
  )
}

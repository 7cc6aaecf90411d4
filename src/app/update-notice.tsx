import { useState } from 'react'
import { useSwUpdate } from './service-worker'
import './update-notice.css'

/** A quiet, dismissible notice when a newer version has been downloaded and is waiting. */
export function UpdateNotice() {
  const activate = useSwUpdate((s) => s.activate)
  const [dismissed, setDismissed] = useState(false)
  const visible = activate !== null && !dismissed
  return (
    <div className="update-notice-region" role="status" aria-live="polite">
      {visible && (
        <div className="update-notice">
          <p>A newer version is available —</p>
          <button type="button" className="button button--primary" onClick={activate}>
            Reload
          </button>
          <button type="button" className="button button--quiet" aria-label="Dismiss update notice" onClick={() => setDismissed(true)}>
            ✕
          </button>
        </div>
      )}
    </div>
  )
}

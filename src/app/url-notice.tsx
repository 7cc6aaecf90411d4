import type { Dataset } from '../data/dataset-schema'
import { filterLabels, labelNotice } from '../lib/filter-description'
import { useUrlStore } from '../url-state/store'

/**
 * One dismissible notice naming what a link contained that was ignored or corrected; once the data
 * has loaded, the codes it names are shown by their labels ("Chips & compute", not "chips").
 */
export function UrlNotice({ dataset }: { dataset?: Dataset | undefined }) {
  const raw = useUrlStore((s) => s.notices)
  const notices = dataset ? raw.map((n) => labelNotice(n, filterLabels(dataset))) : raw
  const dismiss = useUrlStore((s) => s.dismissNotices)
  return (
    <div role="status" aria-live="polite" className="url-notice-region">
      {notices.length > 0 && (
        <div className="url-notice">
          <div>
            <p className="url-notice__title">Parts of this link were ignored or corrected:</p>
            <ul>
              {notices.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
            <p className="url-notice__hint">The address bar now shows the corrected link.</p>
          </div>
          <button type="button" className="button button--quiet" onClick={dismiss} aria-label="Dismiss notice">
            ✕
          </button>
        </div>
      )}
    </div>
  )
}

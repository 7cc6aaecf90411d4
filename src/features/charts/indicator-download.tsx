import { useState } from 'react'
import type { Dataset } from '../../data/dataset-schema'
import type { Indicator } from '../../data/schema'
import { downloadBlob } from '../../lib/download'
import { fileVersion, slug } from '../../lib/filter-description'
import { shareUrl } from '../../url-state/url'
import { useUrlStore } from '../../url-state/store'
import './indicator-download.css'

/**
 * One context indicator's data as a zip: a plain CSV of its observations and a README with its
 * unit, description, sources and licence (src/lib/export-bundle.ts). Shown on the panel, never in
 * image exports or slides.
 */
export function IndicatorDownload({ dataset, indicator }: { dataset: Dataset; indicator: Indicator }) {
  const [message, setMessage] = useState('')
  const onClick = async () => {
    const { indicatorZip } = await import('../../lib/export-bundle')
    const state = useUrlStore.getState().state
    const url = shareUrl({ ...state, view: 'charts', chart: 'indicators' }, window.location.origin, window.location.pathname)
    // An indicator is not filtered: its file carries its id and the data version.
    const stem = `parallax-indicator_${slug(indicator.id, 80)}_${fileVersion(dataset)}`
    const bytes = await indicatorZip(dataset, indicator, { filters: '', url }, stem)
    downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${stem}.zip`, 'application/zip')
    setMessage(`Downloaded ${stem}.zip`)
  }
  return (
    <p className="indicator-panel__download">
      <button
        type="button"
        className="button button--small"
        onClick={() => void onClick()}
        aria-label={`Download data: ${indicator.label} (CSV + README, zip)`}
      >
        Download data
      </button>{' '}
      <span role="status" aria-live="polite">
        {message}
      </span>
    </p>
  )
}

import { useState } from 'react'
import type { Dataset } from '../../data/dataset-schema'
import { downloadBlob } from '../../lib/download'
import { describeFilters, exportFileName } from '../../lib/filter-description'
import { provisionRows, sourceLine } from '../../lib/provision-export'
import { filterProvisions } from '../../lib/selectors'
import { shareUrl } from '../../url-state/url'
import type { ViewState } from '../../url-state/view-state'

/**
 * Downloads of the filtered provisions with their citations (docs/architecture.md § Compare): a zip
 * of a plain CSV and a README with what describes it, the plain CSV alone, and JSON. File names
 * carry the filters and the data version.
 */
export function CompareExports({ dataset, state }: { dataset: Dataset; state: ViewState }) {
  const [message, setMessage] = useState('')
  const rows = () => provisionRows(dataset, filterProvisions(dataset, state))
  const url = () => shareUrl(state, window.location.origin, window.location.pathname)
  const stem = exportFileName(dataset, state, 'parallax-provisions', '').replace(/\.$/, '')
  const zip = async () => {
    const { provisionsZip } = await import('../../lib/export-bundle')
    const bytes = await provisionsZip(dataset, rows(), { filters: describeFilters(dataset, state), url: url() }, stem)
    downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${stem}.zip`, 'application/zip')
    setMessage(`Downloaded ${stem}.zip (CSV and README).`)
  }
  const csv = async () => {
    const { plainCsv, provisionColumns } = await import('../../lib/export-bundle')
    const body = await plainCsv(rows(), Object.keys(provisionColumns) as (keyof typeof provisionColumns)[])
    downloadBlob(body, `${stem}.csv`, 'text/csv;charset=utf-8')
    setMessage(`Downloaded ${stem}.csv.`)
  }
  const json = () => {
    const body = {
      source: sourceLine(dataset),
      filters: describeFilters(dataset, state),
      view: url(),
      version: dataset.meta.version,
      asOf: dataset.meta.asOf,
      license: dataset.meta.license.trim(),
      provisions: rows(),
    }
    downloadBlob(JSON.stringify(body, null, 2), `${stem}.json`, 'application/json')
    setMessage(`Downloaded ${stem}.json.`)
  }
  return (
    <div className="compare__exports">
      <p>
        <button type="button" className="button" onClick={() => void zip()}>
          Download provisions (CSV + README, zip)
        </button>{' '}
        <button type="button" className="button" onClick={() => void csv()}>
          Download CSV only
        </button>{' '}
        <button type="button" className="button" onClick={json}>
          Download JSON
        </button>
      </p>
      <p className="compare__exports-status" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  )
}

import type { Dataset } from '../../data/dataset-schema'
import { downloadBlob } from '../../lib/download'
import { provisionRows, sourceLine } from '../../lib/provision-export'
import { filterProvisions } from '../../lib/selectors'
import { shareUrl } from '../../url-state/url'
import type { ViewState } from '../../url-state/view-state'

/** CSV and JSON of the filtered provisions with their citations (docs/architecture.md § Compare). */
export function CompareExports({ dataset, state }: { dataset: Dataset; state: ViewState }) {
  const rows = () => provisionRows(dataset, filterProvisions(dataset, state))
  const url = () => shareUrl(state, window.location.origin, window.location.pathname)
  const csv = async () => {
    const { unparse } = await import('papaparse')
    const body = unparse(rows(), { newline: '\r\n' })
    downloadBlob(
      `\uFEFF${body}\r\n\r\n"${sourceLine(dataset)}"\r\n"View: ${url()}"\r\n`,
      'parallax-provisions.csv',
      'text/csv;charset=utf-8',
    )
  }
  const json = () => {
    const body = { source: sourceLine(dataset), view: url(), version: dataset.meta.version, asOf: dataset.meta.asOf, provisions: rows() }
    downloadBlob(JSON.stringify(body, null, 2), 'parallax-provisions.json', 'application/json')
  }
  return (
    <p className="compare__exports">
      <button type="button" className="button" onClick={() => void csv()}>
        Download provisions (CSV)
      </button>{' '}
      <button type="button" className="button" onClick={json}>
        Download provisions (JSON)
      </button>
    </p>
  )
}

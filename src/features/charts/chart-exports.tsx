import { useState } from 'react'
import type { Dataset } from '../../data/dataset-schema'
import { asOfLine } from '../../lib/chart-config'
import { chartCaveats, chartMeta, chartSourceLine } from '../../lib/charts/registry'
import { chartCsv, chartReadme } from '../../lib/chart-csv'
import type { ChartData } from '../../lib/chart-selectors'
import type { ChartTable } from '../../lib/chart-tables'
import { downloadBlob } from '../../lib/download'
import { zipTextFiles } from '../../lib/export-bundle'
import { describeFilters, exportFileName } from '../../lib/filter-description'
import { useUrlStore } from '../../url-state/store'
import { captureFrame, type ImageKind } from './capture'
import { ExportFrame } from './export-frame'

/** Download PNG (2×), SVG and CSV for one chart (docs/architecture.md § Charts); reports progress in a live region. */
export function ChartExports({
  dataset,
  chart,
  table,
  url,
  countLine,
}: {
  dataset: Dataset
  chart: ChartData
  table: ChartTable
  url: string
  /** The chart's count line (n per plan, how dimensions are counted), carried into every export. */
  countLine: string
}) {
  const [pending, setPending] = useState<ImageKind | null>(null)
  const [message, setMessage] = useState('')
  const meta = chartMeta[chart.id]
  const state = useUrlStore((s) => s.state)
  const file = `parallax-${meta.file}-${dataset.meta.asOf}`
  // Data files carry the filters and the data version in their names (docs/architecture.md § Charts).
  const dataStem = exportFileName(dataset, state, `parallax-${meta.file}`, 'csv').replace(/\.csv$/, '')

  const startImage = (kind: ImageKind) => {
    if (pending) return
    setPending(kind)
    setMessage(`Preparing the ${kind.toUpperCase()}…`)
  }

  const onFrameReady = async (node: HTMLElement) => {
    const kind = pending
    if (!kind) return
    try {
      const blob = await captureFrame(node, kind)
      downloadBlob(blob, `${file}.${kind}`, blob.type)
      setMessage(`Downloaded ${file}.${kind}`)
    } catch (error) {
      setMessage(`The ${kind.toUpperCase()} could not be made: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setPending(null)
    }
  }

  const csv = async () => {
    const { unparse } = await import('papaparse')
    downloadBlob(chartCsv(table, unparse), `${dataStem}.csv`, 'text/csv;charset=utf-8')
    setMessage(`Downloaded ${dataStem}.csv`)
  }

  const zip = async () => {
    const { unparse } = await import('papaparse')
    const csvName = `${dataStem}.csv`
    const readme = chartReadme(
      table,
      {
        title: meta.title,
        subtitle: countLine ? `${meta.subtitle} ${countLine}` : meta.subtitle,
        source: chartSourceLine(dataset, chart.id),
        asOf: asOfLine(dataset),
        url,
        notes: chartCaveats(chart),
      },
      csvName,
      describeFilters(dataset, state, ', '),
    )
    const bytes = await zipTextFiles({ 'README.md': readme, [csvName]: chartCsv(table, unparse) }, dataset.meta.asOf)
    downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${dataStem}.zip`, 'application/zip')
    setMessage(`Downloaded ${dataStem}.zip`)
  }

  return (
    <div className="chart-exports" role="group" aria-label="Downloads">
      <span className="chart-exports__label" aria-hidden="true">
        Download
      </span>
      <button
        type="button"
        className="button button--small"
        onClick={() => startImage('png')}
        aria-disabled={pending !== null}
        aria-label="Download PNG"
      >
        PNG
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => startImage('svg')}
        aria-disabled={pending !== null}
        aria-label="Download SVG"
      >
        SVG
      </button>
      <button type="button" className="button button--small" onClick={() => void csv()} aria-label="Download CSV">
        CSV
      </button>
      <button type="button" className="button button--small" onClick={() => void zip()} aria-label="Download Data + README (zip)">
        Data + README
      </button>
      <span className="chart-exports__status" role="status" aria-live="polite">
        {message}
      </span>
      {pending && (
        <ExportFrame dataset={dataset} chart={chart} url={url} countLine={countLine} onReady={(node) => void onFrameReady(node)} />
      )}
    </div>
  )
}

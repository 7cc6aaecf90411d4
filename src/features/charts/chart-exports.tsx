import { useState } from 'react'
import type { Dataset } from '../../data/dataset-schema'
import { asOfLine } from '../../lib/chart-config'
import { chartCaveats, chartMeta, chartSourceLine } from '../../lib/charts/registry'
import { chartCsv } from '../../lib/chart-csv'
import type { ChartData } from '../../lib/chart-selectors'
import type { ChartTable } from '../../lib/chart-tables'
import { downloadBlob } from '../../lib/download'
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
  const file = `parallax-${meta.file}-${dataset.meta.asOf}`

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
    const body = chartCsv(
      table,
      {
        title: meta.title,
        subtitle: countLine ? `${meta.subtitle} ${countLine}` : meta.subtitle,
        source: chartSourceLine(dataset, chart.id),
        asOf: asOfLine(dataset),
        url,
        notes: chartCaveats(chart),
      },
      unparse,
    )
    downloadBlob(body, `${file}.csv`, 'text/csv;charset=utf-8')
    setMessage(`Downloaded ${file}.csv`)
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
      <span className="chart-exports__status" role="status" aria-live="polite">
        {message}
      </span>
      {pending && (
        <ExportFrame dataset={dataset} chart={chart} url={url} countLine={countLine} onReady={(node) => void onFrameReady(node)} />
      )}
    </div>
  )
}

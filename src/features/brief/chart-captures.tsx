import { useEffect, useState, type ReactNode } from 'react'
import type { DocSection } from '../../brief/document'
import { captureFrame } from '../../lib/capture'
import type { BriefChartSpec } from './brief-deck'
import type { ChartImage } from './export-pptx'

export type RenderExportFrame = (spec: BriefChartSpec, onReady: (node: HTMLElement) => void) => ReactNode

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('could not read the image'))
    reader.readAsDataURL(blob)
  })
}

/**
 * Draws each chart of the brief off-screen with the charts feature's export frame (handed down by
 * src/app) and captures it as a 2× PNG, the same way Download PNG does; reports the images by item.
 */
export function ChartCaptures({
  sections,
  renderExportFrame,
  onDone,
}: {
  sections: readonly DocSection[]
  renderExportFrame: RenderExportFrame
  onDone: (images: Map<string, ChartImage>) => void
}) {
  // One capture run per mount: the images so far and the charts still to draw.
  const [run] = useState(() => ({
    images: new Map<string, ChartImage>(),
    pending: new Set(sections.filter((s) => s.chart).map((s) => s.key)),
    onDone,
  }))
  useEffect(() => {
    if (run.pending.size === 0) run.onDone(run.images)
  }, [run])
  const ready = (key: string) => async (node: HTMLElement) => {
    try {
      const blob = await captureFrame(node, 'png')
      run.images.set(key, { dataUrl: await blobToDataUrl(blob), width: node.offsetWidth * 2, height: node.offsetHeight * 2 })
    } catch {
      // No image: the export then carries the chart's description and its table.
    }
    run.pending.delete(key)
    if (run.pending.size === 0) run.onDone(run.images)
  }
  return (
    <>
      {sections.map((s) =>
        s.chart ? (
          <span key={s.key}>
            {renderExportFrame(
              {
                chartId: s.chart.chartId,
                filters: s.chart.filters,
                ...(s.chart.indicatorIds ? { indicatorIds: s.chart.indicatorIds } : {}),
              },
              (node) => void ready(s.key)(node),
            )}
          </span>
        ) : null,
      )}
    </>
  )
}

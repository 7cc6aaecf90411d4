/**
 * Turns an export frame into a PNG (2× pixel ratio) or SVG file with html-to-image, loaded on
 * demand. The frame is copied with its computed styles as inline style attributes (allowed by
 * the CSP, unlike <style> elements) and drawn through a data: image.
 */
export type ImageKind = 'png' | 'svg'

export async function captureFrame(node: HTMLElement, kind: ImageKind): Promise<Blob> {
  const { toBlob, toSvg } = await import('html-to-image')
  const options = { backgroundColor: '#ffffff', skipFonts: true, width: node.offsetWidth, height: node.offsetHeight }
  if (kind === 'png') {
    const blob = await toBlob(node, { ...options, pixelRatio: 2 })
    if (!blob) throw new Error('the browser could not encode the PNG')
    return blob
  }
  const dataUrl = await toSvg(node, options)
  const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1))
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`], { type: 'image/svg+xml' })
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Waits until every Recharts chart in the frame has drawn its surface (or ~1 s has passed). */
export async function waitForCharts(node: HTMLElement): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await nextFrame()
    const wrappers = node.querySelectorAll('.recharts-wrapper').length
    const surfaces = node.querySelectorAll('.recharts-wrapper > svg.recharts-surface').length
    if (i >= 2 && wrappers === surfaces) return
  }
}

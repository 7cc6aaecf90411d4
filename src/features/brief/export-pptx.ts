/**
 * The brief as a PowerPoint deck (pptxgenjs, loaded only when exporting): native, editable text
 * for titles, quotes, our words and talking points (talking points and the full citation in the
 * notes pane), each chart as a high-resolution image with its table as a native table slide, a
 * citation line on every slide and a closing sources slide. Descriptions and altered copies keep
 * their provenance label and are never set as quotations.
 */
import PptxGenJS from 'pptxgenjs'
import { sourceLine, type BriefDocument, type DocSection } from '../../brief/document'

export interface ChartImage {
  /** `data:image/png;base64,…` */
  dataUrl: string
  width: number
  height: number
}

const W = 13.333
const H = 7.5
const M = 0.5
const FONT = 'Arial'
const INK = '1D2A3A'
const MUTED = '4A5563'
/** Table rows per slide: more would not be readable from the back of a room. */
export const TABLE_ROWS_PER_SLIDE = 12
export const SOURCES_PER_SLIDE = 10

function citation(slide: PptxGenJS.Slide, text: string): void {
  slide.addText(text, { x: M, y: H - 0.55, w: W - 2 * M, h: 0.4, fontFace: FONT, fontSize: 9, color: MUTED, valign: 'bottom' })
}

function heading(slide: PptxGenJS.Slide, kicker: string, title: string, badge?: string): number {
  slide.addText(kicker.toUpperCase(), { x: M, y: 0.3, w: W - 2 * M, h: 0.35, fontFace: FONT, fontSize: 12, bold: true, color: MUTED })
  slide.addText(title, {
    x: M,
    y: 0.65,
    w: W - 2 * M,
    h: 0.9,
    fontFace: FONT,
    fontSize: 26,
    bold: true,
    color: INK,
    valign: 'top',
    fit: 'shrink',
  })
  if (!badge) return 1.6
  // The provenance label is text on the slide, not a style: it survives copy, paste and editing.
  slide.addText(`[${badge}]`, { x: M, y: 1.55, w: W - 2 * M, h: 0.4, fontFace: FONT, fontSize: 14, bold: true, color: '8A5A00' })
  return 2.0
}

function notes(s: DocSection): string {
  const parts = [
    s.points.length ? `Talking points:\n${s.points.map((p) => `• ${p}`).join('\n')}` : 'Talking points: none written.',
    s.badge ? `Provenance: ${s.badge}. Do not quote our words as the plan’s.` : '',
    `Citation: ${s.citation}`,
  ]
  return parts.filter(Boolean).join('\n\n')
}

function textSlide(pptx: PptxGenJS, s: DocSection): void {
  const slide = pptx.addSlide()
  const y = heading(slide, s.kindLabel, s.heading, s.badge)
  const bodyH = H - 0.7 - y
  const runs: PptxGenJS.TextProps[] = []
  for (const q of s.quotes)
    runs.push({
      text: `“${q.text}”`,
      options: { italic: true, fontSize: q.lang === 'en' ? 20 : 18, color: INK, breakLine: true, paraSpaceAfter: 8, lang: q.lang },
    })
  if (s.ourWords)
    runs.push(
      { text: `${s.ourWords.label}: `, options: { bold: true, fontSize: 16, color: MUTED } },
      { text: s.ourWords.text, options: { fontSize: 16, color: INK, breakLine: true, paraSpaceAfter: 6 } },
    )
  for (const line of s.lines) runs.push({ text: line, options: { fontSize: 14, color: INK, breakLine: true, paraSpaceAfter: 4 } })
  slide.addText(runs, { x: M, y, w: W - 2 * M, h: bodyH, fontFace: FONT, valign: 'top', fit: 'shrink' })
  citation(slide, s.citationLine)
  slide.addNotes(notes(s))
}

function chartSlides(pptx: PptxGenJS, s: DocSection, image: ChartImage | undefined): void {
  const chart = s.chart
  if (!chart) return
  const slide = pptx.addSlide()
  const y = heading(slide, s.kindLabel, s.heading)
  const boxW = W - 2 * M
  const boxH = H - 0.75 - y - 0.5
  if (image) {
    const scale = Math.min(boxW / image.width, boxH / image.height)
    const w = image.width * scale
    const h = image.height * scale
    slide.addImage({ data: image.dataUrl, x: M + (boxW - w) / 2, y, w, h, altText: chart.alt })
  } else {
    slide.addText(chart.alt, { x: M, y, w: boxW, h: boxH, fontFace: FONT, fontSize: 16, color: INK, valign: 'top' })
  }
  slide.addText(s.lines.join(' '), {
    x: M,
    y: H - 1.15,
    w: boxW,
    h: 0.5,
    fontFace: FONT,
    fontSize: 11,
    color: MUTED,
    valign: 'top',
    fit: 'shrink',
  })
  citation(slide, s.citationLine)
  slide.addNotes(notes(s))

  // The table twin as native tables, a few rows a slide.
  const pages = Math.max(1, Math.ceil(chart.table.rows.length / TABLE_ROWS_PER_SLIDE))
  for (let page = 0; page < pages; page++) {
    const t = pptx.addSlide()
    const top = heading(t, `${s.kindLabel} · table${pages > 1 ? ` (${page + 1} of ${pages})` : ''}`, chart.title)
    const rows = chart.table.rows.slice(page * TABLE_ROWS_PER_SLIDE, (page + 1) * TABLE_ROWS_PER_SLIDE)
    const head = chart.table.header.map((text) => ({ text, options: { bold: true, fill: { color: 'EEF1F5' } } }))
    t.addTable([head, ...rows.map((r) => r.map((text) => ({ text })))], {
      x: M,
      y: top,
      w: boxW,
      fontFace: FONT,
      fontSize: chart.table.header.length > 5 ? 10 : 12,
      color: INK,
      border: { type: 'solid', pt: 0.5, color: 'B7BFCA' },
      autoPage: false,
    })
    citation(t, `${chart.table.caption} · ${s.citationLine}`)
    t.addNotes(`Table twin of the chart “${chart.title}”.\n\nCitation: ${s.citation}`)
  }
}

/** Builds the deck; returns the .pptx bytes. */
export async function buildPptx(doc: BriefDocument, images: ReadonlyMap<string, ChartImage>, appUrl: string): Promise<Uint8Array> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = doc.title
  pptx.subject = doc.subtitle
  pptx.author = 'Parallax'
  pptx.company = 'Parallax'

  const title = pptx.addSlide()
  title.addText('PARALLAX BRIEFING', { x: M, y: 1.4, w: W - 2 * M, h: 0.4, fontFace: FONT, fontSize: 14, bold: true, color: MUTED })
  title.addText(doc.title, {
    x: M,
    y: 1.9,
    w: W - 2 * M,
    h: 1.6,
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: INK,
    valign: 'top',
    fit: 'shrink',
  })
  if (doc.subtitle)
    title.addText(doc.subtitle, { x: M, y: 3.6, w: W - 2 * M, h: 0.8, fontFace: FONT, fontSize: 22, color: MUTED, valign: 'top' })
  title.addText(`${doc.sections.length} items · ${doc.dataLine}`, {
    x: M,
    y: 4.6,
    w: W - 2 * M,
    h: 0.5,
    fontFace: FONT,
    fontSize: 16,
    color: INK,
  })
  citation(title, `${doc.dataLine} · ${appUrl}`)
  title.addNotes(doc.sections.map((s, i) => `${i + 1}. ${s.kindLabel}: ${s.heading}`).join('\n'))

  for (const s of doc.sections) {
    if (s.chart) chartSlides(pptx, s, images.get(s.key))
    else textSlide(pptx, s)
  }

  const pages = Math.max(1, Math.ceil(doc.sources.length / SOURCES_PER_SLIDE))
  for (let page = 0; page < pages; page++) {
    const slide = pptx.addSlide()
    const y = heading(slide, 'Sources', pages > 1 ? `Sources (${page + 1} of ${pages})` : 'Sources')
    const list = doc.sources.slice(page * SOURCES_PER_SLIDE, (page + 1) * SOURCES_PER_SLIDE)
    slide.addText(
      list.length
        ? list.map((src) => ({ text: sourceLine(src), options: { bullet: true, breakLine: true, paraSpaceAfter: 4 } }))
        : [{ text: 'The items cite no external source; every citation is in the notes.' }],
      { x: M, y, w: W - 2 * M, h: H - 0.75 - y, fontFace: FONT, fontSize: 12, color: INK, valign: 'top', fit: 'shrink' },
    )
    citation(slide, `${doc.dataLine} · every item’s full citation is in its slide’s notes · ${appUrl}`)
    slide.addNotes(doc.sections.map((s) => s.citation).join('\n\n'))
  }
  const out = await pptx.write({ outputType: 'uint8array' })
  return out as Uint8Array
}

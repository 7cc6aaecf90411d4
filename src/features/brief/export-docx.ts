/**
 * The brief as a Word memo (docx, loaded only when exporting): the title, then each item as a
 * section with the plan's words as an indented quotation, our words labelled as ours, the
 * talking points as a list, and a real footnote carrying the item's full citation; charts as
 * images with their alt text and their table. Provenance labels are text, so they survive editing.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx'
import { sourceLine, type BriefDocument, type DocSection } from '../../brief/document'
import type { ChartImage } from './export-pptx'

/** Widest image on an A4/Letter page with default margins, in pixels at 96 dpi. */
const PAGE_WIDTH_PX = 600

function base64Bytes(dataUrl: string): Uint8Array {
  const b64 = dataUrl.slice(dataUrl.indexOf(',') + 1)
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
}

function footnote(s: DocSection): ParagraphChild {
  return new FootnoteReferenceRun({ children: [new Paragraph({ children: [new TextRun(s.citation)] })] })
}

function section(s: DocSection, image: ChartImage | undefined): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${s.kindLabel}: ${s.heading}`), footnote(s)] }),
  ]
  if (s.badge) out.push(new Paragraph({ children: [new TextRun({ text: `[${s.badge}]`, bold: true })] }))
  for (const q of s.quotes)
    out.push(
      new Paragraph({
        indent: { left: 720, right: 720 },
        children: [new TextRun({ text: `“${q.text}”`, italics: true, language: { value: q.lang } })],
      }),
    )
  if (s.ourWords)
    out.push(new Paragraph({ children: [new TextRun({ text: `${s.ourWords.label}: `, bold: true }), new TextRun(s.ourWords.text)] }))
  for (const line of s.lines) out.push(new Paragraph({ children: [new TextRun(line)] }))
  if (s.chart) {
    const chart = s.chart
    if (image) {
      const width = Math.min(PAGE_WIDTH_PX, image.width)
      out.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: base64Bytes(image.dataUrl),
              transformation: { width, height: Math.round((image.height / image.width) * width) },
              altText: { name: chart.title, title: chart.title, description: chart.alt },
            }),
          ],
        }),
      )
    }
    out.push(new Paragraph({ children: [new TextRun({ text: `Chart description (alt text): ${chart.alt}`, italics: true, size: 18 })] }))
    out.push(new Paragraph({ children: [new TextRun({ text: chart.table.caption, bold: true, size: 18 })] }))
    out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: chart.table.header.map(
              (h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true, size: 18 })] })] }),
            ),
          }),
          ...chart.table.rows.map(
            (r) =>
              new TableRow({
                children: r.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, size: 18 })] })] })),
              }),
          ),
        ],
      }),
    )
    out.push(new Paragraph({ children: [new TextRun({ text: `${chart.sourceLine} ${chart.asOf}.`, size: 18 })] }))
  }
  if (s.points.length) {
    out.push(new Paragraph({ children: [new TextRun({ text: 'Talking points', bold: true })] }))
    for (const p of s.points) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(p)] }))
  }
  return out
}

/** Builds the memo; returns the .docx bytes. */
export async function buildDocx(doc: BriefDocument, images: ReadonlyMap<string, ChartImage>, appUrl: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    ...(doc.subtitle ? [new Paragraph({ children: [new TextRun({ text: doc.subtitle, size: 30, color: '4A5563' })] })] : []),
    new Paragraph({ children: [new TextRun({ text: `Prepared with Parallax (${doc.dataLine}). ${appUrl}`, size: 18 })] }),
    new Paragraph({
      children: [
        new TextRun({
          text: 'Quotation marks and indented italics mark the plans’ own words only; everything else is our description, labelled as such.',
          size: 18,
        }),
      ],
    }),
    ...doc.sections.flatMap((s) => section(s, images.get(s.key))),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Sources')] }),
    ...doc.sources.map((s) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(sourceLine(s))] })),
  ]
  const file = new Document({
    title: doc.title,
    description: doc.subtitle,
    creator: 'Parallax',
    sections: [{ children }],
  })
  const buffer = await Packer.toArrayBuffer(file)
  return new Uint8Array(buffer)
}

/**
 * A real consumer of the exports: LibreOffice opens the .pptx and the .docx built from the real
 * dataset and converts them to PDF (`soffice --headless --convert-to pdf`); poppler's pdfinfo and
 * pdftotext then check one page per slide, every quote's words, the provenance labels and the
 * citations in the memo's footnotes. LibreOffice is a system dependency (scripts/test-all.sh
 * installs it): without it this test fails, never skips.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { buildBriefDocument } from '../../brief/document'
import type { BriefItem } from '../../brief/schema'
import { loadDataset } from '../../data/index'
import { buildDocx } from './export-docx'
import { buildPptx, SOURCES_PER_SLIDE, TABLE_ROWS_PER_SLIDE, type ChartImage } from './export-pptx'

const data = loadDataset()
const dir = mkdtempSync(join(tmpdir(), 'parallax-office-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function which(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** A plain PNG (a light panel with a dark bar), so the image path of both formats is exercised. */
function png(width: number, height: number): Uint8Array {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Uint8Array) => {
    let c = 0xffffffff
    for (const b of bytes) c = (table[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, body: Uint8Array) => {
    const out = new Uint8Array(12 + body.length)
    const view = new DataView(out.buffer)
    view.setUint32(0, body.length)
    out.set(new TextEncoder().encode(type), 4)
    out.set(body, 8)
    view.setUint32(8 + body.length, crc(out.subarray(4, 8 + body.length)))
    return out
  }
  const ihdr = new Uint8Array(13)
  const v = new DataView(ihdr.buffer)
  v.setUint32(0, width)
  v.setUint32(4, height)
  ihdr.set([8, 2, 0, 0, 0], 8)
  const raw = new Uint8Array((width * 3 + 1) * height)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const dark = x > width * 0.2 && x < width * 0.6 && y > height * 0.4 && y < height * 0.6
      raw.set(dark ? [29, 42, 58] : [238, 241, 245], y * (width * 3 + 1) + 1 + x * 3)
    }
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    all.set(p, at)
    at += p.length
  }
  return all
}

const official = data.provisions.find(
  (p) => p.planId === 'us' && p.provenance === 'verbatim-official' && p.text && p.text.split(' ').length < 45,
)
const described = data.provisions.find((p) => p.provenance === 'described')
const event = data.events.find((e) => e.links.length > 0)
const indicator = data.indicators[0]
if (!official || !described || !event || !indicator) throw new Error('the dataset lacks a record kind this test needs')

const items: BriefItem[] = [
  { kind: 'provision', id: official.id, key: 'a', points: 'Open with the export-control ask.\nName the agency.' },
  { kind: 'dimension', id: 'chips', key: 'b', points: 'Where the plans diverge most.' },
  { kind: 'chart', id: 'emphasis', filters: 'dims=chips~security~diplomacy', key: 'c', points: 'Shares, not counts.' },
  { kind: 'event', id: event.id, key: 'd', points: 'Dated evidence of delivery.' },
  { kind: 'indicator', id: indicator.id, key: 'e', points: '' },
  { kind: 'provision', id: described.id, key: 'f', points: 'Described only: do not quote.' },
]
const doc = buildBriefDocument(
  data,
  { title: 'Chips brief for the Deputy Secretary', subtitle: 'July 2025 plans', items },
  { origin: 'https://parallax.example', base: '/' },
)
const image: ChartImage = { dataUrl: `data:image/png;base64,${Buffer.from(png(480, 270)).toString('base64')}`, width: 480, height: 270 }
const images = new Map([
  ['c', image],
  ['e', image],
])
// Line breaks, and hyphens where a line breaks after one, are not part of the words.
const squash = (s: string) => s.replace(/[\s\u00ad-]+/g, '')

function toPdf(name: string, bytes: Uint8Array): { pages: number; text: string } {
  if (!which('soffice'))
    throw new Error(
      'LibreOffice (soffice) is not installed: run `apt-get install -y libreoffice-impress libreoffice-writer poppler-utils` (scripts/test-all.sh does).',
    )
  if (!which('pdfinfo') || !which('pdftotext')) throw new Error('poppler-utils (pdfinfo, pdftotext) is not installed.')
  const file = join(dir, name)
  writeFileSync(file, bytes)
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
    {
      stdio: 'pipe',
      timeout: 240_000,
    },
  )
  const pdf = file.replace(/\.\w+$/, '.pdf')
  const info = execFileSync('pdfinfo', [pdf]).toString()
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString()
  return { pages, text }
}

describe('exports open in LibreOffice', { timeout: 240_000 }, () => {
  it('the brief document covers five kinds, quoting only the plan’s words', () => {
    expect(doc.dropped).toEqual([])
    expect(new Set(doc.sections.map((s) => s.kind))).toEqual(new Set(['provision', 'dimension', 'chart', 'event', 'indicator']))
    expect(doc.sections.flatMap((s) => s.quotes.map((q) => q.text))).toEqual([official.text])
  })

  it('the .pptx converts with one page per slide, every quote, label, talking point in the notes and citation line', async () => {
    const bytes = await buildPptx(doc, images, 'https://parallax.example/')
    const zip = await JSZip.loadAsync(bytes)
    const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    const expected =
      1 +
      doc.sections.reduce((n, s) => n + (s.chart ? 1 + Math.max(1, Math.ceil(s.chart.table.rows.length / TABLE_ROWS_PER_SLIDE)) : 1), 0) +
      Math.max(1, Math.ceil(doc.sources.length / SOURCES_PER_SLIDE))
    expect(slideFiles).toHaveLength(expected)
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    )
    expect(notes.join('')).toContain('Open with the export-control ask.')
    expect(notes.join('')).toContain('Described only: do not quote.')
    const slideXml = (await Promise.all(slideFiles.map((f) => zip.file(f)?.async('string') ?? ''))).join('')
    expect(slideXml).toContain(`descr="${doc.sections[2]?.chart?.alt.slice(0, 40)}`)

    const { pages, text } = toPdf('brief.pptx', bytes)
    expect(pages).toBe(expected)
    const flat = squash(text)
    expect(flat).toContain(squash(`“${official.text}”`))
    expect(flat).toContain(squash('[Described, not quoted]'))
    expect(flat).toContain(squash(described.summary))
    for (const s of doc.sections) expect(flat).toContain(squash(s.url))
    expect(flat).toContain(squash(`data ${data.meta.version}`))
    expect(flat).toContain('Sources')
  })

  it('the .docx converts, with the quote, the labels, the talking points and the full citations in its footnotes', async () => {
    const bytes = await buildDocx(doc, images, 'https://parallax.example/')
    const zip = await JSZip.loadAsync(bytes)
    const footnotes = (await zip.file('word/footnotes.xml')?.async('string')) ?? ''
    const body = (await zip.file('word/document.xml')?.async('string')) ?? ''
    expect(body).toContain(`descr="${doc.sections[2]?.chart?.alt.slice(0, 40)}`)
    const unescape = (s: string) =>
      s
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
    const footText = unescape(footnotes.replace(/<[^>]+>/g, ''))
    for (const s of doc.sections) expect(footText).toContain(s.citation)

    const { pages, text } = toPdf('brief.docx', bytes)
    expect(pages).toBeGreaterThan(1)
    const flat = squash(text)
    expect(flat).toContain(squash(`“${official.text}”`))
    expect(flat).toContain(squash('[Described, not quoted]'))
    expect(flat).toContain(squash('Open with the export-control ask.'))
    // Footnotes are printed at the foot of their pages. A long one may continue at the foot of the
    // next page (Word and LibreOffice both do that), so the PDF is checked for each citation's
    // opening and its permanent URL; footnotes.xml above holds each one whole.
    for (const s of doc.sections) {
      expect(flat).toContain(squash(s.citation).slice(0, 80))
      expect(flat).toContain(squash(s.url))
    }
  })
})

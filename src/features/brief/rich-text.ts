/**
 * "Copy as rich text": one item or the whole brief as HTML (for e-mail and word processors) and
 * plain text, both with citations. Only the plan's words are set as <blockquote>; our words carry
 * their label. The HTML is a string for the clipboard, never inserted into the page.
 */
import { sourceLine, type BriefDocument, type DocSection } from '../../brief/document'
import { copyText } from '../../lib/clipboard'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function sectionHtml(s: DocSection, n: number): string {
  return [
    `<h2>${esc(s.kindLabel)}: ${esc(s.heading)}</h2>`,
    s.badge ? `<p><strong>[${esc(s.badge)}]</strong></p>` : '',
    ...s.quotes.map((q) => `<blockquote lang="${esc(q.lang)}"><p>“${esc(q.text)}”</p></blockquote>`),
    s.ourWords ? `<p><strong>${esc(s.ourWords.label)}:</strong> ${esc(s.ourWords.text)}</p>` : '',
    ...s.lines.map((l) => `<p>${esc(l)}</p>`),
    s.points.length ? `<p><strong>Talking points</strong></p><ul>${s.points.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : '',
    `<p><small>[${n}] ${esc(s.citation)} <a href="${esc(s.url)}">${esc(s.url)}</a></small></p>`,
  ]
    .filter(Boolean)
    .join('\n')
}

function sectionText(s: DocSection, n: number): string {
  return [
    `${s.kindLabel}: ${s.heading}`,
    s.badge ? `[${s.badge}]` : '',
    ...s.quotes.map((q) => `“${q.text}”`),
    s.ourWords ? `${s.ourWords.label}: ${s.ourWords.text}` : '',
    ...s.lines,
    ...(s.points.length ? ['Talking points:', ...s.points.map((p) => `- ${p}`)] : []),
    `[${n}] ${s.citation}`,
  ]
    .filter(Boolean)
    .join('\n')
}

/** The whole brief, or just the sections given. */
export function richText(doc: BriefDocument, only?: readonly DocSection[]): { html: string; text: string } {
  const sections = only ?? doc.sections
  const whole = only === undefined
  const html = [
    whole ? `<h1>${esc(doc.title)}</h1>${doc.subtitle ? `<p>${esc(doc.subtitle)}</p>` : ''}` : '',
    ...sections.map((s, i) => sectionHtml(s, i + 1)),
    whole && doc.sources.length ? `<h2>Sources</h2><ul>${doc.sources.map((s) => `<li>${esc(sourceLine(s))}</li>`).join('')}</ul>` : '',
    `<p><small>${esc(doc.dataLine)}.</small></p>`,
  ]
    .filter(Boolean)
    .join('\n')
  const text = [
    whole ? [doc.title, doc.subtitle].filter(Boolean).join('\n') : '',
    ...sections.map((s, i) => sectionText(s, i + 1)),
    whole && doc.sources.length ? ['Sources:', ...doc.sources.map((s) => `- ${sourceLine(s)}`)].join('\n') : '',
    `${doc.dataLine}.`,
  ]
    .filter(Boolean)
    .join('\n\n')
  return { html, text }
}

/** Puts HTML and plain text on the clipboard (plain text alone where the browser allows only that). */
export async function copyRich({ html, text }: { html: string; text: string }): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ])
      return
    } catch {
      // Permission denied or an older browser: plain text below.
    }
  }
  await copyText(text)
}

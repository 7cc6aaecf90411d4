/**
 * Formats a CSL-JSON item (src/lib/cite-item.ts) as APA 7, Chicago author-date (the 16th-edition CSL
 * style: the 17th/18th-edition styles take 15 s or more to compile in citeproc-js, too slow for a menu)
 * and MLA 9 text, BibTeX, RIS
 * and CSL-JSON with citation-js and the official CSL styles in ./csl/. Heavy (citeproc, the styles):
 * the Cite menu loads this module with a dynamic import() when it opens, so it stays off the first view.
 */
import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'
import '@citation-js/plugin-ris'
import chicago from './csl/chicago-author-date-16th-edition.csl?raw'
import mla from './csl/modern-language-association.csl?raw'
import type { CslItem } from './cite-item'

const config = plugins.config.get('@csl') as { styles: { add: (name: string, xml: string) => void; has: (name: string) => boolean } }
if (!config.styles.has('chicago-author-date')) config.styles.add('chicago-author-date', chicago)
if (!config.styles.has('mla')) config.styles.add('mla', mla)

export const CITE_FORMATS = ['apa', 'chicago', 'mla', 'bibtex', 'ris', 'csl-json'] as const
export type CiteFormat = (typeof CITE_FORMATS)[number]

export type FormattedCitation = Record<CiteFormat, string>

/**
 * One reference in a style, followed by the item's note: the styles print no note for a web page, and
 * the note is where the record's provenance (a description, an altered copy) and its data version are said.
 */
function bibliography(cite: Cite, template: string, note: string | undefined): string {
  const text = String(cite.format('bibliography', { format: 'text', template, lang: 'en-US' })).trim()
  return note && !text.includes(note) ? `${text} ${note}` : text
}

/**
 * citation-js wraps RIS values every 70 characters; readers join the continuation with a space and
 * break words ("Str engthen"). RIS needs no wrapping, so each tag goes on one line.
 */
function unwrapRis(ris: string): string {
  return ris
    .trim()
    .split('\n')
    .reduce<string[]>((lines, line) => {
      if (/^[A-Z][A-Z0-9] {2}-/.test(line) || lines.length === 0) lines.push(line)
      else lines[lines.length - 1] += line
      return lines
    }, [])
    .join('\n')
}

export function formatCitations(item: CslItem): FormattedCitation {
  const cite = new Cite([item])
  return {
    apa: bibliography(cite, 'apa', item.note),
    chicago: bibliography(cite, 'chicago-author-date', item.note),
    mla: bibliography(cite, 'mla', item.note),
    bibtex: String(cite.format('bibtex')).trim(),
    ris: unwrapRis(String(cite.format('ris'))),
    'csl-json': JSON.stringify([item], null, 2),
  }
}

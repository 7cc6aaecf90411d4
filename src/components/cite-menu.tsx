import { useId, useRef, useState, type KeyboardEvent } from 'react'
import type { CiteContext, CslItem } from '../lib/cite-item'
import type { CiteFormat, FormattedCitation } from '../lib/cite-formats'
import { downloadBlob } from '../lib/download'
import { useUrlStore } from '../url-state/store'
import { CopyButton } from './copy-button'
import './cite-menu.css'

const formats: { id: CiteFormat; label: string; file?: { ext: string; type: string } }[] = [
  { id: 'apa', label: 'APA (7th edition)' },
  { id: 'chicago', label: 'Chicago (author-date, 16th edition)' },
  { id: 'mla', label: 'MLA (9th edition)' },
  { id: 'bibtex', label: 'BibTeX', file: { ext: 'bib', type: 'application/x-bibtex' } },
  { id: 'ris', label: 'RIS', file: { ext: 'ris', type: 'application/x-research-info-systems' } },
  { id: 'csl-json', label: 'CSL-JSON', file: { ext: 'json', type: 'application/vnd.citationstyles.csl+json' } },
]

/** Where and when the reader cites from: this site, today, and the data version in the URL (`v=`). */
function citeContext(v: string | null): CiteContext {
  return {
    origin: window.location.origin,
    base: import.meta.env.BASE_URL,
    accessed: new Date().toISOString().slice(0, 10),
    pinVersion: v !== null,
  }
}

/**
 * “Cite”: a disclosure with the thing's citation in APA, Chicago author-date and MLA, and as BibTeX, RIS
 * and CSL-JSON for reference managers, each with Copy (and Download for the files). The citation code
 * (citation-js and the CSL styles) loads when the menu first opens. Esc closes it and returns focus to
 * the button.
 */
export function CiteMenu({ what, fileName, getItem }: { what: string; fileName: string; getItem: (ctx: CiteContext) => CslItem }) {
  const [open, setOpen] = useState(false)
  const [result, setResult] = useState<FormattedCitation | null>(null)
  const [error, setError] = useState(false)
  const v = useUrlStore((s) => s.state.v)
  const toggle = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  const show = () => {
    setOpen(true)
    setResult(null)
    setError(false)
    import('../lib/cite-formats').then((m) => setResult(m.formatCitations(getItem(citeContext(v))))).catch(() => setError(true))
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return
    // Only the menu closes: the panel it sits in stays open.
    e.stopPropagation()
    setOpen(false)
    toggle.current?.focus()
  }

  return (
    <div className="cite-menu" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-label={`Cite ${what}`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => (open ? setOpen(false) : show())}
      >
        Cite <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={panelId} className="cite-menu__panel" role="group" aria-label={`Cite ${what}`}>
          {error ? (
            <p className="cite-menu__status" role="alert">
              The citation formats could not be loaded. Check the connection and open Cite again.
            </p>
          ) : !result ? (
            <p className="cite-menu__status" role="status">
              Preparing the citation…
            </p>
          ) : (
            <ul className="cite-menu__list">
              {formats.map((f) => (
                <li key={f.id} className="cite-menu__item" data-format={f.id}>
                  <p className="cite-menu__label">{f.label}</p>
                  <pre className="cite-menu__text" tabIndex={0} aria-label={`${f.label} citation`}>
                    {result[f.id]}
                  </pre>
                  <div className="cite-menu__actions">
                    <CopyButton
                      label={`Copy ${f.label.replace(/ \(.*\)$/, '')}`}
                      confirm={`${f.label} copied to the clipboard.`}
                      getText={() => result[f.id]}
                    />
                    {f.file && (
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => f.file && downloadBlob(result[f.id], `${fileName}.${f.file.ext}`, f.file.type)}
                      >
                        Download .{f.file.ext}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}

import type { Provision } from '../data/schema'
import { nativeLangOf, provenanceExplanations } from '../lib/format'
import { ProvenanceBadge } from './badges'
import { Highlight } from './search'
import './verbatim.css'

/**
 * The plan's words, or — where no official wording was seen — our description, which is never
 * styled as a quote and always carries its "Described, not quoted" badge. Text seen only in an
 * altered copy leads with our description and its own badge; the copy's text is shown (in full
 * views) as a captioned figure, never as a quotation.
 */
export function Verbatim({ provision, full = false }: { provision: Provision; full?: boolean }) {
  const { text, nativeText, summary, provenance } = provision
  if (provenance === 'described' || (!text && !nativeText)) {
    return (
      <div className="verbatim verbatim--described">
        <ProvenanceBadge provenance="described" />
        <p className="verbatim__description">
          <Highlight text={summary} />
        </p>
      </div>
    )
  }
  if (provenance === 'altered-copy') {
    // Seen only in a converted copy: shown as evidence of content, never styled as the plan's words.
    return (
      <div className="verbatim verbatim--altered">
        <ProvenanceBadge provenance="altered-copy" />
        <p className="verbatim__description">
          <Highlight text={summary} />
        </p>
        {full && nativeText && (
          <figure className="verbatim__altered">
            <figcaption>{provenanceExplanations['altered-copy']}</figcaption>
            <p lang={nativeLangOf(provision)}>
              <Highlight text={nativeText} />
            </p>
          </figure>
        )}
      </div>
    )
  }
  return (
    <div className={`verbatim${full ? ' verbatim--full' : ''}`}>
      {text && (
        <blockquote className="verbatim__quote" lang="en">
          <p>
            <Highlight text={text} />
          </p>
        </blockquote>
      )}
      {nativeText && (
        <blockquote className="verbatim__quote verbatim__quote--native" lang={nativeLangOf(provision)}>
          <p>
            <Highlight text={nativeText} />
          </p>
        </blockquote>
      )}
    </div>
  )
}

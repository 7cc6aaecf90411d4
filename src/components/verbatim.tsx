import type { Provision } from '../data/schema'
import { ProvenanceBadge } from './badges'

/**
 * The plan's words, or — where no official wording was seen — our description, which is never
 * styled as a quote and always carries its "Described, not quoted" badge.
 */
export function Verbatim({ provision, full = false }: { provision: Provision; full?: boolean }) {
  const { text, nativeText, summary, provenance } = provision
  if (provenance === 'described' || (!text && !nativeText)) {
    return (
      <div className="verbatim verbatim--described">
        <ProvenanceBadge provenance="described" />
        <p className="verbatim__description">{summary}</p>
      </div>
    )
  }
  return (
    <div className={`verbatim${full ? ' verbatim--full' : ''}`}>
      {text && (
        <blockquote className="verbatim__quote" lang="en">
          <p>{text}</p>
        </blockquote>
      )}
      {nativeText && (
        <blockquote className="verbatim__quote verbatim__quote--native" lang="zh">
          <p>{nativeText}</p>
        </blockquote>
      )}
    </div>
  )
}

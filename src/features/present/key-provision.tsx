import { ProvenanceBadge } from '../../components/badges'
import type { KeyProvision as Key } from '../../lib/slides'

/**
 * One provision on a slide: the plan's words (shortened, cut marked "…") followed by where they
 * are printed, or — for a described provision — our description with its "Described, not
 * quoted" badge, never styled as a quote.
 */
export function KeyProvision({ item }: { item: Key }) {
  const { quote, description, provision } = item
  return (
    <article className={`key${quote ? '' : ' key--described'}`} data-provision={provision.id} data-provenance={provision.provenance}>
      {quote ? (
        <blockquote className="key__quote" lang={quote.lang}>
          <p>{quote.text}</p>
        </blockquote>
      ) : (
        <p className="key__described">
          <ProvenanceBadge provenance={provision.provenance === 'altered-copy' ? 'altered-copy' : 'described'} /> {description}
        </p>
      )}{' '}
      <p className="key__meta">
        <span aria-hidden="true">— </span>
        {item.section}
        {item.page !== undefined && `, p. ${item.page}`}
        {provision.provenance === 'verbatim-quoted' && (
          <>
            {' '}
            <ProvenanceBadge provenance="verbatim-quoted" />
          </>
        )}
      </p>
      {quote && description && (
        <p className="key__gloss">
          <span className="key__gloss-label">In our words:</span> {description}
        </p>
      )}
    </article>
  )
}

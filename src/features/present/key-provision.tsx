import { ProvenanceBadge } from '../../components/badges'
import type { KeyProvision as Key } from '../../lib/slides'

/**
 * One provision on a slide, title first: its short title as the headline, then the plan's whole
 * wording and where it is printed. Anything but official wording carries its provenance as a
 * badge; a described provision or an altered copy shows no text of its own on the slide (never
 * styled as a quote) — our words and how it was read are in the speaker notes.
 */
export function KeyProvision({ item }: { item: Key }) {
  const { quote, provision } = item
  const badge = provision.provenance === 'verbatim-official' ? null : provision.provenance
  return (
    <article className={`key${quote ? '' : ' key--described'}`} data-provision={provision.id} data-provenance={provision.provenance}>
      <h3 className="key__title">{item.title}</h3>
      {quote && (
        <blockquote className="key__quote" lang={quote.lang}>
          <p>{quote.text}</p>
        </blockquote>
      )}
      <p className="key__meta">
        {badge && (
          <>
            <ProvenanceBadge provenance={badge} />{' '}
          </>
        )}
        {item.section}
        {item.page !== undefined && `, p. ${item.page}`}
      </p>
    </article>
  )
}

import { isPlanWording, nativeLangOf, provenanceExplanations, provenanceLabels } from '../../lib/format'
import { ProvenanceBadge } from '../../components/badges'
import { SourceList } from '../../components/source-list'
import { sectionPath, type DatasetIndex } from '../../lib/dataset-index'
import type { KeyProvision, Slide } from '../../lib/slides'

/** Everything behind a provision on the slide: where it is printed, its wording, how it was read (the badge's prose) and our summary. */
function FullText({ item, index }: { item: KeyProvision; index: DatasetIndex }) {
  const p = item.provision
  const plan = index.plans.get(p.planId)
  return (
    <li className="notes__provision">
      <p className="notes__provision-head">
        <strong>{plan?.country}</strong> · {p.title}
      </p>
      <p className="notes__where">
        {sectionPath(index, p.sectionId)}
        {p.page !== undefined && `, p. ${p.page}`} · {p.id}
      </p>
      {p.provenance !== 'verbatim-official' && (
        <p className="notes__provenance">
          <strong>{provenanceLabels[p.provenance]}:</strong> {provenanceExplanations[p.provenance]}
        </p>
      )}
      {!isPlanWording(p) ? (
        <div className="notes__described">
          <ProvenanceBadge provenance={p.provenance} />
          <p>{p.summary}</p>
        </div>
      ) : (
        <>
          {p.text && (
            <blockquote lang="en" className="notes__quote">
              <p>{p.text}</p>
            </blockquote>
          )}
          {p.nativeText && (
            <blockquote lang={nativeLangOf(p)} className="notes__quote">
              <p>{p.nativeText}</p>
            </blockquote>
          )}
          <p className="notes__summary">In our words: {p.summary}</p>
        </>
      )}
    </li>
  )
}

function Body({ slide, index }: { slide: Slide; index: DatasetIndex }) {
  switch (slide.kind) {
    case 'title':
      return (
        <ul className="notes__list">
          {slide.plans.map((p) => (
            <li key={p.id}>
              {p.title}
              {p.nativeTitle && <span lang="zh"> ({p.nativeTitle})</span>}: {p.structure}
            </li>
          ))}
        </ul>
      )
    case 'dimension':
      return (
        <>
          {slide.comparison && (
            <>
              <h3>Analyst note (our words, in full)</h3>
              <p>{slide.comparison.note}</p>
            </>
          )}
          <h3>The provisions on the slide: wording, provenance and our summary</h3>
          <ul className="notes__list">
            {slide.columns
              .flatMap((c) => c.key)
              .map((item) => (
                <FullText key={item.provision.id} item={item} index={index} />
              ))}
          </ul>
        </>
      )
    case 'chart':
      return (
        <p>
          The chart follows the current filters; its source line and as-of date are part of the figure. Its table twin is on the Charts
          view.
        </p>
      )
    case 'sources':
      return <p>Every source cited on the slides, with its link:</p>
    default:
      return slide satisfies never
  }
}

/** What the presenter needs for one slide: full texts, the whole note and the sources. */
export function SpeakerNotes({ slide, next, index }: { slide: Slide; next: Slide | undefined; index: DatasetIndex }) {
  return (
    <div className="notes__content">
      <h2 className="notes__title">Notes: {slide.title}</h2>
      <Body slide={slide} index={index} />
      {slide.sourceIds.length > 0 && (
        <>
          <h3>Sources</h3>
          <SourceList ids={slide.sourceIds} index={index} />
        </>
      )}
      <p className="notes__next">{next ? `Next: ${next.title}` : 'This is the last slide.'}</p>
    </div>
  )
}

import { useCallback, useEffect, useRef } from 'react'
import { useNotes } from '../../api/notes'
import { PlanSwatch, ProvenanceBadge, StatusBadge, VerificationBadge } from '../../components/badges'
import { CiteMenu } from '../../components/cite-menu'
import { AddToBrief } from '../../components/add-to-brief'
import { CopyButton } from '../../components/copy-button'
import { SourceList } from '../../components/source-list'
import type { Dataset } from '../../data/dataset-schema'
import type { Provision } from '../../data/schema'
import { actorRoleLabels, namedActorsText } from '../../lib/actors'
import { formatCitation } from '../../lib/citation'
import { permalinkUrl } from '../../lib/permalink'
import { provisionItem } from '../../lib/cite-item'
import { sectionPath, statusOf, type DatasetIndex } from '../../lib/dataset-index'
import {
  ASCII_PUNCTUATION_CAVEAT,
  formatDate,
  isPlanWording,
  nativeLangOf,
  orientationLabels,
  provenanceExplanations,
  statusLabels,
} from '../../lib/format'
import { relatedProvisions } from '../../lib/selectors'
import { useUrlStore } from '../../url-state/store'

/** After the panel closes: focus the selected provision's card link, else the element that opened the panel, else the main content. */
function returnFocus(id: string | null, opener: HTMLElement | null): void {
  const card = id ? document.querySelector<HTMLElement>(`[data-provision="${id}"] .provision__title a`) : null
  const target = card ?? (opener?.isConnected ? opener : document.getElementById('main'))
  target?.focus()
}

const linkLabels = { implements: 'Implements', contradicts: 'Points the other way', context: 'Context' } as const

/** The detail panel for `sel`: full text, coded attributes, sources, citation, related provisions, events. */
export function ProvisionDetail({ dataset, index, provision }: { dataset: Dataset; index: DatasetIndex; provision: Provision }) {
  const update = useUrlStore((s) => s.update)
  const heading = useRef<HTMLHeadingElement>(null)
  // The element that had focus when the reader opened the panel (the card's link, as a rule).
  const opener = useRef<HTMLElement | null>(null)
  // Move focus to the panel when the reader opened it, not when a shared link opens with it.
  useEffect(() => {
    const active = document.activeElement
    if (active && active !== document.body) {
      if (!heading.current?.closest('.detail')?.contains(active)) opener.current = active as HTMLElement
      heading.current?.focus()
    }
  }, [provision.id])
  const close = useCallback(() => {
    const id = useUrlStore.getState().state.sel
    update({ sel: null })
    // Back to the card that opened the panel: its link if it is on screen, else whatever opened it.
    window.setTimeout(() => returnFocus(id, opener.current), 0)
  }, [update])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !useUrlStore.getState().state.present) close()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [close])

  const plan = index.plans.get(provision.planId)
  const dim = (id: string) => index.dimensions.get(id)?.label ?? id
  const instrument = (id: string) => dataset.instruments.find((i) => i.id === id)?.label ?? id
  const implementation = index.implementation.get(provision.id)
  const events = index.eventsByProvision.get(provision.id) ?? []
  const related = relatedProvisions(dataset, provision).slice(0, 4)
  const notes = useNotes()
  const codingNotes = notes.data?.provisions[provision.id] ?? []

  return (
    <aside className="detail" aria-labelledby="detail-title">
      <div className="detail__head">
        <p className="detail__plan">
          {plan && <PlanSwatch planId={plan.id} />}
          {plan?.country} · <span className="detail__id">{provision.id}</span>
        </p>
        <button type="button" className="button button--quiet" onClick={close} aria-label="Close details">
          ✕
        </button>
      </div>
      <h2 id="detail-title" tabIndex={-1} ref={heading}>
        {provision.title}
      </h2>
      <p className="detail__section">
        {sectionPath(index, provision.sectionId)}
        {provision.page !== undefined && `, p. ${provision.page}`}
      </p>
      <p className="detail__badges">
        <ProvenanceBadge provenance={provision.provenance} />
        <StatusBadge status={statusOf(index, provision.id)} />
      </p>
      {isPlanWording(provision) && provision.text && (
        <blockquote className="detail__quote" lang="en" cite={plan?.urls[0]?.url}>
          <p>{provision.text}</p>
        </blockquote>
      )}
      {isPlanWording(provision) && provision.nativeText && (
        <>
          <blockquote className="detail__quote" lang={nativeLangOf(provision)}>
            <p>{provision.nativeText}</p>
          </blockquote>
          <p className="detail__caveat">{ASCII_PUNCTUATION_CAVEAT}</p>
        </>
      )}
      {provision.provenance === 'altered-copy' && (
        <div className="detail__warning">
          <p>
            <strong>Not the plan’s wording.</strong> {provenanceExplanations['altered-copy']} Do not quote it as the plan’s words.
          </p>
          {provision.nativeText && (
            <figure className="verbatim__altered">
              <figcaption>As the converted copy shows it (traditional script):</figcaption>
              <p lang={nativeLangOf(provision)}>{provision.nativeText}</p>
            </figure>
          )}
        </div>
      )}
      <h3>Summary (our words)</h3>
      <p>{provision.summary}</p>
      {provision.provenance === 'described' && (
        <p className="detail__warning">
          No official wording of this provision was seen. It is described from the sources below; do not quote it as the plan’s words.
        </p>
      )}
      <CopyButton
        label="Copy citation"
        confirm="Citation copied to the clipboard."
        reveal
        // The provision's own page, without the reader's search or filters (docs/url-contract.md).
        getText={() =>
          formatCitation(
            dataset,
            provision,
            permalinkUrl({ kind: 'provisions', id: provision.id }, window.location.origin, import.meta.env.BASE_URL),
          )
        }
      />
      <CiteMenu
        what={`provision ${provision.id}`}
        fileName={`parallax-${provision.id}`}
        getItem={(ctx) => provisionItem(dataset, provision, ctx)}
      />
      <AddToBrief item={{ kind: 'provision', id: provision.id }} name={provision.title} className="button" />

      <h3>Coding</h3>
      <dl className="detail__codes">
        <dt>Primary dimension</dt>
        <dd>{dim(provision.primary)}</dd>
        {provision.secondary.length > 0 && (
          <>
            <dt>Also touches</dt>
            <dd>{provision.secondary.map(dim).join(', ')}</dd>
          </>
        )}
        <dt>Instruments</dt>
        <dd>{provision.instruments.map(instrument).join(', ')}</dd>
        <dt>Scope · framing · lead</dt>
        <dd>
          {orientationLabels[provision.orientation.scope]} · {orientationLabels[provision.orientation.framing]} ·{' '}
          {orientationLabels[provision.orientation.lead]}
        </dd>
        <dt>Who must act (named)</dt>
        <dd>
          {provision.actors === undefined || provision.actors === 'not-stated' ? (
            namedActorsText(provision, index.agencies)
          ) : (
            <ul className="detail__actors">
              {provision.actors.map((a, i) => {
                const evidence = a.evidence || notes.data?.actorEvidence[provision.id]?.[i]
                return (
                  <li key={`${a.agencyId}-${a.role}`}>
                    <strong>{actorRoleLabels[a.role]}:</strong> {index.agencies.get(a.agencyId)?.name ?? a.agencyId}
                    {evidence && <span className="detail__evidence"> — “{evidence}”</span>}
                  </li>
                )
              })}
            </ul>
          )}
        </dd>
        {provision.inferredActors.length > 0 && (
          <>
            <dt>Inferred, not named</dt>
            <dd>
              <ul className="detail__actors">
                {provision.inferredActors.map((a) => (
                  <li key={a.agencyId}>
                    <strong>{index.agencies.get(a.agencyId)?.name ?? a.agencyId}</strong> (rule: {a.rule}): {a.note}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <h3>Coding notes</h3>
      {notes.isPending ? (
        <p className="detail__pending">Loading the coding notes…</p>
      ) : notes.error ? (
        <p className="detail__pending">
          The coding notes could not be loaded.{' '}
          <button type="button" className="link-button" onClick={() => void notes.refetch()}>
            Retry
          </button>
        </p>
      ) : codingNotes.length > 0 ? (
        <ul className="detail__notes">
          {codingNotes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      ) : (
        <p className="detail__pending">None: the codebook settled every code.</p>
      )}

      <h3>Implementation</h3>
      <p>
        {statusLabels[statusOf(index, provision.id)]}
        {implementation ? `: ${implementation.note}` : ' (no dated implementing act found; not the same as “not done”).'}
      </p>
      {events.length > 0 && (
        <ul className="detail__events">
          {events.map(({ event, kind }) => (
            <li key={event.id}>
              <time dateTime={event.date}>{formatDate(event.date)}</time> · {linkLabels[kind]}: {event.title}{' '}
              <VerificationBadge verification={event.verification} />
            </li>
          ))}
        </ul>
      )}

      <h3>Sources</h3>
      <SourceList ids={provision.sourceIds} index={index} />

      {related.length > 0 && (
        <>
          <h3>Related in the other plan</h3>
          <ul className="detail__related">
            {related.map((r) => (
              <li key={r.id}>
                <button type="button" className="link-button" onClick={() => update({ sel: r.id })}>
                  {r.title}
                </button>{' '}
                <ProvenanceBadge provenance={r.provenance} />
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  )
}

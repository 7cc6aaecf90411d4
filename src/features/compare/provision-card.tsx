import { memo, type MouseEvent } from 'react'
import { AddToBrief } from '../../components/add-to-brief'
import { ProvenanceBadge, StatusBadge } from '../../components/badges'
import { CiteMenu } from '../../components/cite-menu'
import { Highlight } from '../../components/search'
import { Verbatim } from '../../components/verbatim'
import type { Provision } from '../../data/schema'
import { inferredActorsText, namedActorsText } from '../../lib/actors'
import { provisionItem } from '../../lib/cite-item'
import { sectionPath, statusOf, type DatasetIndex } from '../../lib/dataset-index'
import { useUrlStore } from '../../url-state/store'
import { stateHref } from '../../url-state/url'

/**
 * One provision in a cell. It subscribes only to whether it is selected and to the link it needs,
 * so a filter change re-renders only cards whose link or selection changed.
 */
export const ProvisionCard = memo(function ProvisionCard({
  provision,
  index,
  secondary = false,
}: {
  provision: Provision
  index: DatasetIndex
  secondary?: boolean
}) {
  const selected = useUrlStore((s) => s.state.sel === provision.id)
  const href = useUrlStore((s) => stateHref({ ...s.state, sel: provision.id }))
  const update = useUrlStore((s) => s.update)
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return
    e.preventDefault()
    update({ sel: provision.id })
  }
  const path = sectionPath(index, provision.sectionId)
  return (
    <article
      className={`provision${selected ? ' provision--selected' : ''}${secondary ? ' provision--secondary' : ''}`}
      data-provision={provision.id}
    >
      <h3 className="provision__title">
        <a href={href} onClick={open} aria-current={selected ? 'true' : undefined}>
          <Highlight text={provision.title} />
        </a>
      </h3>
      <Verbatim provision={provision} />
      <p className="provision__meta">
        <span>{path}</span>
        {provision.page !== undefined && <span>p. {provision.page}</span>}
      </p>
      {provision.actors !== undefined && (
        <p className="provision__actors">
          <span className="visually-hidden">Who must act: </span>
          {namedActorsText(provision, index.agencies)}
          {provision.inferredActors.length > 0 && (
            <span className="provision__inferred"> · {inferredActorsText(provision, index.agencies)}</span>
          )}
        </p>
      )}
      <p className="provision__badges">
        {provision.provenance !== 'described' && <ProvenanceBadge provenance={provision.provenance} />}
        <StatusBadge status={statusOf(index, provision.id)} />
        <AddToBrief item={{ kind: 'provision', id: provision.id }} name={provision.title} />
      </p>
      <CiteMenu
        what={`provision ${provision.id}`}
        fileName={`parallax-${provision.id}`}
        getItem={(ctx) => provisionItem(index.dataset, provision, ctx)}
      />
    </article>
  )
})

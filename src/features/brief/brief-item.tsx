import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useState } from 'react'
import type { DocSection } from '../../brief/document'
import { useBriefStore } from '../../brief/store'
import type { BriefItem } from '../../brief/schema'

/** One item of the brief: drag handle, what it is, its provenance label, talking points and actions. */
export function BriefItemRow({
  item,
  section,
  name,
  position,
  count,
  onCopy,
}: {
  item: BriefItem
  /** Undefined when the data no longer has the item. */
  section: DocSection | undefined
  name: string
  position: number
  count: number
  onCopy: (section: DocSection) => void
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.key })
  const store = useBriefStore.getState()
  const [points, setPoints] = useState(item.points)
  const pointsId = `brief-points-${item.key}`
  return (
    <li
      ref={setNodeRef}
      className={`brief-item${isDragging ? ' brief-item--dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-brief-item={`${item.kind}:${item.id}`}
    >
      <div className="brief-item__head">
        <button
          type="button"
          className="brief-item__handle"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Reorder ${name}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <div className="brief-item__what">
          <p className="brief-item__kind">
            {position}. {section?.kindLabel ?? 'Not in this data'}
            {section?.badge && <span className="badge badge--described brief-item__badge">{section.badge}</span>}
          </p>
          <h3 className="brief-item__name">{name}</h3>
        </div>
      </div>
      <label className="brief-item__points-label" htmlFor={pointsId}>
        Talking points <span className="brief-item__hint">(one a line)</span>
      </label>
      <textarea
        id={pointsId}
        className="brief-item__points"
        rows={2}
        value={points}
        onChange={(e) => {
          setPoints(e.target.value)
          store.setPoints(item.key, e.target.value)
        }}
      />
      <div className="brief-item__actions">
        <button
          type="button"
          className="button button--quiet"
          disabled={position === 1}
          onClick={() => store.move(position - 1, position - 2)}
          aria-label={`Move up: ${name}`}
        >
          Move up
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={position === count}
          onClick={() => store.move(position - 1, position)}
          aria-label={`Move down: ${name}`}
        >
          Move down
        </button>
        {section && (
          <button type="button" className="button button--quiet" onClick={() => onCopy(section)} aria-label={`Copy as rich text: ${name}`}>
            Copy as rich text
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => useBriefStore.getState().remove(item.key)}
          aria-label={`Remove: ${name}`}
        >
          Remove
        </button>
      </div>
    </li>
  )
}

import { useState } from 'react'
import { sameItem, type NewBriefItem } from '../brief/items'
import { useBriefStore } from '../brief/store'
import './add-to-brief.css'

/**
 * "Add to brief" (docs/architecture.md § Brief) on a provision, a dimension comparison, a chart
 * with its filters, an event or an indicator. Once the item is in the open brief the button says
 * so and opens the brief panel instead. The confirmation is announced in a live region.
 */
export function AddToBrief({
  item,
  name,
  className = 'button button--quiet add-to-brief',
}: {
  item: NewBriefItem
  name: string
  className?: string
}) {
  const inBrief = useBriefStore((s) => s.drafts.find((d) => d.id === s.activeId)?.items.some((i) => sameItem(i, item)) ?? false)
  const [message, setMessage] = useState('')
  const onClick = async () => {
    const store = useBriefStore.getState()
    if (inBrief) return store.setOpen(true)
    await store.add(item)
    const s = useBriefStore.getState()
    const brief = s.drafts.find((d) => d.id === s.activeId)
    setMessage(`Added to the brief “${brief?.title ?? ''}” (${brief?.items.length ?? 0} items).`)
  }
  return (
    <span className="add-to-brief__wrap">
      <button
        type="button"
        className={className}
        data-in-brief={inBrief ? 'true' : undefined}
        aria-label={`${inBrief ? 'In brief' : 'Add to brief'}: ${name}`}
        onClick={() => void onClick()}
      >
        <span aria-hidden="true">{inBrief ? '✓' : '+'}</span> {inBrief ? 'In brief' : 'Add to brief'}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {message}
      </span>
    </span>
  )
}

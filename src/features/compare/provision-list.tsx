import { useState } from 'react'
import type { Provision } from '../../data/schema'
import type { DatasetIndex } from '../../lib/dataset-index'
import { plural } from '../../lib/format'
import { useUrlStore } from '../../url-state/store'
import { ProvisionCard } from './provision-card'
import { usePrinting } from './use-printing'

const FIRST = 3

/** Whether the provision a link selects (`sel`) is among these; read once, when a list mounts. */
function hasSelected(provisions: readonly Provision[]): boolean {
  const sel = useUrlStore.getState().state.sel
  return sel !== null && provisions.some((p) => p.id === sel)
}

/** A cell's provisions: the first few, then "Show N more"; all of them when `expand` (every one is a search hit). */
export function ProvisionList({
  provisions,
  index,
  label,
  expand = false,
}: {
  provisions: Provision[]
  index: DatasetIndex
  label: string
  expand?: boolean
}) {
  // A selected provision (`sel`, e.g. from a shared link) is never left behind "Show N more".
  const [expanded, setExpanded] = useState(() => hasSelected(provisions.slice(FIRST)))
  // Printing shows every provision: paper has no "Show N more".
  const printing = usePrinting()
  const shown = expanded || expand || printing ? provisions : provisions.slice(0, FIRST)
  const hidden = provisions.length - shown.length
  return (
    <>
      <ul className="provision-list" aria-label={label}>
        {shown.map((p) => (
          <li key={p.id}>
            <ProvisionCard provision={p} index={index} />
          </li>
        ))}
      </ul>
      {provisions.length > FIRST && !expand && !printing && (
        <button type="button" className="button provision-list__more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show ${hidden} more`}
        </button>
      )}
    </>
  )
}

/**
 * Provisions that touch the dimension only as a secondary code, behind a disclosure. Their cards
 * are rendered only once it is opened, so filtering does not pay for hidden cards. With `expand`
 * (a search is set, so each is a hit) it starts open.
 */
export function SecondaryList({ provisions, index, expand = false }: { provisions: Provision[]; index: DatasetIndex; expand?: boolean }) {
  const [open, setOpen] = useState(() => expand || hasSelected(provisions))
  // Printing opens the list (and closing it again after printing restores the reader's choice).
  const printing = usePrinting()
  if (provisions.length === 0) return null
  return (
    <details
      className="secondary-list"
      open={open || printing}
      onToggle={(e) => {
        if (!printing) setOpen(e.currentTarget.open)
      }}
    >
      <summary>Also touching this dimension: {plural(provisions.length, 'provision')}</summary>
      {(open || printing) && (
        <ul className="provision-list">
          {provisions.map((p) => (
            <li key={p.id}>
              <ProvisionCard provision={p} index={index} secondary />
            </li>
          ))}
        </ul>
      )}
    </details>
  )
}

/**
 * A cell with no primary provision: its secondary ones are what the plan says on the dimension, so
 * they are shown at once, not hidden under a disclosure.
 */
export function SecondaryShown({ provisions, index, label }: { provisions: Provision[]; index: DatasetIndex; label: string }) {
  return (
    <ul className="provision-list secondary-list--shown" aria-label={label}>
      {provisions.map((p) => (
        <li key={p.id}>
          <ProvisionCard provision={p} index={index} secondary />
        </li>
      ))}
    </ul>
  )
}

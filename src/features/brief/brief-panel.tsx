import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { useEffect, useMemo, useRef, useState } from 'react'
import { buildBriefDocument, type BriefDocument, type DocSection } from '../../brief/document'
import { itemName, unknownName } from '../../brief/items'
import { consumeBriefParam } from '../../brief/link-param'
import { useActiveBrief, useBriefStore } from '../../brief/store'
import type { Dataset } from '../../data/dataset-schema'
import { copyText } from '../../lib/clipboard'
import { downloadBlob } from '../../lib/download'
import { useUrlStore } from '../../url-state/store'
import { linkBase } from './brief-deck'
import { BriefItemRow } from './brief-item'
import { ChartCaptures, type RenderExportFrame } from './chart-captures'
import type { ChartImage } from './export-pptx'
import { copyRich, richText } from './rich-text'
import './brief.css'

const fileName = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'brief'

/** Opens a shared brief (`brief=` in the link) as a new draft, once the data is there to check it against. */
function useSharedBrief(dataset: Dataset) {
  useEffect(() => {
    const raw = consumeBriefParam()
    if (raw === null) return
    void (async () => {
      const [{ decodeBrief }] = await Promise.all([import('../../brief/share'), useBriefStore.getState().load()])
      const { brief, notices } = decodeBrief(raw, dataset)
      useBriefStore
        .getState()
        .importDraft(brief, [
          `Opened the shared brief “${brief.title}” as a new draft, with ${brief.items.length} ${brief.items.length === 1 ? 'item' : 'items'}; your other drafts are unchanged.`,
          ...notices,
        ])
    })()
  }, [dataset])
}

type Job = { kind: 'pptx' | 'docx'; doc: BriefDocument }

/**
 * The brief panel (docs/architecture.md § Brief): drafts, title and subtitle, the items in order
 * (drag and drop with pointer or keyboard, or Move up / Move down), talking points, removal with
 * Undo, and what the brief can become: a presentation, a print-out, a link, a PowerPoint deck, a
 * Word memo, rich text.
 */
export function BriefPanel({ dataset, renderExportFrame }: { dataset: Dataset; renderExportFrame: RenderExportFrame }) {
  useSharedBrief(dataset)
  const open = useBriefStore((s) => s.open)
  const loaded = useBriefStore((s) => s.loaded)
  const drafts = useBriefStore((s) => s.drafts)
  const notices = useBriefStore((s) => s.notices)
  const removed = useBriefStore((s) => s.removed)
  const brief = useActiveBrief()
  const [status, setStatus] = useState('')
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [job, setJob] = useState<Job | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const items = useMemo(() => brief?.items ?? [], [brief])
  const names = useMemo(() => new Map(items.map((i) => [i.key, itemName(dataset, i) ?? unknownName(i)])), [items, dataset])
  const doc = useMemo(() => buildBriefDocument(dataset, brief ?? { title: '', subtitle: '', items: [] }, linkBase()), [dataset, brief])
  const sections = useMemo(() => new Map(doc.sections.map((s) => [s.key, s])), [doc])

  useEffect(() => {
    if (!open) return
    void useBriefStore.getState().load()
    heading.current?.focus()
  }, [open])

  const close = () => {
    useBriefStore.getState().setOpen(false)
    document.querySelector<HTMLElement>('.brief-button')?.focus()
  }

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const name = (id: UniqueIdentifier) => names.get(String(id)) ?? 'item'
  const pos = (id: UniqueIdentifier | undefined) => items.findIndex((i) => i.key === id) + 1
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}, item ${pos(active.id)} of ${items.length}.`,
    onDragOver: ({ active, over }) =>
      over ? `${name(active.id)} is over position ${pos(over.id)} of ${items.length}.` : `${name(active.id)} is no longer over the list.`,
    onDragEnd: ({ active, over }) =>
      over ? `${name(active.id)} dropped at position ${pos(over.id)} of ${items.length}.` : `${name(active.id)} dropped where it was.`,
    onDragCancel: ({ active }) => `Moving cancelled. ${name(active.id)} is back at position ${pos(active.id)}.`,
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    useBriefStore.getState().move(pos(active.id) - 1, pos(over.id) - 1)
  }

  const say = (text: string) => {
    setStatus(text)
    window.setTimeout(() => setStatus((s) => (s === text ? '' : s)), 6000)
  }
  const copySection = async (s: DocSection) => {
    await copyRich(richText(doc, [s]))
    say(`Copied “${s.heading}” as rich text, with its citation.`)
  }
  const copyAll = async () => {
    await copyRich(richText(doc))
    say('Copied the whole brief as rich text, with citations.')
  }
  const share = async () => {
    if (!brief) return
    const { encodeBrief, briefLink } = await import('../../brief/share')
    const { value, omitted } = encodeBrief(brief, (i) => names.get(i.key) ?? i.id)
    const { origin, base } = linkBase()
    const link = briefLink(origin, base, value)
    try {
      await copyText(link)
      say(
        omitted.length
          ? `Link copied, but it would be too long with every item: left out ${omitted.join(', ')}.`
          : 'Link to this brief copied to the clipboard.',
      )
    } catch {
      say(`Copying was blocked by the browser. The link: ${link}`)
    }
  }
  const present = (print = false) => {
    useBriefStore.getState().setPresenting(true)
    useUrlStore.getState().update({ present: true, slide: 1 })
    if (print) window.setTimeout(() => window.print(), 1200)
  }
  const exported = async (kind: Job['kind'], d: BriefDocument, images: Map<string, ChartImage>) => {
    setJob(null)
    const appUrl = `${linkBase().origin}${linkBase().base}`
    try {
      if (kind === 'pptx') {
        const { buildPptx } = await import('./export-pptx')
        const bytes = await buildPptx(d, images, appUrl)
        downloadBlob(
          new Blob([bytes as BlobPart]),
          `${fileName(d.title)}.pptx`,
          'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        )
      } else {
        const { buildDocx } = await import('./export-docx')
        const bytes = await buildDocx(d, images, appUrl)
        downloadBlob(
          new Blob([bytes as BlobPart]),
          `${fileName(d.title)}.docx`,
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        )
      }
      say(`Downloaded ${kind === 'pptx' ? 'the PowerPoint deck' : 'the Word memo'} “${d.title}”.`)
    } catch (error) {
      say(`The export failed: ${String(error)}`)
    }
  }

  if (!open) return null
  return (
    <aside
      id="brief-panel"
      className="brief-panel"
      aria-labelledby="brief-panel-title"
      onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && close()}
    >
      <div className="brief-panel__bar">
        <h2 id="brief-panel-title" ref={heading} tabIndex={-1}>
          Brief
        </h2>
        <button type="button" className="button button--quiet" onClick={close}>
          Close brief
        </button>
      </div>
      {notices.length > 0 && (
        <div className="brief-panel__notices" role="status">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" className="button button--quiet" onClick={() => useBriefStore.getState().dismissNotices()}>
            Dismiss
          </button>
        </div>
      )}
      {!loaded ? (
        <p>Loading your drafts…</p>
      ) : (
        <>
          <div className="brief-panel__drafts">
            <label htmlFor="brief-draft">Draft</label>
            <select
              id="brief-draft"
              value={brief?.id ?? ''}
              onChange={(e) => useBriefStore.getState().switchDraft(e.target.value)}
              disabled={drafts.length === 0}
            >
              {drafts.length === 0 && <option value="">No drafts yet</option>}
              {drafts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title || 'Untitled brief'} ({d.items.length})
                </option>
              ))}
            </select>
            <button type="button" className="button button--quiet" onClick={() => useBriefStore.getState().newDraft()}>
              New draft
            </button>
            {brief &&
              (confirmDelete ? (
                <span className="brief-panel__confirm">
                  Delete “{brief.title}”?{' '}
                  <button
                    type="button"
                    className="button button--quiet"
                    onClick={() => {
                      useBriefStore.getState().deleteDraft(brief.id)
                      setConfirmDelete(false)
                      say(`Deleted the draft “${brief.title}”.`)
                    }}
                  >
                    Delete
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => setConfirmDelete(false)}>
                    Keep
                  </button>
                </span>
              ) : (
                <button type="button" className="button button--quiet" onClick={() => setConfirmDelete(true)}>
                  Delete draft
                </button>
              ))}
          </div>
          <label className="brief-panel__field">
            Title
            <input
              type="text"
              value={brief?.title ?? ''}
              placeholder="Untitled brief"
              maxLength={200}
              onChange={(e) => useBriefStore.getState().setTitle(e.target.value)}
            />
          </label>
          <label className="brief-panel__field">
            Subtitle
            <input
              type="text"
              value={brief?.subtitle ?? ''}
              maxLength={300}
              onChange={(e) => useBriefStore.getState().setSubtitle(e.target.value)}
            />
          </label>
          {items.length === 0 ? (
            <p className="brief-panel__empty">
              Nothing in this brief yet. Use <strong>Add to brief</strong> on a provision, a comparison, a chart, an event or an indicator.
            </p>
          ) : (
            <DndContext
              sensors={sensors}
              collisionDetection={closestCenter}
              onDragEnd={onDragEnd}
              accessibility={{
                announcements,
                screenReaderInstructions: {
                  draggable:
                    'To reorder, press Space or Enter on the handle, move with the Up and Down arrow keys, then press Space or Enter to drop it, or Escape to cancel.',
                },
              }}
            >
              <SortableContext items={items.map((i) => i.key)} strategy={verticalListSortingStrategy}>
                <ol className="brief-panel__items" aria-label="Items in this brief">
                  {items.map((item, i) => (
                    <BriefItemRow
                      key={item.key}
                      item={item}
                      section={sections.get(item.key)}
                      name={names.get(item.key) ?? item.id}
                      position={i + 1}
                      count={items.length}
                      onCopy={(s) => void copySection(s)}
                    />
                  ))}
                </ol>
              </SortableContext>
            </DndContext>
          )}
          {removed && (
            <p className="brief-panel__undo" role="status">
              Removed {names.get(removed.item.key) ?? itemName(dataset, removed.item) ?? unknownName(removed.item)}.{' '}
              <button type="button" className="button" onClick={() => useBriefStore.getState().undo()}>
                Undo
              </button>
            </p>
          )}
          <div className="brief-panel__actions" role="group" aria-label="Use this brief">
            <button type="button" className="button button--primary" disabled={doc.sections.length === 0} onClick={() => present()}>
              Present brief
            </button>
            <button type="button" className="button" disabled={doc.sections.length === 0} onClick={() => present(true)}>
              Print brief
            </button>
            <button type="button" className="button" disabled={!brief || items.length === 0} onClick={() => void share()}>
              Copy link to brief
            </button>
            <button
              type="button"
              className="button"
              disabled={doc.sections.length === 0 || job !== null}
              onClick={() => setJob({ kind: 'pptx', doc })}
            >
              Export PowerPoint
            </button>
            <button
              type="button"
              className="button"
              disabled={doc.sections.length === 0 || job !== null}
              onClick={() => setJob({ kind: 'docx', doc })}
            >
              Export Word
            </button>
            <button type="button" className="button" disabled={doc.sections.length === 0} onClick={() => void copyAll()}>
              Copy brief as rich text
            </button>
          </div>
        </>
      )}
      <p className="brief-panel__status" role="status" aria-live="polite">
        {job ? `Preparing the ${job.kind === 'pptx' ? 'PowerPoint deck' : 'Word memo'}…` : status}
      </p>
      {job && (
        <ChartCaptures
          sections={job.doc.sections}
          renderExportFrame={renderExportFrame}
          onDone={(images) => void exported(job.kind, job.doc, images)}
        />
      )}
    </aside>
  )
}

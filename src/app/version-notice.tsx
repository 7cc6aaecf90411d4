import { useEffect } from 'react'
import { useNotes } from '../api/notes'
import { useVersionDataset } from '../api/dataset'
import { StateLink } from '../components/state-link'
import type { Dataset } from '../data/dataset-schema'
import { formatDate, plural } from '../lib/format'
import { changedSince } from '../lib/versions'
import { useUrlStore } from '../url-state/store'

/**
 * The data a link's `v=` names (docs/url-contract.md § Data versions): the current dataset when `v` is
 * absent or names the current version; the archived release otherwise. An unknown version falls back to
 * the current data with a notice, keeping everything else in the link.
 */
export function useViewedDataset(current: Dataset | undefined) {
  const v = useUrlStore((s) => s.state.v)
  const pinned = v !== null && current !== undefined && v !== current.meta.version ? v : null
  const release = useVersionDataset(pinned)
  useEffect(() => {
    if (pinned === null || release.data !== null) return
    const { addNotices, update } = useUrlStore.getState()
    addNotices([`v: “${pinned}” is not a released data version; showing the current data (${current?.meta.version ?? ''})`])
    update({ v: null }, 'replace')
  }, [pinned, release.data, current])
  return {
    dataset: pinned === null ? current : release.data?.dataset,
    release: pinned !== null ? release.data : undefined,
    pending: pinned !== null && release.isPending,
    error: pinned !== null ? release.error : null,
  }
}

/** “You are viewing the data as of …”: shown while an earlier version is viewed, with what changed since and a link to the current data. */
export function VersionNotice({ dataset, notRecorded }: { dataset: Dataset; notRecorded: string[] }) {
  const notes = useNotes()
  const since = notes.data ? changedSince(notes.data.changelog, dataset.meta.version) : null
  const date = since?.entry.date ?? dataset.meta.asOf
  return (
    <div className="version-notice" role="note" aria-label="Earlier data version">
      <p>
        <strong>
          You are viewing the data as of {formatDate(date)} (version {dataset.meta.version})
        </strong>
        {since ? (
          <>
            ; {plural(since.records.length, 'record')} changed since —{' '}
            <StateLink to={{ view: 'sources', v: null, sel: null, present: false }} hash="changes">
              see what changed
            </StateLink>
            .
          </>
        ) : notes.isPending ? (
          '.'
        ) : (
          '; the changelog does not list this version.'
        )}{' '}
        <StateLink to={{ v: null }}>View the current data</StateLink>.
      </p>
      {notRecorded.length > 0 && (
        <p className="version-notice__absent">
          This version did not record {notRecorded.join('; nor ')}. Coding notes and source notes are shown as they are now.
        </p>
      )}
    </div>
  )
}

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { useDataset } from '../api/dataset'
import { AppliedFilters } from '../components/applied-filters'
import { BadgeLegend } from '../components/badge-legend'
import type { Dataset } from '../data/dataset-schema'
import { CompareView } from '../features/compare/compare-view'
import { FilterPanel } from '../features/filters/filter-panel'
import { PresentButton } from '../features/present/present-button'
import { OpenInParallax } from '../features/share/open-in-parallax'
import { ShareMenu } from '../features/share/share-menu'
import { SourcesView } from '../features/sources/sources-view'
import { indexDataset } from '../lib/dataset-index'
import { documentTitle } from '../lib/filter-description'
import { nearestValue } from '../url-state/codec'
import { startHistorySync, useUrlStore } from '../url-state/store'
import type { View } from '../url-state/view-state'
import { DataErrorPanel } from './data-error-panel'
import { AppErrorBoundary } from './error-boundary'
import { Header } from './header'
import { LoadingSkeleton } from './loading-skeleton'
import { PresentationLayer } from './presentation-layer'
import { BriefLayer } from './brief-layer'
import { BriefButton } from '../features/brief/brief-button'
import { useBriefStore } from '../brief/store'
import { createQueryClient } from './query-client'
import { UpdateNotice } from './update-notice'
import { UrlNotice } from './url-notice'
import { useViewedDataset, VersionNotice } from './version-notice'
import './app.css'

// Chart and timeline code loads on demand, never in the first view's bundle.
const ChartsView = lazy(() => import('../features/charts/charts-view').then((m) => ({ default: m.ChartsView })))
const TimelineView = lazy(() => import('../features/timeline/timeline-view').then((m) => ({ default: m.TimelineView })))

function ViewSwitch({ dataset }: { dataset: Dataset }) {
  const view = useUrlStore((s) => s.state.view)
  const embed = useUrlStore((s) => s.state.embed)
  // Embedded (`embed=1`): the view without its filter panel; the link's filters still apply.
  const filters = embed ? null : <FilterPanel dataset={dataset} />
  return (
    <>
      <AppliedFilters dataset={dataset} />
      {(view === 'compare' || view === 'timeline') && <BadgeLegend events={view === 'timeline'} />}
      <ViewBody view={view} dataset={dataset} filters={filters} />
    </>
  )
}

function ViewBody({ view, dataset, filters }: { view: View; dataset: Dataset; filters: ReactNode }) {
  switch (view) {
    case 'compare':
      return (
        <div className="layout layout--with-filters">
          {filters}
          <CompareView dataset={dataset} />
        </div>
      )
    case 'charts':
      return (
        <div className="layout layout--with-filters">
          {filters}
          <Suspense fallback={<LoadingSkeleton />}>
            <ChartsView dataset={dataset} />
          </Suspense>
        </div>
      )
    case 'timeline':
      return (
        <Suspense fallback={<LoadingSkeleton />}>
          <TimelineView dataset={dataset} />
        </Suspense>
      )
    case 'sources':
      return <SourcesView dataset={dataset} />
    default:
      return view satisfies never
  }
}

/** Drops a `sel` that names no provision in the loaded data, with a notice. */
function useCheckSelection(dataset: Dataset | undefined): void {
  const sel = useUrlStore((s) => s.state.sel)
  useEffect(() => {
    if (!dataset || !sel || indexDataset(dataset).provisions.has(sel)) return
    const { addNotices, update } = useUrlStore.getState()
    const near = nearestValue(sel, [...indexDataset(dataset).provisions.keys()])
    addNotices([`sel: “${sel}” is not a provision in this data${near ? `; did you mean “${near}”?` : ''}`])
    update({ sel: null }, 'replace')
  }, [dataset, sel])
}

/** Drops an `event` that names no event in the loaded data, with a notice. */
function useCheckEvent(dataset: Dataset | undefined): void {
  const event = useUrlStore((s) => s.state.event)
  useEffect(() => {
    if (!dataset || !event || dataset.events.some((e) => e.id === event)) return
    const { addNotices, update } = useUrlStore.getState()
    addNotices([`event: “${event}” is not an event in this data`])
    update({ event: null }, 'replace')
  }, [dataset, event])
}

/** Drops `agency` ids that name no agency in the loaded data, with a notice. */
function useCheckAgencies(dataset: Dataset | undefined): void {
  const agency = useUrlStore((s) => s.state.agency)
  useEffect(() => {
    if (!dataset || agency.length === 0) return
    const known = indexDataset(dataset).agencies
    const unknown = agency.filter((id) => !known.has(id))
    if (unknown.length === 0) return
    const { addNotices, update } = useUrlStore.getState()
    const hints = [...new Set(unknown.map((id) => nearestValue(id, [...known.keys()])).filter((id) => id !== null && !agency.includes(id)))]
    const hint = hints.length ? `; did you mean ${hints.map((id) => `“${id}”`).join(', ')}?` : ''
    addNotices([
      `agency: ${unknown.map((id) => `“${id}”`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not an agency in this data${hint}`,
    ])
    update({ agency: agency.filter((id) => known.has(id)) }, 'replace')
  }, [dataset, agency])
}

function Shell() {
  const current = useDataset()
  const viewed = useViewedDataset(current.data)
  // The data this link shows: the current release, or the earlier one `v=` names.
  const query = {
    data: viewed.dataset,
    error: current.error ?? viewed.error,
    isPending: current.isPending || viewed.pending,
    isFetching: current.isFetching,
    refetch: current.refetch,
  }
  const view = useUrlStore((s) => s.state.view)
  const embed = useUrlStore((s) => s.state.embed)
  const present = useUrlStore((s) => s.state.present)
  useEffect(() => startHistorySync(), [])
  const title = useUrlStore((s) => documentTitle(query.data, s.state))
  useEffect(() => {
    document.title = title
  }, [title])
  useCheckSelection(query.data)
  useCheckAgencies(query.data)
  useCheckEvent(query.data)
  useEffect(() => {
    // Leaving the deck any way (Back, Esc, a link) ends presenting the brief.
    if (!present && useBriefStore.getState().presenting) useBriefStore.getState().setPresenting(false)
  }, [present])

  // While presenting, the view stays mounted underneath (leaving returns to it as it was) but inert.
  const deck = present && query.data ? query.data : undefined
  return (
    <>
      <div className={`app${embed ? ' app--embed' : ''}`} inert={deck !== undefined}>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {/* Past the header and the filters, straight to what the view shows. */}
        {(view === 'compare' || view === 'charts') && (
          <a className="skip-link" href="#results">
            Skip to results
          </a>
        )}
        {view === 'timeline' && (
          <a className="skip-link" href="#timeline">
            Skip to timeline
          </a>
        )}
        {!embed && (
          <Header
            actions={
              <>
                <PresentButton />
                <BriefButton />
                <ShareMenu />
              </>
            }
          />
        )}
        {!deck && <UrlNotice dataset={query.data} />}
        <main id="main" tabIndex={-1}>
          {viewed.release && <VersionNotice dataset={viewed.release.dataset} notRecorded={viewed.release.notRecorded} />}
          {embed && <OpenInParallax />}
          {query.error && (
            <DataErrorPanel
              error={query.error}
              hasData={query.data !== undefined}
              retrying={query.isFetching}
              onRetry={() => void query.refetch()}
            />
          )}
          {query.data ? <ViewSwitch dataset={query.data} /> : query.isPending && <LoadingSkeleton />}
        </main>
        {!embed && query.data && (
          <footer className="site-footer">
            <p>
              Data {query.data.meta.version}, as of {query.data.meta.asOf}. The US plan is quoted from its official text, read in full;
              China’s plan could be read only in part (official wording, third-party quotations, altered copies and descriptions, each
              badged). Summaries and coding are Parallax’s own. See Sources for method and known gaps.
            </p>
          </footer>
        )}
      </div>
      {deck && <PresentationLayer dataset={deck} notice={<UrlNotice dataset={deck} />} />}
      {query.data && !deck && !embed && <BriefLayer dataset={query.data} />}
      <UpdateNotice />
    </>
  )
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={client}>
        <Shell />
      </QueryClientProvider>
    </AppErrorBoundary>
  )
}

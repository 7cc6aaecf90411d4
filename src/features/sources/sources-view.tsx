import { useMemo } from 'react'
import { useNotes } from '../../api/notes'
import type { Dataset } from '../../data/dataset-schema'
import type { Source } from '../../data/schema'
import { CiteMenu } from '../../components/cite-menu'
import { datasetItem } from '../../lib/cite-item'
import { indexDataset } from '../../lib/dataset-index'
import { StateLink } from '../../components/state-link'
import { defaultViewState, type ViewState } from '../../url-state/view-state'
import { formatDate, plural } from '../../lib/format'
import { ChangelogSection } from './changelog-section'
import { MethodSection } from './method-section'
import { PlanStructure } from './plan-structure'
import './sources.css'

const kindLabels: Record<Source['kind'], string> = {
  primary: 'Primary texts',
  official: 'Official statements and pages',
  data: 'Data',
  analysis: 'Analysis and legal commentary',
  news: 'News',
}
const kindOrder: Source['kind'][] = ['primary', 'official', 'data', 'analysis', 'news']

type Citer = { label: string; to: Partial<ViewState> } | { label: string; anchor: string }

/** A record that cites a source, and where it is shown. */
function describeCiter(key: string, d: Dataset): Citer {
  const [type, id] = key.split(':') as [string, string]
  switch (type) {
    case 'provision':
      return { label: id, to: { view: 'compare', sel: id } }
    case 'event':
      return { label: `event: ${d.events.find((e) => e.id === id)?.title ?? id}`, to: { view: 'timeline' } }
    case 'indicator':
      return { label: `indicator: ${d.indicators.find((i) => i.id === id)?.label ?? id}`, to: { view: 'charts', chart: 'indicators' } }
    case 'comparison': {
      const dim = d.dimensions.find((x) => x.id === id)
      return { label: `comparison: ${dim?.label ?? id}`, to: { view: 'compare', dims: dim ? [dim.id] : defaultViewState.dims } }
    }
    case 'gap':
      return { label: `known gap: ${d.gaps.find((g) => g.id === id)?.title ?? id}`, anchor: `#gap-${id}` }
    default:
      return { label: `${type === 'section' ? 'plan section' : type} ${id}`, anchor: '#plans' }
  }
}

/** The Sources view (docs/architecture.md § Sources): bibliography with back-links, method, data version and as-of date, known gaps. */
export function SourcesView({ dataset }: { dataset: Dataset }) {
  const index = indexDataset(dataset)
  const notes = useNotes()
  const sourceNotes = notes.data?.sources ?? {}
  const sectionCounts = useMemo(() => {
    const m = new Map<string, number>()
    for (const p of dataset.provisions) m.set(p.sectionId, (m.get(p.sectionId) ?? 0) + 1)
    return m
  }, [dataset])
  const grouped = useMemo(
    () =>
      kindOrder.map((kind) => ({
        kind,
        sources: dataset.sources.filter((s) => s.kind === kind).sort((a, b) => a.title.localeCompare(b.title)),
      })),
    [dataset],
  )
  return (
    <div className="sources-view">
      <h1>Sources and method</h1>
      <p className="sources-view__version">
        Data version <strong>{dataset.meta.version}</strong>, as of{' '}
        <time dateTime={dataset.meta.asOf}>{formatDate(dataset.meta.asOf)}</time>: {plural(dataset.provisions.length, 'provision')},{' '}
        {plural(dataset.sources.length, 'source')}, {plural(dataset.events.length, 'event')},{' '}
        {plural(dataset.indicators.length, 'indicator')}.
      </p>
      <CiteMenu what="the dataset" fileName={`parallax-data-${dataset.meta.version}`} getItem={(ctx) => datasetItem(dataset, ctx)} />
      <nav aria-label="On this page" className="sources-view__toc">
        <a href="#plans">The plans</a> · <a href="#method">Method</a> · <a href="#changes">What changed</a> · <a href="#gaps">Known gaps</a>{' '}
        · <a href="#bibliography">Bibliography</a>
      </nav>

      <section aria-labelledby="plans">
        <h2 id="plans">The plans</h2>
        <ul className="sources-view__plans">
          {dataset.plans.map((p) => (
            <li key={p.id}>
              <strong>{p.title}</strong>
              {p.nativeTitle && (
                <>
                  {' '}
                  (<span lang="zh">{p.nativeTitle}</span>)
                </>
              )}{' '}
              — {p.issuer}, {formatDate(p.releaseDate)}. {p.structure}{' '}
              {p.urls.map((u, i) => (
                <span key={u.url}>
                  {i > 0 && ' · '}
                  <a href={u.url} target="_blank" rel="noreferrer noopener">
                    {u.label}
                  </a>
                  {!u.opened && ' (not opened directly)'}
                </span>
              ))}
            </li>
          ))}
        </ul>
        {dataset.plans.map((p) => (
          <details key={p.id} className="sources-view__structure" open={p.id === 'cn' || undefined}>
            <summary>{p.country}: sections and what was read of each</summary>
            <PlanStructure plan={p} counts={sectionCounts} />
          </details>
        ))}
      </section>

      <MethodSection method={notes.data?.method} pending={notes.isPending} failed={notes.isError} onRetry={() => void notes.refetch()} />

      <ChangelogSection changelog={notes.data?.changelog} current={dataset.meta.version} />

      <section aria-labelledby="gaps">
        <h2 id="gaps">Known gaps</h2>
        <p>What could not be verified, and why. Records affected carry a visible badge.</p>
        <ul className="sources-view__gaps">
          {dataset.gaps.map((g) => (
            <li key={g.id} id={`gap-${g.id}`}>
              <strong>{g.title}.</strong> {g.detail}
              {g.sourceIds.length > 0 && (
                <span className="sources-view__refs">
                  {' '}
                  Sources: {g.sourceIds.map((id) => index.sources.get(id)?.publisher ?? id).join(', ')}.
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="bibliography">
        <h2 id="bibliography">Bibliography</h2>
        {grouped.map(({ kind, sources }) =>
          sources.length === 0 ? null : (
            <section key={kind} aria-labelledby={`bib-${kind}`}>
              <h3 id={`bib-${kind}`}>
                {kindLabels[kind]} ({sources.length})
              </h3>
              <ol className="bibliography">
                {sources.map((s) => {
                  const citers = index.citedBy.get(s.id) ?? []
                  return (
                    <li key={s.id} id={`source-${s.id}`}>
                      <span lang={s.lang}>
                        <a href={s.url} target="_blank" rel="noreferrer noopener">
                          {s.title}
                        </a>
                      </span>
                      . {s.publisher}
                      {s.date ? `, ${formatDate(s.date)}` : ''}
                      {s.dateNote ? ` (${s.dateNote})` : ''}.
                      {sourceNotes[s.id] && <span className="bibliography__note"> {sourceNotes[s.id]}</span>}
                      <span className="bibliography__cited">
                        {citers.length ? (
                          <>
                            Cited by {citers.length}:{' '}
                            {citers.map((c, i) => {
                              const citer = describeCiter(c, dataset)
                              return (
                                <span key={c}>
                                  {i > 0 && '; '}
                                  {'to' in citer ? (
                                    <StateLink to={citer.to} fresh>
                                      {citer.label}
                                    </StateLink>
                                  ) : (
                                    <a href={citer.anchor}>{citer.label}</a>
                                  )}
                                </span>
                              )
                            })}
                          </>
                        ) : (
                          'Background source: not cited by a record.'
                        )}
                      </span>
                    </li>
                  )
                })}
              </ol>
            </section>
          ),
        )}
      </section>
    </div>
  )
}

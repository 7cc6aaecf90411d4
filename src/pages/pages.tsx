/**
 * The body of each permanent page: complete, readable HTML without JavaScript (the app replaces it
 * once it loads; src/app/mount.tsx). Rendered at build only (src/prerender.tsx), never part of the
 * browser bundle. The quote is labelled exactly as the app labels it: official wording only where
 * the provenance says so (src/components/verbatim.tsx and badges).
 */
import type { ReactNode } from 'react'
import { PlanSwatch, ProvenanceBadge, RelationBadge, StatusBadge, VerificationBadge } from '../components/badges'
import { SourceList } from '../components/source-list'
import { Verbatim } from '../components/verbatim'
import type { Dataset } from '../data/dataset-schema'
import type { Event, Plan, Provision } from '../data/schema'
import { namedActorsText } from '../lib/actors'
import { asOfLine } from '../lib/chart-config'
import { formatCell } from '../lib/chart-tables'
import { chartCaveats, chartMeta, chartSourceLine, chartSummary, chartTable, selectChartData } from '../lib/charts/registry'
import { indexDataset, sectionPath, statusOf, type DatasetIndex } from '../lib/dataset-index'
import { formatDate, plural, provenanceExplanations } from '../lib/format'
import { permalinkPath } from '../lib/permalink'
import { defaultViewState, type ChartId } from '../url-state/view-state'
import { FEEDS } from './head'
import type { PageMeta } from './page-model'

interface Ctx {
  dataset: Dataset
  index: DatasetIndex
  base: string
}

const provisionHref = (c: Ctx, id: string) => permalinkPath({ kind: 'provisions', id }, c.base)
const eventHref = (c: Ctx, id: string) => permalinkPath({ kind: 'events', id }, c.base)
const linkLabels = { implements: 'Implements', contradicts: 'Points the other way', context: 'Context' } as const

function ProvisionLink({ c, p }: { c: Ctx; p: Provision }) {
  return (
    <>
      <a href={provisionHref(c, p.id)}>{p.title}</a> <span className="page__id">({p.id})</span>
    </>
  )
}

/** A provision in a list: title link, section and page, badges and its words as the app labels them. */
function ProvisionItem({ c, p, showSection = true }: { c: Ctx; p: Provision; showSection?: boolean }) {
  return (
    <li className="page__provision" data-provision={p.id}>
      <h3 className="page__provision-title">
        <ProvisionLink c={c} p={p} />
      </h3>
      <p className="page__meta">
        {showSection && sectionPath(c.index, p.sectionId)}
        {showSection && p.page !== undefined && `, p. ${p.page}`}
        {!showSection && p.page !== undefined && `p. ${p.page}`} <ProvenanceBadge provenance={p.provenance} />{' '}
        <StatusBadge status={statusOf(c.index, p.id)} />
      </p>
      <Verbatim provision={p} />
    </li>
  )
}

function ProvisionBody({ c, p }: { c: Ctx; p: Provision }) {
  const plan = c.index.plans.get(p.planId)
  const implementation = c.index.implementation.get(p.id)
  const events = c.index.eventsByProvision.get(p.id) ?? []
  const dim = (id: string) => c.index.dimensions.get(id)?.label ?? id
  return (
    <>
      <p className="page__kicker">
        {plan && <PlanSwatch planId={plan.id} />}
        {plan ? <a href={permalinkPath({ kind: 'plans', id: plan.id }, c.base)}>{plan.title}</a> : p.planId} ·{' '}
        <span className="page__id">{p.id}</span>
      </p>
      <h1>{p.title}</h1>
      <dl className="page__facts">
        <dt>Section</dt>
        <dd>{sectionPath(c.index, p.sectionId)}</dd>
        <dt>Page</dt>
        <dd>{p.page !== undefined ? `p. ${p.page}` : 'Not stated (the plan has no printed page numbers here)'}</dd>
        <dt>Provenance</dt>
        <dd>
          <ProvenanceBadge provenance={p.provenance} /> {provenanceExplanations[p.provenance]}
        </dd>
        <dt>Implementation</dt>
        <dd>
          <StatusBadge status={statusOf(c.index, p.id)} />
          {implementation && ` ${implementation.note}`}
        </dd>
        <dt>Who must act (named)</dt>
        <dd>{namedActorsText(p, c.index.agencies)}</dd>
        <dt>Dimensions</dt>
        <dd>
          <a href={permalinkPath({ kind: 'dimensions', id: p.primary }, c.base)}>{dim(p.primary)}</a>
          {p.secondary.map((s) => (
            <span key={s}>
              , <a href={permalinkPath({ kind: 'dimensions', id: s }, c.base)}>{dim(s)}</a>
            </span>
          ))}
        </dd>
      </dl>
      <h2>
        {p.provenance === 'verbatim-official' || p.provenance === 'verbatim-quoted' ? 'The plan’s words' : 'What it says (our words)'}
      </h2>
      <Verbatim provision={p} full />
      {(p.provenance === 'verbatim-official' || p.provenance === 'verbatim-quoted') && (
        <>
          <h2>Summary (our words)</h2>
          <p>{p.summary}</p>
        </>
      )}
      {p.provenance === 'described' && (
        <p className="page__warning">
          No official wording of this provision was seen. It is described from the sources below; do not quote it as the plan’s words.
        </p>
      )}
      {p.provenance === 'altered-copy' && (
        <p className="page__warning">
          <strong>Not the plan’s wording.</strong> Do not quote it as the plan’s words.
        </p>
      )}
      <h2>Sources</h2>
      <SourceList ids={p.sourceIds} index={c.index} />
      <h2>Linked events</h2>
      {events.length ? (
        <ul className="page__list">
          {events.map(({ event, kind }) => (
            <li key={event.id}>
              {linkLabels[kind]}: <a href={eventHref(c, event.id)}>{event.title}</a> ({formatDate(event.date)})
            </li>
          ))}
        </ul>
      ) : (
        <p>No event is linked to this provision.</p>
      )}
    </>
  )
}

function EventBody({ c, e }: { c: Ctx; e: Event }) {
  return (
    <>
      <p className="page__kicker">
        Event · <time dateTime={e.date}>{formatDate(e.date)}</time> · <span className="page__id">{e.id}</span>
      </p>
      <h1>{e.title}</h1>
      <p>
        <VerificationBadge verification={e.verification} />
      </p>
      <p>{e.summary}</p>
      <p>Dimensions: {e.dimensions.map((d) => c.index.dimensions.get(d)?.label ?? d).join(', ')}</p>
      <h2>Linked provisions</h2>
      {e.links.length ? (
        <ul className="page__list">
          {e.links.map((l) => {
            const p = c.index.provisions.get(l.provisionId)
            return (
              <li key={l.provisionId}>
                {linkLabels[l.kind]}: {p ? <ProvisionLink c={c} p={p} /> : l.provisionId}
              </li>
            )
          })}
        </ul>
      ) : (
        <p>No provision is linked to this event; it is context for the timeline.</p>
      )}
      <h2>Sources</h2>
      <SourceList ids={e.sourceIds} index={c.index} />
    </>
  )
}

function DimensionBody({ c, id }: { c: Ctx; id: string }) {
  const dim = c.index.dimensions.get(id)
  const comparison = c.index.comparisons.get(id)
  return (
    <>
      <p className="page__kicker">Dimension</p>
      <h1>{dim?.label ?? id}</h1>
      {dim && <p>{dim.description}</p>}
      <h2>How the plans compare (analyst note)</h2>
      {comparison ? (
        <>
          <p>
            <RelationBadge relation={comparison.relation} />
          </p>
          <p>{comparison.note}</p>
          <SourceList ids={comparison.sourceIds} index={c.index} compact />
        </>
      ) : (
        <p>No comparison is recorded for this dimension.</p>
      )}
      {c.dataset.plans.map((plan) => {
        const provisions = c.dataset.provisions.filter((p) => p.planId === plan.id && p.primary === id)
        return (
          <section key={plan.id} aria-labelledby={`plan-${plan.id}`}>
            <h2 id={`plan-${plan.id}`}>
              <PlanSwatch planId={plan.id} /> {plan.country}: {plural(provisions.length, 'provision')}
            </h2>
            {provisions.length ? (
              <ul className="page__provisions">
                {provisions.map((p) => (
                  <ProvisionItem key={p.id} c={c} p={p} />
                ))}
              </ul>
            ) : (
              <p>No provision of this plan is coded primarily to this dimension.</p>
            )}
          </section>
        )
      })}
    </>
  )
}

function ChartBody({ c, id }: { c: Ctx; id: ChartId }) {
  const meta = chartMeta[id]
  const chart = selectChartData(c.dataset, defaultViewState, id)
  const table = chartTable(c.dataset, chart)
  const caveats = chartCaveats(chart)
  return (
    <>
      <p className="page__kicker">Chart</p>
      <h1>{meta.title}</h1>
      <p>{meta.subtitle}</p>
      {meta.filters && <p>{meta.filters}</p>}
      <h2>In words</h2>
      <p>{chartSummary(chart)}</p>
      <h2>Table</h2>
      <div className="page__table">
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((col) => (
                <th key={col.key} scope="col">
                  {col.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {table.columns.map((col, j) => {
                  const value = row[col.key] ?? ''
                  const text =
                    col.kind === 'provisions'
                      ? String(value)
                          .split(' ')
                          .filter(Boolean)
                          .map((pid, k) => (
                            <span key={pid}>
                              {k > 0 && ' '}
                              <a href={provisionHref(c, pid)}>{pid}</a>
                            </span>
                          ))
                      : formatCell(col.kind, value)
                  return j === 0 ? (
                    <th key={col.key} scope="row">
                      {text}
                    </th>
                  ) : (
                    <td key={col.key}>{text}</td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {caveats.length > 0 && (
        <>
          <h2>Caveats</h2>
          <ul className="page__list">
            {caveats.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      <p>{chartSourceLine(c.dataset, id)}</p>
      <p>{asOfLine(c.dataset)}</p>
    </>
  )
}

function PlanBody({ c, plan }: { c: Ctx; plan: Plan }) {
  const provisions = c.dataset.provisions.filter((p) => p.planId === plan.id)
  return (
    <>
      <p className="page__kicker">
        <PlanSwatch planId={plan.id} /> {plan.country} · {plan.issuer} ·{' '}
        <time dateTime={plan.releaseDate}>{formatDate(plan.releaseDate)}</time>
      </p>
      <h1>{plan.title}</h1>
      {plan.nativeTitle && <p lang="zh-Hans">{plan.nativeTitle}</p>}
      <p>{plan.structure}</p>
      <ul className="page__list">
        {plan.urls.map((u) => (
          <li key={u.url}>
            <a href={u.url} rel="noreferrer noopener">
              {u.label}
            </a>
          </li>
        ))}
      </ul>
      {plan.sections.map((s) => {
        const inSection = provisions.filter((p) => p.sectionId === s.id)
        return (
          <section key={s.id} aria-labelledby={`section-${s.id}`}>
            <h2 id={`section-${s.id}`}>
              {s.label}
              {s.heading && ` › ${s.heading}`}
            </h2>
            {inSection.length ? (
              <ul className="page__provisions">
                {inSection.map((p) => (
                  <ProvisionItem key={p.id} c={c} p={p} showSection={false} />
                ))}
              </ul>
            ) : (
              <p className="page__none">No provision is coded in this section.</p>
            )}
          </section>
        )
      })}
    </>
  )
}

/** A permanent page's whole markup for #root: header, one <main>, footer. */
export function PermanentPage({ dataset, page, base }: { dataset: Dataset; page: PageMeta; base: string }) {
  const c: Ctx = { dataset, index: indexDataset(dataset), base }
  const { kind, id } = page.link
  let body: ReactNode
  if (kind === 'provisions') {
    const p = c.index.provisions.get(id)
    body = p && <ProvisionBody c={c} p={p} />
  } else if (kind === 'events') {
    const e = c.index.events.get(id)
    body = e && <EventBody c={c} e={e} />
  } else if (kind === 'dimensions') body = <DimensionBody c={c} id={id} />
  else if (kind === 'charts') body = <ChartBody c={c} id={id as ChartId} />
  else {
    const plan = c.index.plans.get(id as Plan['id'])
    body = plan && <PlanBody c={c} plan={plan} />
  }
  if (!body) throw new Error(`pages: no ${kind} record "${id}"`)
  return (
    <div className="app permanent-page">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__brand">
          <a href={base} className="site-header__logo">
            <span aria-hidden="true" className="site-header__mark" />
            Parallax
          </a>
          <p className="site-header__tagline">The US and China AI action plans of July 2025, side by side</p>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <article className="page" data-page={`${kind}/${id}`}>
          {body}
          <p className="page__changed">
            {page.lastChanged
              ? `Last changed in data version ${page.lastChanged.version} (${formatDate(page.lastChanged.date)}).`
              : 'No release of the data is recorded.'}{' '}
            Current data version {dataset.meta.version}, as of {formatDate(dataset.meta.asOf)}.
          </p>
          <p className="page__cite">
            Permanent link: <a href={page.url}>{page.url}</a>
          </p>
        </article>
      </main>
      <footer className="site-footer">
        <p>
          <a href={base}>Open Parallax</a> ·{' '}
          {FEEDS.map((f, i) => (
            <span key={f.path}>
              {i > 0 && ' · '}
              <a href={`${base}${f.path}`}>{f.title}</a>
            </span>
          ))}
        </p>
        <p>{dataset.meta.license}</p>
      </footer>
    </div>
  )
}

import { useEffect, useMemo, type ReactNode } from 'react'
import { buildBriefDocument, sourceLine, type DocSection } from '../../brief/document'
import { useActiveBrief, useBriefStore } from '../../brief/store'
import type { Dataset } from '../../data/dataset-schema'
import type { ChartId } from '../../url-state/view-state'
import './brief.css'

export interface BriefChartSpec {
  chartId: ChartId
  /** The chart item's filters (canonical query string). */
  filters: string
  indicatorIds?: readonly string[]
}

/** The same shape as the presentation's ProvidedDeck (src/app hands it over; features never import each other). */
export interface BriefDeck {
  slides: { id: string; title: string; kind: string }[]
  renderSlide: (index: number) => ReactNode
  renderNotes: (index: number) => ReactNode
}

export const linkBase = () => ({ origin: window.location.origin, base: import.meta.env.BASE_URL })

function ItemSlide({ s, renderChart }: { s: DocSection; renderChart: (spec: BriefChartSpec) => ReactNode }) {
  if (s.chart)
    return (
      <div className="slide__body slide__body--chart brief-slide">
        <h1 className="visually-hidden">{s.heading}</h1>
        <div className="slide-chart">
          {renderChart({
            chartId: s.chart.chartId,
            filters: s.chart.filters,
            ...(s.chart.indicatorIds ? { indicatorIds: s.chart.indicatorIds } : {}),
          })}
        </div>
        <p className="brief-slide__cite">{s.citationLine}</p>
      </div>
    )
  // A comparison's slide shows the relation and the note; the provisions it cites are in the notes.
  const lines = s.kind === 'dimension' ? s.lines.slice(0, 1) : s.lines
  return (
    <div className="slide__body brief-slide">
      <div className="slide__head">
        <p className="slide__kicker">{s.kindLabel}</p>
        <h1 className="slide__title">{s.heading}</h1>
      </div>
      {s.badge && <p className="brief-slide__badge">{s.badge}</p>}
      {s.quotes.map((q) => (
        <blockquote key={q.lang} className="key__quote brief-slide__quote" lang={q.lang}>
          <p>{q.text}</p>
        </blockquote>
      ))}
      {s.ourWords && (
        <p className="brief-slide__ours">
          <strong>{s.ourWords.label}:</strong> {s.ourWords.text}
        </p>
      )}
      {lines.map((l) => (
        <p key={l} className="brief-slide__line">
          {l}
        </p>
      ))}
      <p className="brief-slide__cite">{s.citationLine}</p>
    </div>
  )
}

function ItemNotes({ s }: { s: DocSection }) {
  return (
    <>
      <h3>Talking points</h3>
      {s.points.length ? (
        <ul className="notes__list brief-notes__points">
          {s.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <p>No talking points written for this item.</p>
      )}
      {s.badge && <p>{s.badge}: our description, not the plan’s words.</p>}
      {s.lines.length > 0 && (
        <>
          <h3>Details</h3>
          {s.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </>
      )}
      <h3>Citation</h3>
      <p>{s.citation}</p>
    </>
  )
}

/**
 * Builds the open brief's deck (title, one slide per item, sources) for the presentation and
 * hands it to `children`; nothing until the drafts are loaded.
 */
export function BriefDeckProvider({
  dataset,
  renderChart,
  children,
}: {
  dataset: Dataset
  renderChart: (spec: BriefChartSpec) => ReactNode
  children: (deck: BriefDeck) => ReactNode
}) {
  const loaded = useBriefStore((s) => s.loaded)
  const brief = useActiveBrief()
  useEffect(() => {
    void useBriefStore.getState().load()
  }, [])
  const deck = useMemo((): BriefDeck | null => {
    if (!loaded) return null
    const doc = buildBriefDocument(dataset, brief ?? { title: '', subtitle: '', items: [] }, linkBase())
    const slides = [
      { id: 'brief-title', title: doc.title, kind: 'title' },
      ...doc.sections.map((s) => ({ id: `brief-${s.key}`, title: s.heading, kind: s.chart ? 'chart' : 'brief' })),
      { id: 'brief-sources', title: 'Sources', kind: 'sources' },
    ]
    return {
      slides,
      renderSlide(i) {
        if (i === 0)
          return (
            <div className="slide__body slide__body--title">
              <p className="slide__kicker">Parallax brief</p>
              <h1 className="slide__title">{doc.title}</h1>
              {doc.subtitle && <p className="brief-slide__subtitle">{doc.subtitle}</p>}
              <p className="title-slide__meta">
                {doc.sections.length} items · {doc.dataLine}
              </p>
            </div>
          )
        const s = doc.sections[i - 1]
        if (s) return <ItemSlide s={s} renderChart={renderChart} />
        return (
          <div className="slide__body slide__body--sources">
            <h1 className="slide__title">Sources</h1>
            <ul className="brief-slide__sources">
              {doc.sources.map((src) => (
                <li key={src.id}>{sourceLine(src)}</li>
              ))}
            </ul>
            <p className="brief-slide__cite">{doc.dataLine}</p>
          </div>
        )
      },
      renderNotes(i) {
        const s = doc.sections[i - 1]
        if (s) return <ItemNotes s={s} />
        if (i === 0)
          return (
            <ol className="notes__list">
              {doc.sections.map((x) => (
                <li key={x.key}>
                  {x.kindLabel}: {x.heading}
                </li>
              ))}
            </ol>
          )
        return (
          <ul className="notes__list">
            {doc.sections.map((x) => (
              <li key={x.key}>{x.citation}</li>
            ))}
          </ul>
        )
      },
    }
  }, [dataset, brief, loaded, renderChart])
  return deck ? children(deck) : null
}

import { PlanSwatch } from '../../components/badges'
import { formatDate } from '../../lib/format'
import type { SourcesSlide as Slide } from '../../lib/slides'

/** Enough to show who else was read; the speaker notes and the Sources view list them all. */
const MAX_PUBLISHERS = 12

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/** The plans' documents, who else was cited, and where the full bibliography lives. */
export function SourcesSlide({ slide, sourcesLink }: { slide: Slide; sourcesLink: string }) {
  const others = slide.cited.filter((s) => !slide.plans.some((p) => p.urls[0]?.url === s.url))
  const publishers = [...new Map(others.map((s) => [s.publisher, s.lang] as const))]
  const shown = publishers.slice(0, MAX_PUBLISHERS)
  return (
    <div className="slide__body slide__body--sources">
      <h1 className="slide__title">{slide.title}</h1>
      <ul className="sources-slide__plans">
        {slide.plans.map((p) => {
          const doc = p.urls[0]
          return (
            <li key={p.id}>
              <PlanSwatch planId={p.id} />
              <span>
                <strong>{p.title}</strong> — {p.issuer}, {formatDate(p.releaseDate)}.{' '}
                {doc && (
                  <a href={doc.url} rel="noreferrer noopener" target="_blank">
                    {doc.label} ({host(doc.url)})
                  </a>
                )}
              </span>
            </li>
          )
        })}
      </ul>
      {publishers.length > 0 && (
        <p className="sources-slide__cited">
          <strong>Also cited on these slides:</strong>{' '}
          {shown.map(([name, lang], i) => (
            <span key={name} lang={lang}>
              {name}
              {i < shown.length - 1 ? '; ' : ''}
            </span>
          ))}
          {publishers.length > shown.length ? `; and ${publishers.length - shown.length} more.` : '.'}
        </p>
      )}
      <p className="sources-slide__more">
        Every source with its link, the method and the known gaps:{' '}
        <a className="url" href={sourcesLink}>
          {sourcesLink}
        </a>
      </p>
    </div>
  )
}

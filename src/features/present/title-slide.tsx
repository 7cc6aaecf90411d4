import { PlanSwatch } from '../../components/badges'
import { formatDate } from '../../lib/format'
import type { TitleSlide as Slide } from '../../lib/slides'

/** Plans, dimensions, the as-of date and the link the audience can open. */
export function TitleSlide({ slide, link, allDimensions }: { slide: Slide; link: string; allDimensions: boolean }) {
  return (
    <div className="slide__body slide__body--title">
      <p className="slide__kicker">Parallax briefing</p>
      <h1 className="slide__title">{slide.title}</h1>
      <ul className="title-slide__plans">
        {slide.plans.map((p) => (
          <li key={p.id}>
            <PlanSwatch planId={p.id} />
            <span>
              <strong>{p.country}:</strong> {p.title}
              {p.nativeTitle && <span lang="zh"> {p.nativeTitle}</span>} — {p.issuer}, {formatDate(p.releaseDate)}
            </span>
          </li>
        ))}
      </ul>
      <p className="title-slide__dims">
        <strong>{allDimensions ? 'All eight dimensions:' : 'Dimensions:'}</strong> {slide.dimensions.map((d) => d.label).join(' · ')}
      </p>
      {slide.filters.length > 0 && (
        <p className="title-slide__filters">
          <strong>Filtered:</strong> {slide.filters.join('; ')}
        </p>
      )}
      <p className="title-slide__meta">
        Data as of {formatDate(slide.asOf)} ·{' '}
        <a className="url" href={link}>
          {link}
        </a>
      </p>
    </div>
  )
}

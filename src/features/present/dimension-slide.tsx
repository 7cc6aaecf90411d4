import { PlanSwatch, RelationBadge } from '../../components/badges'
import { StateLink } from '../../components/state-link'
import { plural } from '../../lib/format'
import type { DimensionSlide as Slide, PlanColumn } from '../../lib/slides'
import { KeyProvision } from './key-provision'

function ColumnNote({ column }: { column: PlanColumn }) {
  const related = column.key.filter((k) => k.secondary).length
  if (column.matching === 0) return related > 0 ? <span className="slide-col__count">Not a main topic; related provisions</span> : null
  return (
    <span className="slide-col__count">
      {column.key.length - related} of {plural(column.matching, 'provision')}
      {related > 0 && ` · ${related} related`}
    </span>
  )
}

/** One dimension: relation, the analyst note's first sentence (our words), key provisions per plan. */
export function DimensionSlide({ slide, position }: { slide: Slide; position: string }) {
  return (
    <div className="slide__body slide__body--dimension">
      <div className="slide__head">
        <p className="slide__kicker">{position}</p>
        <h1 className="slide__title">{slide.title}</h1>
        {slide.comparison && <RelationBadge relation={slide.comparison.relation} />}
      </div>
      {slide.lead && (
        <p className="slide__lead">
          <span className="visually-hidden">Analyst note: </span>
          {slide.lead}
        </p>
      )}
      <div className="slide__columns" style={{ ['--cols' as string]: slide.columns.length }}>
        {slide.columns.map((column) => (
          <section
            key={column.plan.id}
            className={`slide-col slide-col--${column.plan.id}`}
            aria-labelledby={`${slide.id}-${column.plan.id}`}
          >
            <h2 className="slide-col__plan" id={`${slide.id}-${column.plan.id}`}>
              <PlanSwatch planId={column.plan.id} />
              {column.plan.country}
              <ColumnNote column={column} />
            </h2>
            {column.coverage && (
              <p className="slide-col__coverage">
                {column.coverage} ·{' '}
                <StateLink to={{ view: 'sources', present: false, sel: null }} hash="plans">
                  How it was read
                </StateLink>
              </p>
            )}
            {column.key.length > 0 ? (
              <ul className="slide-col__list">
                {column.key.map((item) => (
                  <li key={item.provision.id}>
                    <KeyProvision item={item} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="slide-col__empty">{column.addressed ? 'No provisions match the current filters.' : column.emptyText}</p>
            )}
          </section>
        ))}
      </div>
    </div>
  )
}

import { AddToBrief } from '../../../components/add-to-brief'
import type { Dataset } from '../../../data/dataset-schema'
import type { IndicatorPanel, IndicatorsData } from '../../../lib/chart-selectors'
import { indexDataset } from '../../../lib/dataset-index'
import { formatDate } from '../../../lib/format'
import type { ChartSize } from '../chart-scale'
import { IndicatorBars } from './indicator-bars'
import { IndicatorDownload } from '../indicator-download'

/**
 * Small multiples: one panel per indicator, each with its own axis, grouped by dimension. An
 * indicator whose observations are not comparable is a list, never bars on one axis.
 */
export function IndicatorsChart({ data, dataset, size }: { data: IndicatorsData; dataset: Dataset; size: ChartSize }) {
  return (
    <div className={`indicators indicators--${size}`}>
      {data.groups.map((g) => (
        <section key={g.dimension.id} className="indicators__group" aria-label={`${g.dimension.label}: ${g.panels.length} indicators`}>
          <h3 className="indicators__heading">{g.dimension.label}</h3>
          <div className="indicators__grid">
            {g.panels.map((p) => (
              <Panel key={p.indicator.id} panel={p} dataset={dataset} size={size} />
            ))}
          </div>
        </section>
      ))}
    </div>
  )
}

function Panel({ panel, dataset, size }: { panel: IndicatorPanel; dataset: Dataset; size: ChartSize }) {
  const index = indexDataset(dataset)
  const { indicator } = panel
  const dates = [...new Set(indicator.observations.map((o) => o.date))]
  const sharedDate = dates.length === 1 ? dates[0] : undefined
  const publishers = [...new Set(indicator.observations.flatMap((o) => o.sourceIds).map((id) => index.sources.get(id)?.publisher ?? id))]
  return (
    <div className="indicator-panel" data-indicator={indicator.id}>
      <h4 className="indicator-panel__title">{indicator.label}</h4>
      <p className="indicator-panel__unit">
        {indicator.unit}
        {sharedDate && (
          <>
            {' · '}
            <time dateTime={sharedDate}>{formatDate(sharedDate)}</time>
          </>
        )}
      </p>
      {panel.display === 'bars' ? (
        <IndicatorBars indicator={indicator} showDates={!sharedDate} size={size} />
      ) : (
        <>
          <p className="indicator-panel__why">Not comparable on one axis, so listed:</p>
          <ul className="indicator-panel__list">
            {indicator.observations.map((o) => (
              <li key={`${o.entity}-${o.date}`}>
                {o.entity}: <strong>{o.value.toLocaleString('en')}</strong>
                {!sharedDate && (
                  <>
                    {' '}
                    (<time dateTime={o.date}>{formatDate(o.date)}</time>)
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {panel.incomparableWith.length > 0 && (
        <p className="indicator-panel__warn">
          <span aria-hidden="true">≠ </span>
          Not comparable with: {panel.incomparableWith.map((i) => i.label).join('; ')}
        </p>
      )}
      <p className="indicator-panel__source">Source: {publishers.join('; ')}</p>
      {(size === 'card' || size === 'focus') && <IndicatorDownload dataset={dataset} indicator={indicator} />}
      {(size === 'card' || size === 'focus') && <AddToBrief item={{ kind: 'indicator', id: indicator.id }} name={indicator.label} />}
    </div>
  )
}

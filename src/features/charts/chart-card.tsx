import { useId, useMemo, useState, type MouseEvent } from 'react'
import { CiteMenu } from '../../components/cite-menu'
import type { Dataset } from '../../data/dataset-schema'
import { asOfLine } from '../../lib/chart-config'
import { chartCountLine, chartMeta, chartSourceLine, chartSummary } from '../../lib/charts/registry'
import { selectChartData } from '../../lib/chart-selectors'
import { chartItem } from '../../lib/cite-item'
import { AddToBrief } from '../../components/add-to-brief'
import { filtersOf } from '../../brief/items'
import { ChartCaveats } from './chart-caveats'
import { chartTable } from '../../lib/chart-tables'
import { useUrlStore } from '../../url-state/store'
import { shareUrl, stateHref } from '../../url-state/url'
import type { ChartId, Tab, ViewState } from '../../url-state/view-state'
import { ChartBody } from './chart-body'
import { ChartExports } from './chart-exports'
import { DataTable } from './data-table'

/**
 * One chart as a figure named by its title: subtitle, a text summary from the same rows, the
 * chart or its table twin, exports, and the source line with the as-of date. Focused (`chart=`),
 * its tab lives in the URL; in the grid each card keeps its own.
 */
export function ChartCard({
  dataset,
  chartId,
  state,
  focused,
}: {
  dataset: Dataset
  chartId: ChartId
  state: ViewState
  focused: boolean
}) {
  const update = useUrlStore((s) => s.update)
  const titleId = useId()
  const summaryId = useId()
  const [localTab, setLocalTab] = useState<Tab>(state.tab)
  const tab = focused ? state.tab : localTab
  const chart = selectChartData(dataset, state, chartId)
  const table = useMemo(() => chartTable(dataset, chart), [dataset, chart])
  const meta = chartMeta[chartId]
  const countLine = chartCountLine(chart, state)
  const focusState: ViewState = { ...state, view: 'charts', chart: chartId, tab: 'chart', sel: null, present: false, slide: 1 }
  const url = shareUrl(focusState, window.location.origin, window.location.pathname)

  const setTab = (next: Tab) => (focused ? update({ tab: next }) : setLocalTab(next))
  const focus = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return
    e.preventDefault()
    update({ chart: chartId, tab: 'chart' }, 'push')
  }

  return (
    <figure
      className={`chart-card chart-card--${chartId}${focused ? ' chart-card--focused' : ''}`}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      data-chart={chartId}
    >
      <div className="chart-card__head">
        <h2 id={titleId} tabIndex={-1}>
          {meta.title}
        </h2>
        <p className="chart-card__subtitle">{meta.subtitle}</p>
        {countLine && <p className="chart-card__count">{countLine}</p>}
        {meta.filters && <p className="chart-card__filters">{meta.filters}</p>}
        <p className="chart-card__summary" id={summaryId}>
          {chartSummary(chart)}
        </p>
      </div>
      <div className="chart-card__toolbar">
        <button type="button" className="button" onClick={() => setTab(tab === 'table' ? 'chart' : 'table')}>
          {tab === 'table' ? 'Show chart' : 'Show table'}
        </button>
        {!focused && (
          <a className="button button--quiet" href={stateHref(focusState)} onClick={focus} aria-label={`Focus on ${meta.title}`}>
            Focus
          </a>
        )}
        <ChartExports dataset={dataset} chart={chart} table={table} url={url} countLine={countLine} />
        <AddToBrief
          item={{ kind: 'chart', id: chartId, filters: filtersOf(state) }}
          name={`${meta.title}, with the current filters`}
          className="button"
        />
      </div>
      <CiteMenu
        what={`the chart “${meta.title}”`}
        fileName={`parallax-chart-${chartId}`}
        getItem={(ctx) => chartItem(dataset, chartId, ctx)}
      />
      <div className="chart-card__body">
        {tab === 'table' ? <DataTable table={table} /> : <ChartBody chart={chart} dataset={dataset} size={focused ? 'focus' : 'card'} />}
      </div>
      <ChartCaveats chart={chart} className="chart-card__caveats" link />
      <figcaption className="chart-card__source">
        {chartSourceLine(dataset, chartId)} <time dateTime={dataset.meta.asOf}>{asOfLine(dataset)}</time>.
      </figcaption>
    </figure>
  )
}

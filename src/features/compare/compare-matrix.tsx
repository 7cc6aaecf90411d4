import { PlanSwatch } from '../../components/badges'
import { StateLink } from '../../components/state-link'
import type { PlanId } from '../../data/schema'
import type { PlanCoverage } from '../../lib/coverage'
import type { DatasetIndex } from '../../lib/dataset-index'
import type { CompareMatrix as Matrix } from '../../lib/selectors'
import { ProvisionList, SecondaryList, SecondaryShown } from './provision-list'
import { RowHeader } from './row-header'

/**
 * The matrix of docs/architecture.md § Compare. Explicit table roles keep its semantics when narrow screens lay the
 * cells out as blocks. The plan count is a data attribute, not a style property: the default view is
 * pre-rendered to HTML, where the CSP forbids style attributes.
 */
export function CompareMatrix({
  matrix,
  index,
  addressed,
  searching = false,
  coverage,
}: {
  matrix: Matrix
  index: DatasetIndex
  addressed: (planId: string, dimensionId: string) => boolean
  /** A search is set: rows without a hit collapse to one line, and every hit is shown expanded. */
  searching?: boolean
  coverage: ReadonlyMap<PlanId, PlanCoverage>
}) {
  return (
    <table className="matrix" role="table" aria-label="Side-by-side comparison" data-plans={matrix.plans.length}>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col" className="matrix__corner">
            Dimension
          </th>
          {matrix.plans.map((p) => (
            <th role="columnheader" scope="col" key={p.id} className={`matrix__plan matrix__plan--${p.id}`}>
              <PlanSwatch planId={p.id} />
              {p.country}
              <span className="matrix__plan-title">{p.title}</span>
              <CoverageLine coverage={coverage.get(p.id)} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {matrix.rows.map((row) =>
          searching && !row.cells.some((c) => c.provisions.length > 0 || c.secondary.length > 0) ? (
            <tr role="row" key={row.dimension.id} data-dimension={row.dimension.id} className="matrix__row--no-hits">
              <th role="rowheader" scope="row" className="matrix__row-header">
                <div className="row-header">
                  <h2 className="row-header__title">{row.dimension.label}</h2>
                </div>
              </th>
              <td role="cell" colSpan={matrix.plans.length} className="matrix__cell matrix__cell--no-hits">
                <p className="matrix__empty">No hits in this dimension.</p>
              </td>
            </tr>
          ) : (
            <tr role="row" key={row.dimension.id} data-dimension={row.dimension.id}>
              <th role="rowheader" scope="row" className="matrix__row-header">
                <RowHeader dimension={row.dimension} comparison={row.comparison} index={index} />
              </th>
              {row.cells.map((cell) => (
                <td role="cell" key={cell.plan.id} className={`matrix__cell matrix__cell--${cell.plan.id}`} data-plan={cell.plan.id}>
                  <p className="matrix__cell-label" aria-hidden="true">
                    <PlanSwatch planId={cell.plan.id} />
                    {cell.plan.country}
                  </p>
                  {cell.provisions.length > 0 ? (
                    <>
                      <ProvisionList
                        provisions={cell.provisions}
                        index={index}
                        label={`${cell.plan.country}: ${row.dimension.label}`}
                        expand={searching}
                      />
                      <SecondaryList key={searching ? 'search' : 'all'} provisions={cell.secondary} index={index} expand={searching} />
                    </>
                  ) : (
                    <>
                      {addressed(cell.plan.id, row.dimension.id) ? (
                        <p className="matrix__empty">No provisions match the current filters.</p>
                      ) : cell.secondary.length > 0 ? (
                        <p className="matrix__empty">
                          {coverage.get(cell.plan.id)?.complete === false
                            ? 'Not a main topic in the parts of the plan that could be read'
                            : 'Not a main topic of this plan'}
                          ;{' '}
                          {cell.secondary.length === 1
                            ? 'this provision touches it:'
                            : `these ${cell.secondary.length} provisions touch it:`}
                        </p>
                      ) : (
                        <p className="matrix__empty matrix__empty--finding">
                          <strong>{coverage.get(cell.plan.id)?.emptyText ?? 'Not addressed in this plan'}</strong>
                        </p>
                      )}
                      {cell.secondary.length > 0 && (
                        <SecondaryShown
                          provisions={cell.secondary}
                          index={index}
                          label={`${cell.plan.country}: also touching ${row.dimension.label}`}
                        />
                      )}
                    </>
                  )}
                </td>
              ))}
            </tr>
          ),
        )}
      </tbody>
    </table>
  )
}

/** Under a plan read only in part: how many provisions, from which parts, with what provenance, and where that is explained. */
function CoverageLine({ coverage }: { coverage: PlanCoverage | undefined }) {
  if (!coverage || coverage.complete) return null
  return (
    <span className="matrix__coverage" data-coverage={coverage.planId}>
      {coverage.short}{' '}
      <StateLink to={{ view: 'sources', sel: null }} hash="plans">
        How {coverage.country}’s plan was read
      </StateLink>
    </span>
  )
}

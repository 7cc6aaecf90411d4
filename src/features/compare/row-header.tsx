import { AddToBrief } from '../../components/add-to-brief'
import { RelationBadge } from '../../components/badges'
import { SourceList } from '../../components/source-list'
import type { Comparison, Dimension } from '../../data/schema'
import type { DatasetIndex } from '../../lib/dataset-index'

/** A dimension: its relation between the plans and the analyst note (our words, not a quote). */
export function RowHeader({
  dimension,
  comparison,
  index,
}: {
  dimension: Dimension
  comparison: Comparison | undefined
  index: DatasetIndex
}) {
  return (
    <div className="row-header">
      <h2 className="row-header__title">{dimension.label}</h2>
      {comparison ? (
        <>
          <RelationBadge relation={comparison.relation} />
          <p className="row-header__note">
            <span className="visually-hidden">Analyst note: </span>
            {comparison.note}
          </p>
          <SourceList ids={comparison.sourceIds} index={index} compact />
          <AddToBrief item={{ kind: 'dimension', id: dimension.id }} name={`${dimension.label} comparison`} />
        </>
      ) : (
        <p className="row-header__note">No comparison recorded yet.</p>
      )}
    </div>
  )
}

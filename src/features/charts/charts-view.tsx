import type { Dataset } from '../../data/dataset-schema'

/** The Charts view (SPEC §2.2, §5) is being built; this says what is coming. */
export function ChartsView({ dataset }: { dataset: Dataset }) {
  return (
    <section className="coming" aria-labelledby="charts-title">
      <h1 id="charts-title">Charts</h1>
      <p>
        Seven filterable charts of the {dataset.provisions.length} coded provisions are coming here: emphasis by dimension, instrument mix, orientation,
        convergence, context indicators, timeline and implementation — each with a table twin and downloads.
      </p>
    </section>
  )
}

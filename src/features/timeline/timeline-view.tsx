import type { Dataset } from '../../data/dataset-schema'

/** The Timeline view (SPEC §2.3) is being built; this says what is coming. */
export function TimelineView({ dataset }: { dataset: Dataset }) {
  return (
    <section className="coming" aria-labelledby="timeline-title">
      <h1 id="timeline-title">Timeline</h1>
      <p>The {dataset.events.length} dated events around the plans, in US, China and international lanes, are coming here.</p>
    </section>
  )
}

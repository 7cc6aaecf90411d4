import type { Dataset } from '../../data/dataset-schema'

/** The codebook in prose, plus every coding rule decided while coding (from the data module). */
export function MethodSection({ dataset }: { dataset: Dataset }) {
  return (
    <section aria-labelledby="method">
      <h2 id="method">Method</h2>
      {dataset.method.length === 0 ? (
        <p>The method notes are not in this version of the data.</p>
      ) : (
        dataset.method.map((m) => (
          <section key={m.id} aria-labelledby={`method-${m.id}`} className="method-note">
            <h3 id={`method-${m.id}`}>{m.title}</h3>
            {m.body.split('\n\n').map((para, i) => (
              <p key={i}>{para}</p>
            ))}
          </section>
        ))
      )}
    </section>
  )
}

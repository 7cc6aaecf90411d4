import type { MethodNote } from '../../data/schema'

/** The coding method in prose (docs/coding-method.md), plus every rule decided while coding (from the notes annex). */
export function MethodSection({
  method,
  pending,
  failed,
  onRetry,
}: {
  method: MethodNote[] | undefined
  pending: boolean
  failed: boolean
  onRetry: () => void
}) {
  return (
    <section aria-labelledby="method">
      <h2 id="method">Method</h2>
      {pending && <p>Loading the method…</p>}
      {failed && (
        <p>
          The method notes could not be loaded.{' '}
          <button type="button" className="button" onClick={onRetry}>
            Retry
          </button>
        </p>
      )}
      {method?.map((m) => (
        <section key={m.id} aria-labelledby={`method-${m.id}`} className="method-note">
          <h3 id={`method-${m.id}`}>{m.title}</h3>
          {m.body.split('\n\n').map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </section>
      ))}
    </section>
  )
}

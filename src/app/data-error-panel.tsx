import { DatasetError } from '../api/dataset-error'

const hints: Record<DatasetError['kind'], string> = {
  http: 'The server could not send the data. It may be a passing problem.',
  network: 'Check your connection; the page and your filters are kept.',
  timeout: 'The connection is slow or stalled.',
  malformed: 'The data file arrived damaged or cut short.',
  invalid: 'The data file does not match what this version of Parallax expects.',
}

/** A failed load, said plainly, with Retry. Already-loaded data stays on screen (`hasData`). */
export function DataErrorPanel({
  error,
  onRetry,
  retrying,
  hasData,
}: {
  error: Error
  onRetry: () => void
  retrying: boolean
  hasData: boolean
}) {
  const kind = error instanceof DatasetError ? error.kind : undefined
  return (
    <section className={`error-panel${hasData ? ' error-panel--inline' : ''}`} role="alert" aria-labelledby="data-error-title">
      <h2 id="data-error-title">{hasData ? 'The data could not be refreshed' : 'The data could not be loaded'}</h2>
      <p>{error.message}</p>
      {kind && <p className="error-panel__hint">{hints[kind]}</p>}
      {hasData && <p className="error-panel__hint">You are still looking at the data loaded earlier.</p>}
      <button type="button" className="button button--primary" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </section>
  )
}

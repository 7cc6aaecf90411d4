/** Placeholder with the matrix's footprint, so nothing shifts when the data arrives. */
export function LoadingSkeleton() {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">Loading the plans…</span>
      {Array.from({ length: 4 }, (_, i) => (
        <div className="skeleton__row" key={i} aria-hidden="true">
          <div className="skeleton__block skeleton__block--head" />
          <div className="skeleton__block" />
          <div className="skeleton__block" />
        </div>
      ))}
    </div>
  )
}

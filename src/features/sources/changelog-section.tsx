import type { ChangelogEntry } from '../../data/schema'
import { formatDate } from '../../lib/format'

/**
 * What changed in each data release, newest first (data/changelog.yaml), so that a reader who cited
 * an earlier version can see what changed since.
 */
export function ChangelogSection({ changelog, current }: { changelog: ChangelogEntry[] | undefined; current: string }) {
  return (
    <section aria-labelledby="changes">
      <h2 id="changes">What changed</h2>
      <p>
        Every correction gets a new data version; citations and exports name the version they were made from. The current version is{' '}
        <strong>{current}</strong>.
      </p>
      {changelog?.map((entry) => (
        <section key={entry.version} aria-labelledby={`version-${entry.version}`} className="changelog-entry">
          <h3 id={`version-${entry.version}`}>
            Version {entry.version} · <time dateTime={entry.date}>{formatDate(entry.date)}</time>
          </h3>
          <p>{entry.summary}</p>
          <details>
            <summary>
              {entry.changes.length} change{entry.changes.length === 1 ? '' : 's'}
            </summary>
            <ul className="changelog-entry__changes">
              {entry.changes.map((c, i) => (
                <li key={i}>
                  {c.findings.length > 0 && <strong>{c.findings.join(', ')}: </strong>}
                  {c.text}
                  {c.records.length > 0 && <span className="changelog-entry__records"> ({c.records.join(', ')})</span>}
                </li>
              ))}
            </ul>
          </details>
        </section>
      ))}
    </section>
  )
}

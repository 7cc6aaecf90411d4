import { provenances, statuses, verifications } from '../data/vocabulary'
import { provenanceExplanations, statusExplanations, verificationExplanations } from '../lib/format'
import { ProvenanceBadge, StatusBadge, VerificationBadge } from './badges'
import './badge-legend.css'

/**
 * What the badges mean, as a disclosure (a native `<details>`: keyboard and screen readers work as
 * they do everywhere): provenance and implementation status on provision cards, verification on
 * events. The badges are the ones the cards show; the words come from `src/lib/format.ts`.
 */
export function BadgeLegend({ events = false }: { events?: boolean }) {
  return (
    <details className="badge-legend">
      <summary>What the badges mean</summary>
      <div className="badge-legend__body">
        <section aria-label="Wording (provenance)">
          <h2 className="badge-legend__title">Wording</h2>
          <dl>
            {provenances.map((p) => (
              <div key={p}>
                <dt>
                  <ProvenanceBadge provenance={p} />
                </dt>
                <dd>{provenanceExplanations[p]}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-label="Implementation status">
          <h2 className="badge-legend__title">Implementation</h2>
          <dl>
            {statuses.map((s) => (
              <div key={s}>
                <dt>
                  <StatusBadge status={s} />
                </dt>
                <dd>{statusExplanations[s]}</dd>
              </div>
            ))}
          </dl>
        </section>
        {events && (
          <section aria-label="Event verification">
            <h2 className="badge-legend__title">Events</h2>
            <dl>
              {verifications.map((v) => (
                <div key={v}>
                  <dt>
                    <VerificationBadge verification={v} />
                  </dt>
                  <dd>
                    {verificationExplanations[v]}
                    {v === 'verified' && ' Verified events carry no badge.'}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )}
      </div>
    </details>
  )
}

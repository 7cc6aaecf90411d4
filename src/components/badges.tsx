import type { PlanId, Provenance, Relation, Status, Verification } from '../data/schema'
import {
  provenanceExplanations,
  provenanceLabels,
  relationLabels,
  statusLabels,
  verificationExplanations,
  verificationLabels,
} from '../lib/format'
import './badges.css'

/** Provenance, always visible: a described provision must never look like a quote. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  return (
    <span className={`badge badge--${provenance}`} data-provenance={provenance} title={provenanceExplanations[provenance]}>
      {provenanceLabels[provenance]}
    </span>
  )
}

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`badge badge--status-${status}`} data-status={status}>
      <span className="visually-hidden">Implementation: </span>
      {statusLabels[status]}
    </span>
  )
}

export function RelationBadge({ relation }: { relation: Relation }) {
  return (
    <span className={`badge badge--relation badge--relation-${relation}`} data-relation={relation}>
      {relationLabels[relation]}
    </span>
  )
}

/** Shown on every event, verified included, so the reader always sees how well it is attested. */
export function VerificationBadge({ verification }: { verification: Verification }) {
  return (
    <span className={`badge badge--${verification}`} data-verification={verification} title={verificationExplanations[verification]}>
      {verificationLabels[verification]}
    </span>
  )
}

/** The plan's colour and pattern swatch, shown beside its name everywhere. */
export function PlanSwatch({ planId }: { planId: PlanId }) {
  return <span className={`plan-swatch plan-swatch--${planId}`} aria-hidden="true" />
}

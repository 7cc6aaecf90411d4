import type { PlanId, Provenance, Relation, Status, Verification } from '../data/schema'
import { provenanceLabels, relationLabels, statusLabels, verificationLabels } from '../lib/format'
import './badges.css'

/** Provenance, always visible: a described provision must never look like a quote. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  return (
    <span className={`badge badge--${provenance}`} data-provenance={provenance}>
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

export function VerificationBadge({ verification }: { verification: Verification }) {
  if (verification === 'verified') return null
  return <span className={`badge badge--${verification}`}>{verificationLabels[verification]}</span>
}

/** The plan's colour and pattern swatch, shown beside its name everywhere. */
export function PlanSwatch({ planId }: { planId: PlanId }) {
  return <span className={`plan-swatch plan-swatch--${planId}`} aria-hidden="true" />
}

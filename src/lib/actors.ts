/**
 * Who a provision asks to act, in words: the agencies it names, by role, and — kept apart and
 * labelled — the ones only inferred from its section or a following act (docs/coding-method.md § Actors).
 */
import type { Agency, Provision } from '../data/schema'
import { actorRoles } from '../data/vocabulary'

export const actorRoleLabels = { lead: 'Lead', support: 'Support', partner: 'Partner', addressee: 'Addressed' } as const

export interface ActorGroup {
  role: (typeof actorRoles)[number]
  label: string
  names: string[]
}

const nameOf = (agencies: ReadonlyMap<string, Agency>, id: string) => agencies.get(id)?.shortName ?? id

/** Named actors grouped by role, in role order; empty when the provision names none. */
export function namedActorGroups(p: Provision, agencies: ReadonlyMap<string, Agency>): ActorGroup[] {
  if (!Array.isArray(p.actors)) return []
  const actors = p.actors
  return actorRoles
    .map((role) => ({
      role,
      label: actorRoleLabels[role],
      names: [...new Set(actors.filter((a) => a.role === role).map((a) => nameOf(agencies, a.agencyId)))],
    }))
    .filter((g) => g.names.length > 0)
}

/** "Lead: Commerce, NIST; Support: State", or "Not stated", or "Not coded". */
export function namedActorsText(p: Provision, agencies: ReadonlyMap<string, Agency>): string {
  if (p.actors === undefined) return 'Not coded'
  if (p.actors === 'not-stated') return 'Not stated'
  return namedActorGroups(p, agencies)
    .map((g) => `${g.label}: ${g.names.join(', ')}`)
    .join('; ')
}

/** "Inferred (not named): Commerce (statutory authority)", or '' when nothing is inferred. */
export function inferredActorsText(p: Provision, agencies: ReadonlyMap<string, Agency>): string {
  if (p.inferredActors.length === 0) return ''
  return `Inferred, not named: ${p.inferredActors.map((a) => `${nameOf(agencies, a.agencyId)} (${a.rule})`).join(', ')}`
}

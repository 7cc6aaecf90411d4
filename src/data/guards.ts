/**
 * Guards against the classes of error the December 2026 audit found (docs/coding-method.md §
 * Guards): each returns the offending record ids, and the tests and `npm run data:check` require
 * none. They encode the method's rules, so a record that breaks one cannot land unnoticed.
 */
import type { Dataset } from './dataset-schema'
import { normaliseQuotes, normaliseWhitespace, planBody, removeInWordHyphens } from './plan-text'
import type { Event, Source } from './schema'

/**
 * Marks of a script- or locale-converted copy of Chinese text: the Taiwanese 人工智慧, corner
 * quotation marks, and traditional-only forms of characters frequent in this plan.
 */
const TRADITIONAL = /[動進應發製貿醫療術開場與觸計劃創態聯體類們這個來為說時會國經濟環產業設網資數據標準際務學權]/u
export function hasAlteredMarkers(s: string): boolean {
  return /人工智慧|[「」]/u.test(s) || TRADITIONAL.test(s)
}

const PLAN_WORDING = new Set(['verbatim-official', 'verbatim-quoted'])

/** 1. Text presented as the plan's wording that shows the marks of a converted copy, or is tagged zh-Hant. */
export function alteredCopyAsWording(d: Dataset): string[] {
  const bad = d.provisions.filter((p) => {
    const marked = !!p.nativeText && hasAlteredMarkers(p.nativeText)
    if (marked && (p.provenance !== 'altered-copy' || p.nativeLang !== 'zh-Hant')) return true
    return PLAN_WORDING.has(p.provenance) && p.nativeLang === 'zh-Hant'
  })
  const headings = d.plans.flatMap((plan) =>
    plan.sections.filter((s) => (s.nativeHeading && hasAlteredMarkers(s.nativeHeading)) || s.quotes.some((q) => q.nativeText && hasAlteredMarkers(q.nativeText))),
  )
  return [...bad.map((p) => p.id), ...headings.map((s) => s.id)]
}

/** 1b. A source whose own note says it is an altered or commercial repost, filed as primary or official. */
export function repostsAsPrimary(d: Dataset): string[] {
  return d.sources
    .filter((s) => (s.kind === 'primary' || s.kind === 'official') && /altered|not byte-faithful|conversion changes|commercial repost/i.test(s.note ?? ''))
    .map((s) => s.id)
}

/** Whether a source was opened and read (its note says otherwise when it was not). */
export function wasOpened(s: Source): boolean {
  return !/\bnot opened\b|\bnot retrieved\b|\bnot been opened\b|known only from|could not be opened/i.test(s.note ?? '')
}

/** An event strong enough to carry a status: verified, or secondary with two sources of which one was opened. */
export function isStrongEvidence(e: Event, sources: ReadonlyMap<string, Source>): boolean {
  if (e.verification === 'verified') return true
  if (e.verification !== 'secondary' || e.sourceIds.length < 2) return false
  return e.sourceIds.some((id) => {
    const s = sources.get(id)
    return !!s && wasOpened(s)
  })
}

/**
 * 2–3. Statuses: every status event must implement (or contradict) the provision and be strong
 * evidence; `delivered` needs a strong link marked `delivers` (the concrete output itself), and such a
 * link means the status is `delivered`; an implementing link no status cites,
 * or one from an unverified event, is an error.
 */
export function weakStatuses(d: Dataset): string[] {
  const events = new Map(d.events.map((e) => [e.id, e]))
  const sources = new Map(d.sources.map((s) => [s.id, s]))
  const out = new Set<string>()
  for (const r of d.implementation) {
    const linked = r.eventIds
      .map((id) => events.get(id))
      .filter((e): e is Event => !!e && e.links.some((l) => l.provisionId === r.provisionId && (l.kind === 'implements' || l.kind === 'contradicts')))
    if (linked.length !== r.eventIds.length) out.add(r.provisionId)
    if (!linked.some((e) => isStrongEvidence(e, sources))) out.add(r.provisionId)
    const delivering = linked.filter((e) => e.links.some((l) => l.provisionId === r.provisionId && l.kind === 'implements' && l.delivers))
    if (r.status === 'delivered' && !delivering.some((e) => isStrongEvidence(e, sources))) out.add(r.provisionId)
    if (r.status !== 'delivered' && delivering.length > 0) out.add(r.provisionId)
  }
  const cited = new Set(d.implementation.flatMap((r) => r.eventIds.map((id) => `${id} ${r.provisionId}`)))
  for (const e of d.events) {
    for (const l of e.links) {
      if (l.kind === 'context') continue
      if (!cited.has(`${e.id} ${l.provisionId}`)) out.add(l.provisionId)
      if (!isStrongEvidence(e, sources)) out.add(l.provisionId)
    }
  }
  return [...out]
}

/** 4. A code standing in for an unknown: notes that say "no actor/tool named" with a coded lead/tool, or a written-down default. */
export function defaultCodes(d: Dataset): string[] {
  return d.provisions
    .filter((p) => {
      const notes = p.notes.join(' ')
      if (/No actor is named/.test(notes) && p.orientation.lead !== 'not-stated') return true
      if (/No policy tool is named/.test(notes) && !(p.instruments.length === 1 && p.instruments[0] === 'not-stated')) return true
      return /file-level default|by the file default|by default/i.test(notes)
    })
    .map((p) => p.id)
}

/** 5. A point number that is not verified but is printed without saying so. */
export function unverifiedPointNumbers(d: Dataset): string[] {
  const sections = d.plans.flatMap((p) => p.sections)
  const bad = sections.filter((s) => s.numberStatus !== 'verified' && !/\(point unverified\)$/.test(s.label))
  const guessed = d.provisions.filter((p) => p.notes.some((n) => n.startsWith('Point unverified')))
  const guessedInVerified = guessed.filter((p) => sections.find((s) => s.id === p.sectionId)?.numberStatus === 'verified')
  return [...bad.map((s) => s.id), ...guessedInVerified.map((p) => p.id)]
}

/**
 * 6. A cut ("…") the plan does not require: a gap of at most two words with no clause boundary (a
 * word or list item dropped), or a cut although the whole sentence fits within 60 words.
 */
export function needlessCuts(d: Dataset, planText: string): string[] {
  const body = removeInWordHyphens(planBody(planText))
  const bullets = body.split('• ').slice(1)
  const out: string[] = []
  for (const p of d.provisions) {
    if (p.planId !== 'us' || !p.text?.includes('…')) continue
    const fragments = removeInWordHyphens(normaliseWhitespace(normaliseQuotes(p.text)))
      .split('…')
      .map((f) => f.trim())
      .filter(Boolean)
    const first = fragments[0] ?? ''
    const bullet = bullets.find((b) => b.includes(first))
    if (!bullet) {
      out.push(p.id)
      continue
    }
    let pos = bullet.indexOf(first) + first.length
    let bad = false
    for (const fragment of fragments.slice(1)) {
      const at = bullet.indexOf(fragment, pos)
      if (at === -1) {
        bad = true
        break
      }
      const gap = bullet.slice(pos, at).trim()
      if (!/[.;:]/.test(gap) && gap.split(/\s+/).filter(Boolean).length <= 2) bad = true
      pos = at + fragment.length
    }
    const last = fragments.at(-1) ?? ''
    if (!bad && (fragments.length > 1 || !/[.;:]$/.test(last))) {
      const rest = bullet.slice(pos)
      const end = rest.search(/[.!?](\s|$)/)
      const span = bullet.slice(0, pos + (end === -1 ? rest.length : end + 1))
      if (span.split(/\s+/).filter(Boolean).length <= 60) bad = true
    }
    if (bad) out.push(p.id)
  }
  return out
}

/** 7. An event label that its sources contradict: verified without an opened primary or official record. */
export function overstatedEvents(d: Dataset): string[] {
  const sources = new Map(d.sources.map((s) => [s.id, s]))
  return d.events
    .filter((e) => {
      const own = e.sourceIds.map((id) => sources.get(id)).filter((s): s is Source => !!s)
      if (e.verification === 'verified') return !own.some((s) => (s.kind === 'primary' || s.kind === 'official') && wasOpened(s))
      return false
    })
    .map((e) => e.id)
}

/** A relation that the coverage contradicts: "converge/diverge/mixed" with a plan silent, or "only" with both present. */
export function relationsAgainstCoverage(d: Dataset): string[] {
  return d.comparisons
    .filter((c) => {
      const has = (plan: string) => d.provisions.some((p) => p.planId === plan && p.primary === c.dimensionId)
      if (c.relation === 'us-only') return has('cn')
      if (c.relation === 'cn-only') return has('us')
      return !has('us') || !has('cn')
    })
    .map((c) => c.dimensionId)
}

/** A comparable series that mixes targets with measurements (a line would join them). */
export function targetsInMeasuredSeries(d: Dataset): string[] {
  return d.indicators
    .filter((i) => {
      if (!i.comparable) return false
      const target = i.observations.map((o) => /\btarget\b/i.test(`${o.entity} ${o.note ?? ''}`))
      return target.includes(true) && target.includes(false)
    })
    .map((i) => i.id)
}

/** Framing the two plans as rivals in our own prose (quotations of others are exempt when marked). */
export function rivalFraming(d: Dataset): string[] {
  const prose = [
    ...d.comparisons.map((c) => [c.dimensionId, c.note] as const),
    ...d.method.map((m) => [m.id, m.body] as const),
    ...d.gaps.map((g) => [g.id, g.detail] as const),
    ...d.plans.map((p) => [p.id, p.structure] as const),
  ]
  return prose.filter(([, text]) => /\brival (ai )?plans?\b|\btwo rival\b/i.test(text)).map(([id]) => id)
}

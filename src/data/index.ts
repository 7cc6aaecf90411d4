/**
 * The typed data module, assembled. Build time emits it as /api/v1/dataset.json; tests check it
 * with the same schema the app uses on the payload.
 */
import { comparisons } from './comparisons'
import { Dataset, type DatasetInput } from './dataset-schema'
import { dimensions } from './dimensions'
import { events } from './events'
import { gaps } from './gaps'
import { implementation } from './implementation'
import { indicators } from './indicators'
import { instruments } from './instruments'
import { asOf, datasetVersion } from './meta'
import { method } from './method'
import { planCn } from './plan-cn'
import { planUs } from './plan-us'
import { provisionsCn } from './provisions-cn'
import { provisionsUsPillar1 } from './provisions-us-pillar-1'
import { provisionsUsPillar2 } from './provisions-us-pillar-2'
import { provisionsUsPillar3 } from './provisions-us-pillar-3'
import type { ProvisionInput } from './schema'
import { sourceAliases, sources } from './sources'

const canonical = (ids: readonly string[] | undefined): string[] => [...new Set((ids ?? []).map((id) => sourceAliases[id] ?? id))]

export const provisionsUs: ProvisionInput[] = [...provisionsUsPillar1, ...provisionsUsPillar2, ...provisionsUsPillar3]

/** The raw module with source aliases resolved: what the build serialises. */
export function buildDatasetInput(): DatasetInput {
  const provisions = [...provisionsUs, ...provisionsCn].map((p) => ({ ...p, sourceIds: canonical(p.sourceIds) }))
  const plans = [planUs, planCn].map((plan) => ({
    ...plan,
    sourceIds: canonical(plan.sourceIds),
    sections: plan.sections.map((s) => ({
      ...s,
      sourceIds: canonical(s.sourceIds),
      quotes: (s.quotes ?? []).map((q) => ({ ...q, sourceIds: canonical(q.sourceIds) })),
    })),
  }))
  return {
    meta: {
      version: datasetVersion,
      asOf,
      title: 'Parallax: US and China AI action plans, 2025',
      license:
        'Plan texts: US federal government work (public domain) and official PRC publication, quoted for comparison. Coding and notes: CC BY 4.0.',
      counts: {
        provisions: provisions.length,
        provisionsUs: provisionsUs.length,
        provisionsCn: provisionsCn.length,
        sources: sources.length,
        indicators: indicators.length,
        observations: indicators.reduce((n, i) => n + i.observations.length, 0),
        events: events.length,
      },
    },
    plans,
    dimensions,
    instruments,
    provisions,
    sources,
    indicators: indicators.map((i) => ({ ...i, observations: i.observations.map((o) => ({ ...o, sourceIds: canonical(o.sourceIds) })) })),
    events: events.map((e) => ({ ...e, sourceIds: canonical(e.sourceIds) })),
    implementation,
    comparisons: comparisons.map((c) => ({ ...c, sourceIds: canonical(c.sourceIds) })),
    gaps: gaps.map((g) => ({ ...g, sourceIds: canonical(g.sourceIds) })),
    method,
  }
}

/** The validated dataset (throws with the offending record's path if the module is inconsistent). */
export function loadDataset(): Dataset {
  return Dataset.parse(buildDatasetInput())
}

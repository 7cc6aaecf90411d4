/**
 * A hand-made dataset for selector tests, small enough to count by hand: 8 US provisions in three
 * pillars, 4 Chinese ones, 6 comparisons, 5 events, 4 indicators. Expected numbers in the tests
 * are worked out from the comments below, not from the code under test.
 */
import type { Dataset } from '../data/dataset-schema'
import type {
  Agency,
  DimensionId,
  Event,
  Implementation,
  Indicator,
  InstrumentId,
  Orientation,
  PlanId,
  Provenance,
  Provision,
  Section,
} from '../data/schema'
import { dimensionIds, instrumentIds } from '../data/schema'

const labels: Record<DimensionId, [string, string]> = {
  chips: ['Chips & compute', 'Chips'],
  'open-weights': ['Open source & open weights', 'Open weights'],
  robotics: ['Robotics & physical AI', 'Robotics'],
  governance: ['Governance & regulation', 'Governance'],
  infrastructure: ['Infrastructure & energy', 'Infrastructure'],
  security: ['Safety & security', 'Security'],
  diplomacy: ['International cooperation & standards', 'Diplomacy'],
  adoption: ['Adoption, science & workforce', 'Adoption'],
}

const section = (id: string, kind: Section['kind'], label: string, parentId?: string, heading?: string): Section => ({
  id,
  kind,
  label,
  heading,
  parentId,
  headingStatus: 'verified',
  numberStatus: 'verified',
  contentStatus: 'full-text',
  quotes: [],
  sourceIds: [],
})

const [D, C, G] = ['domestic', 'competitive', 'government'] as const
function provision(
  id: string,
  planId: PlanId,
  sectionId: string,
  primary: DimensionId,
  instruments: InstrumentId[],
  [scope, framing, lead]: [Orientation['scope'], Orientation['framing'], Orientation['lead']],
  provenance: Provenance = 'verbatim-official',
): Provision {
  return {
    id,
    planId,
    sectionId,
    page: planId === 'us' ? 3 : undefined,
    title: `Do ${id}`,
    text: provenance === 'described' ? undefined : `The text of ${id}.`,
    summary: `Summary of ${id}.`,
    primary,
    secondary: [],
    instruments,
    orientation: { scope, framing, lead },
    provenance,
    leadAgencies: [],
    inferredActors: [],
    sourceIds: ['s1'],
    notes: [],
  }
}

export const tinyProvisions: Provision[] = [
  // US: chips 2, adoption 3, infrastructure 2, diplomacy 1 (8). Instrument codes: 10.
  provision('us-3-1-1', 'us', 'us-3-1', 'chips', ['export-control'], [D, C, G]),
  provision('us-3-1-2', 'us', 'us-3-1', 'chips', ['export-control', 'research'], [D, C, G]),
  provision('us-1-1-1', 'us', 'us-1-1', 'adoption', ['funding'], [D, 'neutral', G]),
  provision('us-1-1-2', 'us', 'us-1-1', 'adoption', ['funding', 'skills'], [D, 'neutral', 'market']),
  provision('us-1-1-3', 'us', 'us-1-1', 'adoption', ['research'], ['allies', 'neutral', 'multistakeholder']),
  provision('us-2-1-1', 'us', 'us-2-1', 'infrastructure', ['deregulation'], [D, 'neutral', G]),
  provision('us-2-1-2', 'us', 'us-2-1', 'infrastructure', ['deregulation'], [D, C, 'market']),
  provision('us-3-1-3', 'us', 'us-3-1', 'diplomacy', ['export-promotion'], ['allies', C, G]),
  // China: diplomacy 2, open-weights 1, chips 1 (4). Instrument codes: 5.
  provision('cn-1-1', 'cn', 'cn-1', 'diplomacy', ['cooperation'], ['global', 'cooperative', 'multistakeholder'], 'described'),
  provision('cn-1-2', 'cn', 'cn-1', 'diplomacy', ['cooperation', 'standards'], ['global', 'cooperative', G], 'verbatim-quoted'),
  provision('cn-2-1', 'cn', 'cn-2', 'open-weights', ['cooperation'], ['global', 'cooperative', 'multistakeholder']),
  provision('cn-2-2', 'cn', 'cn-2', 'chips', ['funding'], [D, 'neutral', G], 'described'),
]

/**
 * Actors: Commerce leads us-3-1-1 and supports us-3-1-2, which NIST (within Commerce) leads; Energy
 * leads us-2-1-1 and is only addressed in us-2-1-2; us-1-1-1 names no actor but Labor is inferred; the
 * China provisions name governments once and otherwise nobody. Other provisions are not coded.
 */
export const tinyAgencies: Agency[] = [
  { id: 'doc', planId: 'us', name: 'Department of Commerce', shortName: 'Commerce', aliases: ['DOC'], group: false },
  {
    id: 'nist',
    planId: 'us',
    name: 'National Institute of Standards and Technology',
    shortName: 'NIST',
    aliases: ['NIST'],
    parentId: 'doc',
    group: false,
  },
  { id: 'doe', planId: 'us', name: 'Department of Energy', shortName: 'Energy', aliases: ['DOE'], group: false },
  { id: 'dol', planId: 'us', name: 'Department of Labor', shortName: 'Labor', aliases: ['DOL'], group: false },
  { id: 'cn-governments', planId: 'cn', name: 'governments', shortName: 'Governments', aliases: ['各国政府'], group: true },
]
const actors: Record<string, Pick<Provision, 'actors' | 'inferredActors'>> = {
  'us-3-1-1': { actors: [{ agencyId: 'doc', role: 'lead' }], inferredActors: [] },
  'us-3-1-2': {
    actors: [
      { agencyId: 'nist', role: 'lead' },
      { agencyId: 'doc', role: 'support' },
    ],
    inferredActors: [],
  },
  'us-2-1-1': { actors: [{ agencyId: 'doe', role: 'lead' }], inferredActors: [] },
  'us-2-1-2': { actors: [{ agencyId: 'doe', role: 'addressee' }], inferredActors: [] },
  'us-1-1-1': {
    actors: 'not-stated',
    inferredActors: [{ agencyId: 'dol', rule: 'section-lead', note: 'Labor leads the section.', sourceIds: [] }],
  },
  'cn-1-2': { actors: [{ agencyId: 'cn-governments', role: 'partner' }], inferredActors: [] },
  'cn-2-1': { actors: 'not-stated', inferredActors: [] },
}
for (const p of tinyProvisions) Object.assign(p, actors[p.id] ?? {})

export const tinyImplementation: Implementation[] = [
  { provisionId: 'us-3-1-1', status: 'in-progress', eventIds: ['e2'], note: 'An RFI.' },
  { provisionId: 'us-1-1-1', status: 'delivered', eventIds: ['e3'], note: 'Done.' },
  { provisionId: 'us-2-1-1', status: 'in-progress', eventIds: ['e3'], note: 'An EO.' },
  { provisionId: 'us-2-1-2', status: 'contradicted', eventIds: ['e3'], note: 'Reversed.' },
]

const event = (
  id: string,
  date: string,
  lane: Event['lane'],
  dimensions: DimensionId[],
  verification: Event['verification'],
  links: Event['links'] = [],
): Event => ({
  id,
  date,
  title: `Event ${id}`,
  summary: `What happened in ${id}.`,
  lane,
  countries: lane === 'intl' ? ['us', 'cn'] : [lane],
  dimensions,
  verification,
  sourceIds: ['s1'],
  links,
})

export const tinyEvents: Event[] = [
  event('e5', '2026-01', 'cn', ['chips'], 'verified'),
  event('e1', '2025-01-20', 'cn', ['open-weights', 'chips'], 'verified'),
  event('e2', '2025-02', 'us', ['governance'], 'secondary', [{ provisionId: 'us-3-1-1', kind: 'implements' }]),
  event('e3', '2025-07-23', 'us', ['infrastructure'], 'verified', [
    { provisionId: 'us-2-1-1', kind: 'implements' },
    { provisionId: 'us-2-1-2', kind: 'contradicts' },
  ]),
  event('e4', '2025-07-26', 'intl', ['diplomacy'], 'unverified'),
]

const indicator = (
  id: string,
  dimensionId: DimensionId,
  comparable: boolean,
  incomparableWith: string[],
  values: [string, number, string][],
): Indicator => ({
  id,
  dimensionId,
  label: `Indicator ${id}`,
  unit: 'units',
  description: `About ${id}.`,
  comparable,
  incomparableWith,
  observations: values.map(([entity, value, date]) => ({ entity, value, date, sourceIds: ['s1'], basis: 'reported' as const })),
})

export const tinyIndicators: Indicator[] = [
  indicator(
    'i1',
    'chips',
    true,
    ['i2'],
    [
      ['Chip A', 60, '2025-02'],
      ['Chip B', 100, '2025'],
    ],
  ),
  indicator('i2', 'chips', true, ['i1'], [['Chip A', 53, '2025']]),
  indicator(
    'i3',
    'adoption',
    false,
    [],
    [
      ['“global”', 20, '2025-07-26'],
      ['“cooperation”', 21, '2025-07-26'],
    ],
  ),
  indicator('i4', 'robotics', true, [], [['China', 295000, '2024']]),
]

export function tinyDataset(): Dataset {
  return {
    meta: { version: 'test', asOf: '2026-06-30', title: 'Tiny', license: 'CC BY 4.0', counts: {} },
    plans: [
      {
        id: 'us',
        country: 'United States',
        title: 'US plan',
        alternateTitles: [],
        issuer: 'The White House',
        releaseDate: '2025-07-23',
        urls: [{ label: 'PDF', url: 'https://example.org/us.pdf', opened: true }],
        structure: 'Three pillars.',
        sections: [
          section('us-1', 'pillar', 'Pillar I', undefined, 'Accelerate AI Innovation'),
          section('us-1-1', 'section', 'Pillar I, section 1', 'us-1'),
          section('us-2', 'pillar', 'Pillar II', undefined, 'Build American AI Infrastructure'),
          section('us-2-1', 'section', 'Pillar II, section 1', 'us-2'),
          section('us-3', 'pillar', 'Pillar III', undefined, 'Lead in International AI Diplomacy and Security'),
          section('us-3-1', 'section', 'Pillar III, section 1', 'us-3'),
        ],
        sourceIds: ['s1'],
      },
      {
        id: 'cn',
        country: 'China',
        title: 'China plan',
        alternateTitles: [],
        issuer: 'MFA',
        releaseDate: '2025-07-26',
        urls: [{ label: 'Text', url: 'https://example.org/cn', opened: true }],
        structure: 'Thirteen points.',
        sections: [section('cn-1', 'point', 'Point 1'), section('cn-2', 'point', 'Point 2')],
        sourceIds: ['s1'],
      },
    ],
    dimensions: dimensionIds.map((id, order) => ({ id, label: labels[id][0], shortLabel: labels[id][1], description: id, order })),
    instruments: instrumentIds.map((id) => ({ id, label: `Label ${id}`, description: id })),
    provisions: tinyProvisions,
    sources: [{ id: 's1', title: 'Source one', publisher: 'Publisher', url: 'https://example.org/s1', kind: 'primary', ref: 'test' }],
    indicators: tinyIndicators,
    events: tinyEvents,
    implementation: tinyImplementation,
    comparisons: [
      { dimensionId: 'chips', relation: 'diverge', note: 'n', provisionIds: [], sourceIds: ['s1'] },
      { dimensionId: 'open-weights', relation: 'converge', note: 'n', provisionIds: [], sourceIds: ['s1'] },
      { dimensionId: 'governance', relation: 'mixed', note: 'n', provisionIds: [], sourceIds: ['s1'] },
      { dimensionId: 'infrastructure', relation: 'us-only', note: 'n', provisionIds: [], sourceIds: ['s1'] },
      { dimensionId: 'diplomacy', relation: 'diverge', note: 'n', provisionIds: [], sourceIds: ['s1'] },
      { dimensionId: 'adoption', relation: 'converge', note: 'n', provisionIds: [], sourceIds: ['s1'] },
    ],
    gaps: [],
    method: [],
    agencies: tinyAgencies,
    changelog: [],
  }
}

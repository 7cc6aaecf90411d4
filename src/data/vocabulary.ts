/**
 * Identifiers and vocabularies of the data contract (docs/data-contract.md), without Zod: the URL state and the
 * filters need these lists in the first view, and importing them from schema.ts would pull Zod and
 * every schema into the entry bundle. schema.ts builds its enums from them and re-exports them.
 */
export const planIds = ['us', 'cn'] as const
export const dimensionIds = [
  'chips',
  'open-weights',
  'robotics',
  'governance',
  'infrastructure',
  'security',
  'diplomacy',
  'adoption',
] as const
export const instrumentIds = [
  'deregulation',
  'regulation',
  'standards',
  'funding',
  'institutions',
  'research',
  'skills',
  'export-control',
  'export-promotion',
  'cooperation',
  // Not an instrument: the recorded wording names no policy tool (docs/coding-method.md § Unknown is not a code).
  'not-stated',
] as const
/**
 * What the reader is copying: the plan's own words (verbatim-official), the plan's words as a third party
 * quotes them (verbatim-quoted), a copy whose script or locale conversion changed words (altered-copy; never
 * presented as the plan's wording), or an own-words description with no text (described).
 */
export const provenances = ['verbatim-official', 'verbatim-quoted', 'altered-copy', 'described'] as const
export const statuses = ['no-evidence', 'in-progress', 'delivered', 'contradicted'] as const
export const relations = ['converge', 'diverge', 'mixed', 'us-only', 'cn-only'] as const
export const scopes = ['domestic', 'allies', 'global'] as const
export const framings = ['competitive', 'cooperative', 'neutral'] as const
/** Who the provision names as acting; `not-stated` where the recorded wording names no actor. */
export const leads = ['government', 'market', 'multistakeholder', 'not-stated'] as const
export const sourceKinds = ['primary', 'official', 'news', 'analysis', 'data'] as const
export const eventLanes = ['us', 'cn', 'intl'] as const
export const eventLinkKinds = ['implements', 'contradicts', 'context'] as const
/** How well an event or a heading is attested (docs/coding-method.md § Events and their verification). */
export const verifications = ['verified', 'secondary', 'unverified'] as const
/** Script of a Chinese text: simplified (the plan's own script) or traditional (a converted copy). */
export const nativeLangs = ['zh-Hans', 'zh-Hant'] as const
/** What a provision asks of an actor it names (docs/coding-method.md § Actors). */
export const actorRoles = ['lead', 'support', 'partner', 'addressee'] as const

import type { ImplementationInput } from './schema'

/**
 * Implementation status per provision (CODEBOOK §6), from dated events only. Provisions not listed here have the default
 * status `no-evidence` (no implementing act found — not the same as "not done").
 *
 * Deliberately not recorded as `contradicted`: the chip export-control enforcement bullets (us-3-3-1, us-3-3-2). The H200
 * decision of 2025-12-08 and the BIS rule of 2026-01-13 loosen *what* may be sold to China, in tension with the section's
 * stated aim of denying adversaries advanced compute, but neither reverses the bullets' own asks (location verification,
 * diversion monitoring and end-use checks), and the January rule keeps case-by-case licensing with conditions. CODEBOOK §3
 * says to judge a provision by its own text, not its section's introduction, so the events are linked as context only.
 */
export const implementation: ImplementationInput[] = [
  {
    provisionId: 'us-1-1-1',
    status: 'in-progress',
    eventIds: ['ostp-regulatory-reform-rfi'],
    note:
      'OSTP launched the requested RFI on 2025-09-26 (comments to 2025-10-27). The bullet also asks OSTP to work with agencies ' +
      'to act on the responses; no such action is recorded yet.',
  },
  {
    provisionId: 'us-1-1-3',
    status: 'in-progress',
    eventIds: ['eo-14365-national-framework'],
    note:
      'EO 14365 conditions remaining BEAD non-deployment funds on states’ AI laws, an instance of the funding lever the bullet ' +
      'describes. The bullet names OMB working across discretionary programs; no OMB-wide action is recorded.',
  },
  {
    provisionId: 'us-1-2-2',
    status: 'delivered',
    eventIds: ['eo-14319-preventing-woke-ai', 'omb-m-26-04'],
    note:
      'EO 14319 set the two principles and OMB memo M-26-04 (2025-12-11) issued the procurement guidance: new federal LLM ' +
      'contracts must include truth-seeking and ideological-neutrality terms. The memo was seen only through a policy-tracker ' +
      'summary and press quotes; whether agencies updated their policies by the 2026-03-11 deadline is not known.',
  },
  {
    provisionId: 'us-1-2-3',
    status: 'delivered',
    eventIds: ['caisi-deepseek-evaluation'],
    note:
      'CAISI published an evaluation of DeepSeek models on 2025-09-30 that measures how often they echo CCP narratives (about four ' +
      'times the US models’ rate). The NIST report was not opened; findings come from two consistent secondary summaries.',
  },
  {
    provisionId: 'us-1-7-1',
    status: 'in-progress',
    eventIds: ['genesis-mission-eo-14363'],
    note:
      'The Genesis Mission order (2025-11-24) has DOE assess national-lab capability in robotic laboratories and autonomous ' +
      'experimentation within 240 days; no lab investment is recorded yet.',
  },
  {
    provisionId: 'us-2-1-1',
    status: 'in-progress',
    eventIds: ['eo-14318-data-center-permitting'],
    note:
      'EO 14318 (2025-07-23) provides for new NEPA categorical exclusions for data-center actions; no agency’s adopted exclusion ' +
      'is recorded.',
  },
  {
    provisionId: 'us-3-1-1',
    status: 'in-progress',
    eventIds: ['eo-14320-ai-exports', 'ai-exports-program-launch', 'ai-exports-program-rfi'],
    note:
      'EO 14320 ordered the program, Commerce launched the American AI Exports Program on 2025-10-21 and asked for input on ' +
      '2025-10-28. No selected consortia or financed deals are recorded, so the program is established but not yet shown operating.',
  },
  {
    provisionId: 'us-3-6-1',
    status: 'in-progress',
    eventIds: ['caisi-pre-release-testing-agreements'],
    note:
      'In May 2026 CAISI announced pre-release testing agreements with Microsoft, xAI and Google DeepMind and reported more than 40 ' +
      'evaluations. Secondary evidence only (UPI text on a tag page; exact date unverified).',
  },
  {
    provisionId: 'us-3-6-2',
    status: 'delivered',
    eventIds: ['caisi-deepseek-evaluation'],
    note:
      'The DeepSeek evaluation assessed an adversary’s models for security weaknesses (R1-0528-based agents about 12 times likelier ' +
      'to follow hijacking instructions; 94% compliance with malicious jailbreak requests against 8% for US models), compared US and ' +
      'PRC capability and tracked PRC-model adoption. The summaries do not mention backdoor testing. Evidence is secondary.',
  },
  {
    provisionId: 'cn-5-1',
    status: 'in-progress',
    eventIds: ['ndrc-ai-cooperation-plan'],
    note:
      'The NDRC’s AI Cooperation and Development Action Plan (2026-07-17) reportedly commits to jointly drafting open-source ' +
      'compliance systems and safety guidelines, almost the words of the provision’s first two clauses. Secondary: the NDRC ' +
      'page was not opened.',
  },
  {
    provisionId: 'cn-5-5',
    status: 'in-progress',
    eventIds: ['ndrc-ai-cooperation-plan'],
    note:
      'The same NDRC plan reportedly includes jointly built international open-source communities. Secondary: known from repository ' +
      'notes quoting the NDRC page.',
  },
  {
    provisionId: 'cn-12-2',
    status: 'in-progress',
    eventIds: ['ndrc-ai-cooperation-plan'],
    note:
      'The NDRC plan reportedly includes connecting computing facilities and affordable compute for developing countries. ' +
      'Secondary. WAICO, which also aims at Global South capacity-building, gets no status here: its founding is unverified.',
  },
]

import type { EventInput } from './schema'

/**
 * Dated events from January 2025 on, transcribed from research/us-plan.md, research/cn-plan.md and
 * research/later-developments.md. `verification` follows the sheets' tags: items the sheets give without a caveat are
 * 'verified' (as reported by the cited source); 'secondary' where a sheet says the fact comes from a summary of a document
 * not opened (or tags it SECONDARY); 'unverified' where a sheet tags it UNVERIFIED.
 */
export const events: EventInput[] = [
  // ── 2025, before the plans ────────────────────────────────────────────────
  {
    id: 'deepseek-r1-release',
    date: '2025-01-20',
    title: 'DeepSeek releases its R1 model',
    summary:
      'Chinese lab DeepSeek released R1 on the day of the US presidential inauguration. DW later described the DeepSeek app as ' +
      'matching US models on key benchmarks at a fraction of the cost while using less-advanced chips.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['open-weights', 'chips'],
    verification: 'verified',
    sourceIds: ['house-ds', 'dw-2026'],
  },
  {
    id: 'eo-14179-removing-barriers',
    date: '2025-01-23',
    title: 'Trump signs EO 14179, which orders an AI Action Plan',
    summary:
      'Executive Order 14179, Removing Barriers to American Leadership in Artificial Intelligence, directed the creation of an ' +
      'AI Action Plan within 180 days; the plan names it as its basis.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['governance'],
    verification: 'verified',
    sourceIds: ['wh-plan', 'wiki-plan'],
  },
  {
    id: 'nvidia-deepseek-selloff',
    date: '2025-01-27',
    title: 'Nvidia shares fall about 17% as the DeepSeek app tops the US App Store',
    summary:
      'With DeepSeek’s app reported as the top free app on Apple’s US App Store, Nvidia shares fell about 17% on 27 January and ' +
      'lost roughly $589–594 billion in market value (reported as $589 billion and $593.7 billion), the largest one-day loss ' +
      'for a US company.',
    lane: 'intl',
    countries: ['us', 'cn'],
    dimensions: ['chips'],
    verification: 'verified',
    sourceIds: ['et-nvda', 'lb-nvda', 'cbs-ds', 'dw-2026'],
  },
  {
    id: 'ostp-action-plan-rfi',
    date: '2025-02-06',
    title: 'OSTP asks the public for input on the AI Action Plan',
    summary:
      'OSTP published a request for information for the plan on 6 February 2025 with comments due by 15 March; on 24 April it ' +
      'published the more than 10,000 comments received.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['governance'],
    verification: 'verified',
    sourceIds: ['mondaq-rfi'],
  },
  {
    id: 'ascend-910c-deepseek-test',
    date: '2025-02',
    title: 'Reports say DeepSeek testing puts Huawei’s Ascend 910C at about 60% of H100 inference',
    summary:
      'Reports in early February 2025 said DeepSeek researchers found Huawei’s Ascend 910C delivers about 60% of Nvidia H100 ' +
      'performance on inference, while training reliability remains its weak point. DW later called the chip the Ascend 910.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['chips'],
    verification: 'secondary',
    sourceIds: ['th-ascend', 'chosun-ascend', 'dw-2026'],
  },
  {
    id: 'ai-index-2025',
    date: '2025-04',
    title: 'Stanford’s AI Index 2025 reports the US ahead of China on models and investment',
    summary:
      'According to press summaries of the AI Index 2025, the US produced 40 notable AI models in 2024 against 15 from ' +
      'China, and US private AI investment was $109.1 billion against $9.3 billion in China.',
    lane: 'intl',
    countries: ['us', 'cn'],
    dimensions: ['adoption'],
    verification: 'secondary',
    sourceIds: ['fud-aii25', 'ciol-aii25'],
  },
  {
    id: 'ai-diffusion-rule-rescinded',
    date: '2025-05-13',
    title: 'Commerce rescinds the AI Diffusion rule and warns on Huawei Ascend chips',
    summary:
      'Commerce/BIS rescinded the Biden-era AI Diffusion rule two days before it was due to take effect and issued guidance that ' +
      'using Huawei Ascend 910B, 910C or 910D chips anywhere risks violating US export controls.',
    lane: 'us',
    countries: ['us', 'cn'],
    dimensions: ['chips'],
    verification: 'verified',
    sourceIds: ['crowell-bis'],
    links: [
      {
        provisionId: 'us-3-3-2',
        kind: 'context',
        note:
          'Predates the plan: the chip-enforcement bullets were written after the global tiered rule was dropped; the Ascend ' +
          'guidance is an earlier enforcement step against Chinese chips.',
      },
    ],
  },
  {
    id: 'aisi-renamed-caisi',
    date: '2025-06-03',
    title: 'Commerce turns the US AI Safety Institute into CAISI',
    summary:
      'Commerce renamed the US AI Safety Institute the Center for AI Standards and Innovation, focused on demonstrable risks such ' +
      'as cybersecurity, biosecurity and chemical weapons, on foreign-model influence, and on guarding against burdensome ' +
      'foreign regulation.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['security', 'governance'],
    verification: 'verified',
    sourceIds: ['doc-caisi', 'bbb-caisi'],
    links: [
      {
        provisionId: 'us-3-6-1',
        kind: 'context',
        note:
          'Created the body the plan later tasks with national-security evaluations of frontier models; its stated focus ' +
          '(cyber, bio, chemical) matches the bullet.',
      },
      {
        provisionId: 'us-3-2-1',
        kind: 'context',
        note:
          'CAISI’s mandate to represent US interests against burdensome foreign regulation anticipates the plan’s push in ' +
          'international bodies.',
      },
    ],
  },

  // ── The two plans (July 2025) ─────────────────────────────────────────────
  {
    id: 'us-ai-action-plan-release',
    date: '2025-07-23',
    title: 'White House releases America’s AI Action Plan',
    summary:
      'The White House published Winning the Race: America’s AI Action Plan, a 28-page document with three pillars (innovation, ' +
      'infrastructure, international diplomacy and security); the White House counts over 90 actions, the document has 103 bullets.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['governance', 'infrastructure', 'diplomacy'],
    verification: 'verified',
    sourceIds: ['wh-plan', 'mondaq-plan', 'nlr-plan', 'dhr-plan'],
  },
  {
    id: 'eo-14318-data-center-permitting',
    date: '2025-07-23',
    title: 'Trump signs EO 14318 to speed permits for data centers',
    summary:
      'Signed with the plan, EO 14318 revokes EO 14141, directs Commerce to offer financial support to qualifying projects ' +
      '(data centers needing more than 100 MW of new load and related energy, chip and network projects) and provides for new ' +
      'NEPA categorical exclusions.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['infrastructure'],
    verification: 'verified',
    sourceIds: ['wiki-plan', 'nlr-eos', 'breitbart-eos', 'benzinga-eos'],
    links: [
      {
        provisionId: 'us-2-1-1',
        kind: 'implements',
        note: 'The order provides for new NEPA categorical exclusions for data-center projects, the first permitting bullet’s ask.',
      },
    ],
  },
  {
    id: 'eo-14319-preventing-woke-ai',
    date: '2025-07-23',
    title: 'Trump signs EO 14319 on “unbiased” AI in federal procurement',
    summary:
      'EO 14319 requires LLMs bought by federal agencies to follow two principles, truth-seeking and ideological neutrality, and ' +
      'gives OMB 120 days to issue guidance; it was published in the Federal Register on 28 July (90 FR 35389).',
    lane: 'us',
    countries: ['us'],
    dimensions: ['governance'],
    verification: 'verified',
    sourceIds: ['fr-eo14319', 'mondaq-woke', 'wiki-plan'],
    links: [
      {
        provisionId: 'us-1-2-2',
        kind: 'implements',
        note: 'Turns the bullet on contracting only with LLM developers free of top-down ideological bias into an executive order.',
      },
    ],
  },
  {
    id: 'eo-14320-ai-exports',
    date: '2025-07-23',
    title: 'Trump signs EO 14320 to promote exports of the US AI stack',
    summary:
      'EO 14320 creates an American AI Exports Program at Commerce, due within 90 days, to collect industry-consortium proposals ' +
      'for full-stack AI export packages backed by federal financing tools; it was published on 28 July.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['diplomacy'],
    verification: 'verified',
    sourceIds: ['wiki-eo14320', 'bb-exports', 'wiki-plan', 'benzinga-eos'],
    links: [
      {
        provisionId: 'us-3-1-1',
        kind: 'implements',
        note: 'Orders the Commerce program for full-stack export packages that the section’s only bullet asks for.',
      },
    ],
  },
  {
    id: 'cn-global-ai-governance-plan',
    date: '2025-07-26',
    title: 'China issues the Global AI Governance Action Plan at WAIC 2025',
    summary:
      'On the opening day of the World AI Conference in Shanghai, the conference and a high-level meeting on global AI governance ' +
      'issued the plan: a preamble, six principles and 13 actions. Premier Li Qiang opened the conference.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['governance', 'diplomacy'],
    verification: 'verified',
    sourceIds: ['cn-s2', 'cn-s1', 'cn-s18', 'cn-s66'],
  },
  {
    id: 'waico-proposed',
    date: '2025-07-26',
    title: 'China proposes a World AI Cooperation Organization',
    summary:
      'In his WAIC opening speech Li Qiang said the Chinese government proposes a global AI cooperation organization, with its ' +
      'headquarters tentatively in Shanghai, to coordinate strategies, rules and standards and build capacity in the Global South.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['diplomacy', 'governance'],
    verification: 'verified',
    sourceIds: ['cn-s15', 'cn-s12', 'cn-s13', 'cn-s14'],
    links: [
      {
        provisionId: 'cn-12-1',
        kind: 'context',
        note:
          'Capacity-building for the Global South is among the proposed body’s stated aims; the plan text seen does not ' +
          'itself propose the organization.',
      },
    ],
  },
  {
    id: 'ai-plus-opinions-approved',
    date: '2025-07-31',
    title: 'State Council meeting approves the AI+ Opinions',
    summary:
      'A State Council executive meeting approved the Opinions on Deepening the Implementation of the AI+ Initiative, five days ' +
      'after the global plan was issued.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['adoption', 'robotics'],
    verification: 'verified',
    sourceIds: ['cn-s34'],
  },
  {
    id: 'nvidia-amd-15-percent-deal',
    date: '2025-08',
    title: 'US deal has Nvidia and AMD give 15% of China AI-chip revenue to the government',
    summary:
      'In August 2025 a deal had Nvidia and AMD pay the US government 15% of their China AI-chip revenue; Bloomberg later ' +
      'reported that it produced no payments because no rules were issued to implement it.',
    lane: 'us',
    countries: ['us', 'cn'],
    dimensions: ['chips'],
    verification: 'verified',
    sourceIds: ['sabah-h200', 'kudu-h200'],
  },
  {
    id: 'ai-plus-opinions-published',
    date: '2025-08-26',
    title: 'China publishes the State Council AI+ Opinions',
    summary:
      'The State Council AI+ Opinions (国发〔2025〕11号) set penetration of new intelligent terminals and AI agents above 70% by 2027 ' +
      'and above 90% by 2030, and a new stage of intelligent economy and society by 2035, through six actions and eight supports.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['adoption', 'robotics'],
    verification: 'verified',
    sourceIds: ['cn-s32', 'cn-s38', 'cn-s30', 'cn-s31', 'cn-s81', 'cn-s37'],
    links: [
      {
        provisionId: 'cn-2-3',
        kind: 'context',
        note:
          'The domestic AI+ programme behind the plan’s call, seen only in a script-converted repost, to explore open “AI+” ' +
          'application scenarios worldwide.',
      },
      {
        provisionId: 'cn-3-1',
        kind: 'context',
        note:
          'The Opinions push AI into the same sectors (industry, consumption, health, education) at home that point 3 names ' +
          'for all countries.',
      },
    ],
  },
  {
    id: 'ndrc-ai-plus-briefing',
    date: '2025-08-29',
    title: 'NDRC calls the next one to two years a critical window for AI+',
    summary:
      'At a briefing on the AI+ Opinions the NDRC described the next one to two years as a critical window for AI deployment and ' +
      'promised sector-specific plans and standards.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['adoption'],
    verification: 'secondary',
    sourceIds: ['cn-s33'],
  },
  {
    id: 'cn-ai-safety-framework-2',
    date: '2025-09-15',
    title: 'China releases the AI Safety Governance Framework 2.0',
    summary:
      'TC260, with CNCERT and under CAC guidance, released a non-binding version 2.0 of the framework (1.0 dates from September ' +
      '2024), adding risks such as CBRN misuse, open-source proliferation and labour-market impact.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['security'],
    verification: 'secondary',
    sourceIds: ['cn-s71', 'cn-s72'],
    links: [
      {
        provisionId: 'cn-10-1',
        kind: 'context',
        note:
          'China’s domestic, non-binding risk framework, issued after the plan’s call to manage AI risks; not an act under ' +
          'the global plan.',
      },
    ],
  },
  {
    id: 'un-global-dialogue-launch',
    date: '2025-09-25',
    title: 'UN launches the Global Dialogue on AI Governance',
    summary:
      'The UN launched the Global Dialogue on AI Governance alongside a 40-member Independent International Scientific Panel on AI, ' +
      'the mechanisms created under the Global Digital Compact.',
    lane: 'intl',
    countries: ['other'],
    dimensions: ['governance', 'diplomacy'],
    verification: 'secondary',
    sourceIds: ['cn-s75'],
    links: [
      {
        provisionId: 'us-3-2-1',
        kind: 'context',
        note:
          'A new UN governance forum of the kind the plan’s section criticises and where the bullet tells State and ' +
          'Commerce to advocate US approaches.',
      },

      {
        provisionId: 'cn-11-1',
        kind: 'context',
        note: 'One of the Global Digital Compact mechanisms that this point, as described, asks parties to implement.',
      },
    ],
  },
  {
    id: 'ostp-regulatory-reform-rfi',
    date: '2025-09-26',
    title: 'OSTP opens an RFI on federal rules that hinder AI',
    summary:
      'OSTP published a Federal Register request for information on regulatory reform on AI (docket OSTP-TECH-2025-0067), with ' +
      'comments due by 27 October 2025.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['governance'],
    verification: 'verified',
    sourceIds: ['fr-ostp-rfi'],
    links: [
      {
        provisionId: 'us-1-1-1',
        kind: 'implements',
        note: 'Launches the RFI on regulations that hinder AI that the first deregulation bullet asks OSTP to run.',
      },
    ],
  },
  {
    id: 'caisi-deepseek-evaluation',
    date: '2025-09-30',
    title: 'CAISI publishes its evaluation of DeepSeek models',
    summary:
      'Under the plan, CAISI compared three DeepSeek models with four US models on 19 benchmarks and reported lower performance, ' +
      'higher cost, more agent hijacking and jailbreak compliance, and about four times as many CCP narratives as US models.',
    lane: 'us',
    countries: ['us', 'cn'],
    dimensions: ['security', 'open-weights'],
    verification: 'secondary',
    sourceIds: ['nist-caisi-ds', 'gp-caisi', 'neo-caisi', 'dw-2026'],
    links: [
      {
        provisionId: 'us-1-2-3',
        kind: 'implements',
        note: 'A published CAISI evaluation of PRC frontier models that measures how often they echo CCP narratives, as the bullet asks.',
      },
      {
        provisionId: 'us-3-6-2',
        kind: 'implements',
        note:
          'Assesses security weaknesses of an adversary’s models (agent hijacking, jailbreaks), their adoption (download growth) ' +
          'and US-versus-adversary capability, the elements the bullet lists.',
      },
    ],
  },
  {
    id: 'ai-exports-program-launch',
    date: '2025-10-21',
    title: 'Commerce launches the American AI Exports Program',
    summary:
      'The Commerce Department’s International Trade Administration launched the American AI Exports Program, with a ' +
      'website at aiexports.gov.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['diplomacy'],
    verification: 'verified',
    sourceIds: ['bb-exports'],
    links: [
      {
        provisionId: 'us-3-1-1',
        kind: 'implements',
        note: 'Establishes the Commerce program for full-stack AI export packages; no selected consortia or deals are recorded yet.',
      },
    ],
  },
  {
    id: 'cn-15th-fyp-recommendations',
    date: '2025-10-24',
    title: 'China presents 15th Five-Year Plan Recommendations naming embodied AI',
    summary:
      'The Recommendations adopted at the CPC’s Fourth Plenum, presented at a press conference on 24 October, list embodied ' +
      'intelligence among future industries alongside quantum technology, biomanufacturing, hydrogen and fusion energy, ' +
      'brain-computer interfaces and 6G.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['robotics'],
    verification: 'secondary',
    sourceIds: ['cn-s43', 'cn-s44'],
  },
  {
    id: 'ai-exports-program-rfi',
    date: '2025-10-28',
    title: 'Commerce asks for input on the American AI Exports Program',
    summary:
      'The International Trade Administration published a request for information on the AI Exports Program, with comments ' +
      'due by 28 November 2025.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['diplomacy'],
    verification: 'verified',
    sourceIds: ['fr-exports-rfi'],
    links: [
      {
        provisionId: 'us-3-1-1',
        kind: 'implements',
        note: 'A step toward gathering industry-consortium proposals for full-stack export packages.',
      },
    ],
  },
  {
    id: 'xi-apec-waico',
    date: '2025-11',
    title: 'Xi promotes WAICO at the APEC leaders’ meeting',
    summary:
      'Around 31 October–1 November 2025 in Gyeongju, South Korea, Xi Jinping promoted the proposed World AI Cooperation ' +
      'Organization; APEC endorsed a broader AI plan but did not create the body.',
    lane: 'cn',
    countries: ['cn', 'other'],
    dimensions: ['diplomacy'],
    verification: 'secondary',
    sourceIds: ['cn-s20'],
  },
  {
    id: 'genesis-mission-eo-14363',
    date: '2025-11-24',
    title: 'Trump signs EO 14363 launching the Genesis Mission',
    summary:
      'The order, which says it implements the AI Action Plan, has DOE build an integrated AI platform that uses federal ' +
      'scientific datasets to train scientific foundation models and agents, and assess national-lab robotic labs within 240 days.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['adoption', 'robotics'],
    verification: 'verified',
    sourceIds: ['fr-eo14363', 'akin-genesis'],
    links: [
      {
        provisionId: 'us-1-7-1',
        kind: 'implements',
        note:
          'Directs DOE to assess national-lab capacity for robotic laboratories and autonomous experimentation, the automated labs ' +
          'built with DOE National Laboratories that the bullet asks for.',
      },
    ],
  },
  {
    id: 'h200-sales-allowed',
    date: '2025-12-08',
    title: 'Trump allows Nvidia H200 sales to approved Chinese buyers for a 25% cut',
    summary:
      'Trump announced on Truth Social that Nvidia may sell H200 chips to approved customers in China and other countries, with ' +
      '25% paid to the United States (up from the 15% of August); Blackwell and Rubin chips stay excluded.',
    lane: 'us',
    countries: ['us', 'cn'],
    dimensions: ['chips'],
    verification: 'verified',
    sourceIds: ['wion-h200', 'sabah-h200', 'dw-2026'],
    links: [
      {
        provisionId: 'us-3-3-1',
        kind: 'context',
        note:
          'Sits uneasily with the section’s aim of denying adversaries advanced compute, but does not reverse this bullet: ' +
          'location verification is about where exported chips end up, and no status is recorded.',
      },
      {
        provisionId: 'us-3-3-2',
        kind: 'context',
        note:
          'Loosens what may be sold to China rather than how controls are enforced against diversion, so it is recorded as ' +
          'context, not as a contradiction of the enforcement bullet.',
      },
    ],
  },
  {
    id: 'eo-14365-national-framework',
    date: '2025-12-11',
    title: 'Trump signs EO 14365 for a national AI policy framework',
    summary:
      'EO 14365 seeks a minimally burdensome national framework: a DOJ AI Litigation Task Force to challenge state AI laws within ' +
      '30 days, a Commerce review of state laws within 90 days, and conditions on remaining BEAD non-deployment funds.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['governance'],
    verification: 'verified',
    sourceIds: ['fr-eo14365', 'bb-eo14365'],
    links: [
      {
        provisionId: 'us-1-1-3',
        kind: 'implements',
        note: 'Conditions federal (BEAD) funds on states’ AI laws, the funding lever this bullet asks agencies to use.',
      },
    ],
  },
  {
    id: 'omb-m-26-04',
    date: '2025-12-11',
    title: 'OMB issues memo M-26-04 on unbiased AI principles',
    summary:
      'OMB memorandum M-26-04 requires new federal LLM contracts to include truth-seeking and ideological-neutrality terms and ' +
      'gives agencies until 11 March 2026 to update their procurement policies.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['governance'],
    verification: 'secondary',
    sourceIds: ['dpa-m2604', 'govexec-m2604'],
    links: [
      {
        provisionId: 'us-1-2-2',
        kind: 'implements',
        note: 'The OMB guidance that updates federal procurement rules for frontier LLMs, as the bullet asks.',
      },
    ],
  },

  // ── 2026 ──────────────────────────────────────────────────────────────────
  {
    id: 'bis-h200-licensing-rule',
    date: '2026-01-13',
    title: 'Commerce moves H200-class chips to case-by-case licensing for China',
    summary:
      'A Commerce/BIS rule put H200-class chips and AMD’s MI325X under case-by-case review, with third-party lab testing, China ' +
      'volumes capped at 50% of US sales, proof of US supply and no military use; it reportedly does not mention the 25% fee.',
    lane: 'us',
    countries: ['us', 'cn'],
    dimensions: ['chips'],
    verification: 'verified',
    sourceIds: ['cna-h200', 'particle-h200', 'gmt8-h200', 'coinc-h200'],
    links: [
      {
        provisionId: 'us-3-3-2',
        kind: 'context',
        note:
          'Formalises the H200 opening but keeps licensing conditions (testing, volume cap, end-use limits); not a reversal ' +
          'of enforcement.',
      },
    ],
  },
  {
    id: 'qwen-700m-downloads',
    date: '2026-01-13',
    title: 'Xinhua reports Qwen at about 700 million Hugging Face downloads',
    summary:
      'Xinhua reported that Alibaba’s Qwen family had about 700 million downloads on Hugging Face, about 400 open models and more ' +
      'than 180,000 derivatives, having passed Meta’s Llama in cumulative downloads by October 2025.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['open-weights'],
    verification: 'verified',
    sourceIds: ['xinhua-qwen', 'dw-2026'],
    links: [
      {
        provisionId: 'cn-5-4',
        kind: 'context',
        note:
          'Shows the reach of Chinese open-weight models; DW links this to China’s championing of a diverse, open and ' +
          'innovative ecosystem.',
      },
    ],
  },
  {
    id: 'china-customs-blocks-h200',
    date: '2026-01-14',
    title: 'China’s customs reportedly block H200 imports',
    summary:
      'Reuters reported that Chinese customs agents were told H200 chips may not enter China and that officials told tech firms to ' +
      'buy them only when necessary; a source called it basically a ban for now.',
    lane: 'cn',
    countries: ['cn', 'us'],
    dimensions: ['chips'],
    verification: 'verified',
    sourceIds: ['thenews-h200', 'cn-s25', 'cn-s26', 'cn-s27', 'particle-h200', 'dw-2026'],
    links: [
      {
        provisionId: 'cn-2-1',
        kind: 'context',
        note:
          'A Chinese import restriction on foreign chips, set beside point 2’s call to lower technological barriers; the ' +
          'sources give no reason, so no status is recorded.',
      },
    ],
  },
  {
    id: 'china-h200-preliminary-approval',
    date: '2026-01-26',
    title: 'Beijing reportedly lets Alibaba, Tencent and ByteDance prepare H200 orders',
    summary: 'Bloomberg reported that Beijing had given Alibaba, Tencent and ByteDance preliminary approval to prepare H200 orders.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['chips'],
    verification: 'verified',
    sourceIds: ['bt-h200'],
  },
  {
    id: 'cn-15th-fyp-outline',
    date: '2026-03-05',
    title: 'China releases the 15th Five-Year Plan Outline',
    summary:
      'The 141-page Outline of the 15th Five-Year Plan was released with goals for frontier technologies; its AI-specific ' +
      'provisions were not retrieved.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['robotics', 'adoption'],
    verification: 'secondary',
    sourceIds: ['cn-s45'],
  },
  {
    id: 'hf-spring-2026-report',
    date: '2026-03-17',
    title: 'Hugging Face reports Chinese open models ahead of US ones in downloads',
    summary:
      'A summary of Hugging Face’s Spring 2026 open-source report gives China 17.1% and the US 15.8% of recent downloads by ' +
      'developer origin (data to August 2025).',
    lane: 'intl',
    countries: ['cn', 'us'],
    dimensions: ['open-weights'],
    verification: 'secondary',
    sourceIds: ['hf-spring26'],
  },
  {
    id: 'nist-ai-rmf-revision-reported',
    date: '2026-03-26',
    title: 'A blog reports a NIST AI RMF revision under way (unconfirmed)',
    summary:
      'A compliance blog says a revision of the NIST AI Risk Management Framework is under way, citing NIST IR 8596; no NIST ' +
      'source was read, so the revision’s content and status are unverified.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['governance'],
    verification: 'unverified',
    sourceIds: ['rt-rmf'],
    links: [
      {
        provisionId: 'us-1-2-1',
        kind: 'context',
        note: 'Would bear on the bullet to revise the AI RMF, but rests on one weak blog; no status is recorded.',
      },
    ],
  },
  {
    id: 'ai-index-2026',
    date: '2026-04-13',
    title: 'Stanford’s AI Index 2026 finds the US–China model gap at 2.7%',
    summary:
      'Per a press report on the AI Index 2026, US private AI investment reached $285.9 billion in 2025, the US had 5,427 data ' +
      'centers, and the top US model led the top Chinese model by 2.7% (March 2026).',
    lane: 'intl',
    countries: ['us', 'cn'],
    dimensions: ['adoption', 'infrastructure'],
    verification: 'secondary',
    sourceIds: ['meri-aii26'],
  },
  {
    id: 'ft-no-h200-shipments',
    date: '2026-04-30',
    title: 'FT reportedly finds no H200 shipments to China yet (unverified)',
    summary:
      'A paywalled May 2026 article, seen only as an excerpt, cites an FT report of 30 April 2026 that no H200 shipments had yet ' +
      'been made to China.',
    lane: 'intl',
    countries: ['us', 'cn'],
    dimensions: ['chips'],
    verification: 'unverified',
    sourceIds: ['vector-h200'],
  },
  {
    id: 'caisi-pre-release-testing-agreements',
    date: '2026-05',
    title: 'CAISI signs pre-release testing agreements with three AI developers',
    summary:
      'In May 2026 CAISI announced pre-release testing agreements with Microsoft, xAI and Google DeepMind and said it had ' +
      'completed more than 40 model evaluations; the exact date is unverified.',
    lane: 'us',
    countries: ['us'],
    dimensions: ['security'],
    verification: 'secondary',
    sourceIds: ['upi-caisi'],
    links: [
      {
        provisionId: 'us-3-6-1',
        kind: 'implements',
        note: 'Testing of frontier models in partnership with their developers, led by CAISI, is what the bullet asks for.',
      },
    ],
  },
  {
    id: 'ndrc-ai-legislation-research',
    date: '2026-05-22',
    title: 'NDRC says China is researching AI legislation',
    summary:
      'An NDRC spokesperson reportedly said China is conducting research on AI legislation and that two AI measures, on ethics ' +
      'review and on anthropomorphic interaction services, had been issued.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['governance'],
    verification: 'secondary',
    sourceIds: ['ld-cls-legislation'],
  },
  {
    id: 'ndrc-ai-cooperation-plan',
    date: '2026-07-17',
    title: 'NDRC issues an AI Cooperation and Development Action Plan',
    summary:
      'China’s NDRC reportedly issued an action plan with eight actions for international AI cooperation, among them data flows, ' +
      'affordable compute for developing countries and jointly drafted open-source compliance systems and safety guidelines.',
    lane: 'cn',
    countries: ['cn'],
    dimensions: ['diplomacy', 'open-weights'],
    verification: 'secondary',
    sourceIds: ['ld-ndrc-coop-plan'],
    links: [
      {
        provisionId: 'cn-5-1',
        kind: 'implements',
        note:
          'Calls for jointly drafted open-source compliance systems and safety guidelines (开源合规体系与安全准则), echoing the ' +
          'provision’s first two clauses almost word for word.',
      },
      {
        provisionId: 'cn-5-5',
        kind: 'implements',
        note: 'Calls for jointly built international open-source communities.',
      },
      {
        provisionId: 'cn-12-2',
        kind: 'implements',
        note: 'Calls for affordable compute for developing countries, a way of helping them access and use AI.',
      },
    ],
  },
  {
    id: 'waico-founding-reported',
    date: '2026-07',
    title: 'Reports say 29 countries signed to found WAICO at WAIC 2026 (unverified)',
    summary:
      'Unattributed notes citing a China Economic Net report say 29 countries signed to establish WAICO, headquartered in Shanghai, ' +
      'at WAIC 2026 (17–20 July); the report was not retrieved, and a 22 June 2026 paper still treated WAICO as a proposal.',
    lane: 'intl',
    countries: ['cn', 'other'],
    dimensions: ['diplomacy', 'governance'],
    verification: 'unverified',
    sourceIds: ['cn-s80', 'cn-s21'],
  },
]

import type { GapInput } from './schema'

/**
 * Known gaps: what could not be verified and why (research/us-plan.md §6, research/cn-plan.md §1a and §7,
 * research/later-developments.md). Shown so that users know where the data stops.
 */
export const gaps: GapInput[] = [
  // ── China plan text ───────────────────────────────────────────────────────
  {
    id: 'cn-points-4-13-wording',
    title: 'Official wording of China’s plan beyond point 2',
    detail:
      'Official text was read for the preamble, the principles and point 1 in full (Chinese in the Xinhua text; the complete ' +
      'English only in an unattributed copy that matches the attributed reposts wherever they overlap) and for point 2 in Chinese ' +
      'up to “…降低和消除技术壁垒,共”. The rest of point 2 and the first clauses of point 3 were seen only in a traditional-script ' +
      'repost that changes words, and the English stops after point 2’s first words. No copy of points 4–13 was found: they are ' +
      'known from third-party quotations (two English sentences on open source, two Chinese lines on capacity building, phrases ' +
      'in DW), an unquoted and possibly abridged news excerpt on safety governance, and secondary descriptions.',
    sourceIds: ['cn-s2', 'cn-x2', 'cn-s1', 'cn-s3', 'cn-s9', 'cn-x9', 'cn-s67', 'cn-x8', 'cn-s6'],
  },
  {
    id: 'cn-point-headings',
    title: 'Headings of China’s points 3–13 in official English',
    detail:
      'The official English headings of points 3–13 (and the Chinese headings of points 4–13) were not seen. Point 3’s Chinese ' +
      'heading was seen only in a script-converted repost (推動人工智慧賦能千行百業); the simplified form shown is a rendering, not ' +
      'a copy. The English headings noted in the fact sheet are the compiler’s recollection and must not be shown as official ' +
      'until checked against the MFA text.',
    sourceIds: ['cn-s6', 'cn-s3'],
  },
  {
    id: 'cn-ascii-commas',
    title: 'Chinese commas and colons as stored',
    detail:
      'In every stored copy used for the Chinese wording, the Chinese comma and colon appear as ASCII “,” and “:”, while 、, 。 ' +
      'and 《》 are unchanged. The official Xinhua and MFA texts probably use the full-width forms; the data keep the punctuation ' +
      'exactly as stored and have not checked it against the live pages.',
    sourceIds: ['cn-s2', 'cn-s3', 'cn-x9', 'cn-s67'],
  },
  {
    id: 'cn-mfa-pages-not-opened',
    title: 'MFA pages for the China plan not opened',
    detail:
      'The official English and Chinese texts on the Ministry of Foreign Affairs websites could not be opened; their URLs come from ' +
      'third-party citations and the English page title was seen only in a cache.',
    sourceIds: ['cn-s6', 'cn-s7', 'cn-s8'],
  },
  {
    id: 'cn-unseen-topics',
    title: 'Topics of China’s plan that could not be checked',
    detail:
      'Whether the plan names ITU, ISO or IEC, sets up risk testing and evaluation systems, details public-sector deployment, or ' +
      'uses language on export controls, unilateralism or technological blockades could not be checked: none of these appears in ' +
      'the readable part (the preamble to the opening of point 3). Risk assessment, threat-information sharing, emergency ' +
      'response, data-security and personal-information protection and traceability of AI services appear only in an unquoted, ' +
      'possibly abridged passage of a Hong Kong news report that does not number the point.',
    sourceIds: ['cn-s10', 'cn-s65', 'cn-s68', 'cn-x8'],
  },
  {
    id: 'cn-low-reliability-details',
    title: 'Plan details known only from low-reliability outlets',
    detail:
      'Energy benchmarks and low-power chips, “safe and reliable open-source platforms” in clause five, and point-3 specifics ' +
      'beyond education come from a single low-reliability outlet or a machine-garbled repost.',
    sourceIds: ['cn-s70', 'cn-s4'],
  },

  // ── China: related policy and later developments ─────────────────────────
  {
    id: 'waico-founding',
    title: 'WAICO’s formal founding',
    detail:
      'Reports that 29 countries signed to establish WAICO at WAIC 2026 (July 2026) come only from unattributed notes citing a ' +
      'China Economic Net report that could not be retrieved; an arXiv paper of 22 June 2026 still called WAICO a proposal.',
    sourceIds: ['cn-s80', 'cn-s21'],
  },
  {
    id: 'later-developments-unopened',
    title: '2026 Chinese developments seen only through repository notes',
    detail:
      'The NDRC’s AI Cooperation and Development Action Plan (2026-07-17) and the NDRC remarks on AI legislation (2026-05-22) ' +
      'are known from notes in public repositories that cite official or press pages; none of those pages could be opened.',
    sourceIds: ['ld-ndrc-coop-plan', 'ld-cls-legislation', 'cn-s80'],
  },
  {
    id: 'ai-plus-signing-date',
    title: 'Signing date of the AI+ Opinions',
    detail:
      'One low-reliability repost dates the State Council AI+ Opinions 21 August 2025; only the publication on 26 August 2025 is ' +
      'verified.',
    sourceIds: ['cn-s35', 'cn-s32', 'cn-s38'],
  },
  {
    id: 'fyp-ai-clauses',
    title: 'AI clauses of the 15th Five-Year Plan',
    detail:
      'The exact Chinese wording of any AI+ or embodied-intelligence clause in the 15th Five-Year Plan Recommendations, and the ' +
      'AI provisions of the March 2026 Outline, were not retrieved.',
    sourceIds: ['cn-s43', 'cn-s44', 'cn-s45'],
  },
  {
    id: 'cn-filings-and-density',
    title: 'China’s 868 filed AI services and 2024 robot density',
    detail:
      'A figure of 868 generative-AI services filed by 30 April comes from an AI-written summary that does not state the year; ' +
      'China’s robot density for 2024 was not found.',
    sourceIds: ['cn-s55'],
  },

  // ── United States ─────────────────────────────────────────────────────────
  {
    id: 'eo-14318-fr-citation',
    title: 'Federal Register citation of EO 14318',
    detail: 'The page and document number of EO 14318 were not found; the order number itself is confirmed by several secondary sources.',
    sourceIds: ['wiki-plan', 'nlr-eos'],
  },
  {
    id: 'us-robot-density',
    title: 'US robot density value',
    detail: 'Only the US rank (10th) in manufacturing robot density for 2023 was found, not the value per 10,000 employees.',
    sourceIds: ['apacc-ifr'],
  },
  {
    id: 'nist-ai-rmf-revision',
    title: 'Status of the NIST AI RMF revision',
    detail:
      'Only a blog says the revision the plan asks for is under way (citing NIST IR 8596); no NIST source was read, so no ' +
      'implementation status is recorded.',
    sourceIds: ['rt-rmf'],
  },
  {
    id: 'caisi-deepseek-report-unopened',
    title: 'CAISI’s DeepSeek report read only through summaries',
    detail:
      'The figures of CAISI’s DeepSeek evaluation come from two consistent secondary summaries; the NIST release and report PDF ' +
      'were not opened.',
    sourceIds: ['nist-caisi-ds', 'gp-caisi', 'neo-caisi'],
  },
  {
    id: 'omb-m-26-04-unopened',
    title: 'OMB memo M-26-04 read only through summaries',
    detail: 'The memo itself was not opened; its requirements come from a policy-tracker summary and press quotes.',
    sourceIds: ['dpa-m2604', 'govexec-m2604'],
  },
  {
    id: 'wh-announcement-unopened',
    title: 'White House announcement page not opened',
    detail: 'The White House release claiming “over 90” actions was read only as republished by a law-firm site.',
    sourceIds: ['wh-art', 'mondaq-plan'],
  },
  {
    id: 'undated-secondary-pages',
    title: 'Undated secondary pages',
    detail:
      'Several secondary pages show no publication date (marked n.d. or approximate), including the Tom’s Hardware Ascend ' +
      'article and the House Science Committee statement on DeepSeek.',
    sourceIds: ['th-ascend', 'house-ds'],
  },
  {
    id: 'h200-shipments',
    title: 'Whether any H200 chips have reached China',
    detail:
      'The report that no H200 shipments had been made as of 2026-04-30 rests on a paywalled excerpt citing the FT; it could not ' +
      'be checked further.',
    sourceIds: ['vector-h200'],
  },
  {
    id: 'h200-order-volume-value',
    title: 'Size and value of Chinese H200 orders',
    detail:
      'DW’s “more than 2 million” H200s worth “topping $50 billion” could not be matched: Reuters-based reports give more than 2 ' +
      'million units at about $27,000 (about $54 billion by arithmetic), Nvidia estimates a China market of about $50 billion a ' +
      'year, and another report says Nvidia anticipated orders above 1 million units.',
    sourceIds: ['dw-2026', 'tp-h200', 'bt-h200', 'gmt8-h200', 'cn-s27'],
  },
  {
    id: 'caisi-may-2026-date',
    title: 'Date of CAISI’s May 2026 testing agreements',
    detail: 'The agreements are known from UPI text reproduced on a tag page, dated only “May 5”; the exact date is unverified.',
    sourceIds: ['upi-caisi'],
  },
  {
    id: 'ai-index-via-press',
    title: 'AI Index figures taken from press summaries',
    detail:
      'Figures from Stanford HAI’s AI Index 2025 and 2026 come from press summaries, not the reports themselves; the 2025 ' +
      'report’s exact release day was not checked.',
    sourceIds: ['ciol-aii25', 'fud-aii25', 'meri-aii26'],
  },
  {
    id: 'dw-attributions',
    title: 'Errors in the DW article',
    detail:
      'DW attributes the plan’s language on open models to a report by a “National Center for AI Standards and Innovation” (the ' +
      'body is the Center for AI Standards and Innovation and the words are the plan’s), and names the Ascend 910 where the ' +
      'underlying reports name the 910C.',
    sourceIds: ['dw-2026', 'wh-plan', 'th-ascend'],
  },
]

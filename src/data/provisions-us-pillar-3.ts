import type { ProvisionInput } from './schema'

export const provisionsUsPillar3: ProvisionInput[] = [
  // ── III.1 Export American AI to Allies and Partners (p. 20) ──────────────
  {
    id: 'us-3-1-1',
    planId: 'us',
    sectionId: 'us-3-1',
    page: 20,
    title: 'Set up a Commerce program to select and back full-stack AI export packages',
    text:
      'Establish and operationalize a program within DOC aimed at gathering proposals from industry consortia for full-stack AI export ' +
      'packages. … the Economic Diplomacy Action Group, the U.S. Trade and Development Agency, the Export-Import Bank, the U.S. ' +
      'International Development Finance Corporation, and the Department of State (DOS) should coordinate with DOC to facilitate ' +
      'deals that meet U.S.-approved security requirements and standards.',
    summary:
      'Commerce would invite industry consortia to propose complete AI export packages and pick among them; trade, finance and ' +
      'diplomatic agencies would then help close deals that satisfy US security requirements and standards.',
    primary: 'diplomacy',
    secondary: [],
    instruments: ['export-promotion', 'institutions'],
    orientation: { scope: 'allies', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [
      'DOC',
      'Economic Diplomacy Action Group',
      'U.S. Trade and Development Agency',
      'Export-Import Bank',
      'U.S. International Development Finance Corporation',
      'DOS',
    ],
    sourceIds: ['wh-plan'],
    notes: [
      'Text cut: the opening clause of the second sentence (“Once consortia are selected by DOC,”) is omitted to stay within 60 words.',
      'Scope coded allies: the bullet names no recipient countries; the codebook lists exporting to allies as an allies measure and the ' +
        'section heading names “Allies and Partners”.',
      'Framing coded neutral: the rivalry language (“our rivals”, “strategic rivals”) is in the section introduction, not the bullet.',
      'Lead coded government: consortia only submit proposals; DOC selects them and agencies facilitate the deals.',
      'leadAgencies: the bullet abbreviates only DOC and DOS; the other four agencies are listed by the names it prints.',
    ],
  },

  // ── III.2 Counter Chinese Influence in International Governance Bodies (p. 20)
  {
    id: 'us-3-2-1',
    planId: 'us',
    sectionId: 'us-3-2',
    page: 20,
    title: 'Use US standing in diplomatic and standards bodies to counter authoritarian influence',
    text:
      'Led by DOS and DOC, leverage the U.S. position in international diplomatic and standard-setting bodies to vigorously advocate ' +
      'for international AI governance approaches that promote innovation, reflect American values, and counter authoritarian influence.',
    summary:
      'State and Commerce would press, inside international diplomatic and standard-setting bodies, for AI governance approaches ' +
      'that favour innovation and American values and push back against authoritarian influence.',
    primary: 'diplomacy',
    secondary: ['governance'],
    instruments: ['cooperation', 'standards'],
    orientation: { scope: 'global', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOS', 'DOC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Secondary governance: the object of the advocacy is international AI governance approaches, not only standards.',
      'Instruments cooperation + standards: advocacy inside multilateral bodies, explicitly including standard-setting bodies.',
    ],
  },

  // ── III.3 Strengthen AI Compute Export Control Enforcement (p. 21) ───────
  {
    id: 'us-3-3-1',
    planId: 'us',
    sectionId: 'us-3-3',
    page: 21,
    title: 'Explore chip location verification to keep advanced AI compute out of countries of concern',
    text:
      'Led by DOC, OSTP, and NSC in collaboration with industry, explore leveraging new and existing location verification features ' +
      'on advanced AI compute to ensure that the chips are not in countries of concern.',
    summary:
      'Commerce, OSTP and the National Security Council, working with industry, would study using location-verification features ' +
      'on advanced AI chips to confirm they are not located in countries of concern.',
    primary: 'chips',
    secondary: ['security'],
    instruments: ['export-control', 'research'],
    orientation: { scope: 'domestic', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOC', 'OSTP', 'NSC'],
    sourceIds: ['wh-plan'],
    notes: [],
  },
  {
    id: 'us-3-3-2',
    planId: 'us',
    sectionId: 'us-3-3',
    page: 21,
    title: 'Team Commerce with intelligence agencies to enforce chip export controls worldwide',
    text:
      'Establish a new effort led by DOC to collaborate with IC officials on global chip export control enforcement. … This enhanced ' +
      'monitoring could then be used to expand and increase end-use monitoring in countries where there is a high risk of diversion of ' +
      'advanced, U.S.-origin AI compute, …',
    summary:
      'Commerce would work with the intelligence community to track AI-compute developments and chip diversion worldwide, and use ' +
      'that monitoring to step up end-use checks in high-risk countries, especially those without a BIS export control officer.',
    primary: 'chips',
    secondary: ['security'],
    instruments: ['export-control', 'institutions'],
    orientation: { scope: 'domestic', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOC', 'IC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Text cut (86 words in full): the second sentence (monitoring AI-compute developments to cover diversion routes) and the final ' +
        'clause (“especially where there is not a Bureau of Industry and Security Export Control Officer present in-country”) are ' +
        'omitted; both are reflected in the summary.',
      'Secondary security, as in the codebook’s worked example for the sister bullet us-3-3-1: enforcement runs with intelligence officials.',
      'Scope domestic although end-use monitoring takes place abroad: a national enforcement measure aimed outward.',
    ],
  },

  // ── III.4 Plug Loopholes in Existing Semiconductor Manufacturing Export Controls (p. 21)
  {
    id: 'us-3-4-1',
    planId: 'us',
    sectionId: 'us-3-4',
    page: 21,
    title: 'Extend export controls to sub-systems of semiconductor manufacturing equipment',
    text:
      'Led by DOC, develop new export controls on semiconductor manufacturing subsystems. Currently, the United States and its allies ' +
      'impose export controls on major systems necessary for semiconductor manufacturing, but do not control many of the component ' +
      'sub-systems.',
    summary:
      'Commerce would write new export controls covering component sub-systems of chipmaking equipment, which current US and allied ' +
      'controls on whole tools largely leave out.',
    primary: 'chips',
    secondary: [],
    instruments: ['export-control'],
    orientation: { scope: 'domestic', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Scope domestic: the action is new national controls by DOC; allies appear only in the description of current controls.',
      'Wording follows the text extraction (“subsystems”); there the word is rejoined across a line break, and the same bullet later ' +
        'prints “sub-systems”, so the PDF may hyphenate the first instance too.',
    ],
  },

  // ── III.5 Align Protection Measures Globally (p. 21) ─────────────────────
  {
    id: 'us-3-5-1',
    planId: 'us',
    sectionId: 'us-3-5',
    page: 21,
    title: 'Develop and share complementary technology protection measures, including in research',
    text:
      'Led by DOC and DOS and in coordination with NSC, DOE, and NSF, develop, implement, and share information on complementary ' +
      'technology protection measures, including in basic research and higher education, to mitigate risks from strategic adversaries ' +
      'and concerning entities. This work should build on existing efforts underway at DOS and DOC, or, where necessary, involve new ' +
      'diplomatic campaigns.',
    summary:
      'Commerce and State, with the NSC, Energy and NSF, would build, apply and share technology-protection measures, extending to ' +
      'basic research and universities, against strategic adversaries, using existing efforts or new diplomatic campaigns.',
    primary: 'security',
    secondary: ['diplomacy'],
    instruments: ['export-control', 'cooperation'],
    orientation: { scope: 'allies', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOC', 'DOS', 'NSC', 'DOE', 'NSF'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary security, not chips: the object is “technology protection measures” in general, explicitly including basic research ' +
        'and higher education (the codebook’s research-security tie-break); no chip or export control is named.',
      'Instrument export-control for protection measures that restrict technology transfer; cooperation for information sharing and ' +
        'diplomatic campaigns.',
      'Scope allies: “complementary” measures, shared information and diplomatic campaigns imply working with partners, though the ' +
        'bullet names none.',
    ],
  },
  {
    id: 'us-3-5-2',
    planId: 'us',
    sectionId: 'us-3-5',
    page: 22,
    title: 'Draft a technology-diplomacy plan to get allies to adopt complementary AI export controls',
    text:
      'Develop a technology diplomacy strategic plan for an AI global alliance to align incentives and policy levers across government ' +
      'to induce key allies to adopt complementary AI protection systems and export controls across the supply chain, led by DOS in ' +
      'coordination with DOC, DOD, and DOE. …',
    summary:
      'State, with Commerce, Defense and Energy, would write a strategy for an AI alliance that uses government levers to bring key ' +
      'allies to adopt matching AI protection systems and export controls, so that they do not supply adversaries with controlled ' +
      'technology.',
    primary: 'chips',
    secondary: ['diplomacy', 'security'],
    instruments: ['export-control', 'cooperation'],
    orientation: { scope: 'allies', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOS', 'DOC', 'DOD', 'DOE'],
    sourceIds: ['wh-plan'],
    notes: [
      'Text cut (71 words in full): the second sentence (allies should not supply adversaries with technologies the US is seeking to ' +
        'control) is omitted and reflected in the summary.',
      'Primary chips under the codebook’s export-control rule, although the controls cover AI “across the supply chain”, not chips ' +
        'alone; diplomacy (the alliance strategy) and security (“AI protection systems”) are secondary.',
    ],
  },
  {
    id: 'us-3-5-3',
    planId: 'us',
    sectionId: 'us-3-5',
    page: 22,
    title: 'Expand plurilateral export controls on the AI tech stack beyond treaty bodies',
    text:
      'Expand new initiatives for promoting plurilateral controls for the AI tech stack, avoiding the sole reliance on multilateral ' +
      'treaty bodies to accomplish this objective, while also encompassing existing U.S. controls and all future controls to level the ' +
      'playing field between U.S. and allied controls.',
    summary:
      'The US would push controls on the AI tech stack agreed among smaller groups of countries rather than relying only on ' +
      'multilateral treaty bodies, covering current and future US controls so allied rules match them.',
    primary: 'chips',
    secondary: ['diplomacy'],
    instruments: ['export-control', 'cooperation'],
    orientation: { scope: 'allies', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary chips under the codebook’s export-control rule, although the controls cover the whole AI tech stack, not chips alone.',
      'No agency named: leadAgencies left empty; lead coded government as the controls are state measures.',
    ],
  },
  {
    id: 'us-3-5-4',
    planId: 'us',
    sectionId: 'us-3-5',
    page: 22,
    title: 'Press allies to adopt US export controls and shut adversaries out of defense supply chains',
    text:
      'Led by DOC and DOD, coordinate with allies to ensure that they adopt U.S. export controls, work together with the U.S to develop ' +
      'new controls, and prohibit U.S. adversaries from supplying their defense-industrial base or acquiring controlling stakes in ' +
      'defense suppliers.',
    summary:
      'Commerce and Defense would work with allies so they take on US export controls, co-develop new ones, and bar US adversaries ' +
      'from supplying or buying control of their defense suppliers.',
    primary: 'chips',
    secondary: ['diplomacy', 'security'],
    instruments: ['export-control', 'cooperation'],
    orientation: { scope: 'allies', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOC', 'DOD'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary chips under the codebook’s export-control rule, although the controls are not limited to chips; the defense-industrial-base ' +
        'part (barring adversary suppliers and controlling stakes) is coded as secondary security.',
      '“the U.S to” is printed without the second full stop; kept as printed.',
    ],
  },

  // ── III.6 Ensure that the U.S. Government is at the Forefront of Evaluating National Security Risks in Frontier Models (p. 22)
  {
    id: 'us-3-6-1',
    planId: 'us',
    sectionId: 'us-3-6',
    page: 22,
    title: 'Test frontier AI systems for national-security risks together with their developers',
    text:
      'Evaluate frontier AI systems for national security risks in partnership with frontier AI developers, led by CAISI at DOC in ' +
      'collaboration with other agencies with relevant expertise in CBRNE and cyber risks.',
    summary:
      'CAISI, with agencies expert in chemical, biological, radiological, nuclear, explosives and cyber risks, would evaluate frontier ' +
      'AI systems for national-security risks in partnership with the companies that build them.',
    primary: 'security',
    secondary: [],
    instruments: ['research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['CAISI', 'DOC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Lead coded multistakeholder: the bullet says “in partnership with frontier AI developers” (the codebook’s “partner with” cue), ' +
        'although CAISI leads.',
      'Framing neutral: “national security risks” names a risk, not a rival or adversary.',
    ],
  },
  {
    id: 'us-3-6-2',
    planId: 'us',
    sectionId: 'us-3-6',
    page: 22,
    title: 'Assess adversaries’ AI systems used in the US for vulnerabilities, backdoors and influence',
    text:
      'Led by CAISI at DOC in collaboration with national security agencies, evaluate and assess potential security vulnerabilities and ' +
      'malign foreign influence arising from the use of adversaries’ AI systems in critical infrastructure and elsewhere in the American ' +
      'economy, including the possibility of backdoors and other malicious behavior. …',
    summary:
      'CAISI and national-security agencies would examine adversary AI systems used in US critical infrastructure and the wider ' +
      'economy for vulnerabilities, foreign influence and backdoors, and compare US and adversary capabilities, foreign-AI adoption ' +
      'and the state of international competition.',
    primary: 'security',
    secondary: [],
    instruments: ['research'],
    orientation: { scope: 'domestic', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['CAISI', 'DOC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Text cut (74 words in full): the second sentence (the evaluations should also assess US and adversary capabilities, adoption of ' +
        'foreign AI systems and the state of international AI competition) is omitted and reflected in the summary.',
    ],
  },
  {
    id: 'us-3-6-3',
    planId: 'us',
    sectionId: 'us-3-6',
    page: 22,
    title: 'Prioritize hiring top AI researchers at federal agencies to sustain AI evaluations',
    text:
      'Prioritize the recruitment of leading AI researchers at Federal agencies, including NIST and CAISI within DOC, DOE, DOD, and the ' +
      'IC, to ensure that the Federal government can continue to offer cutting-edge evaluations and analysis of AI systems.',
    summary:
      'Federal agencies, among them NIST, CAISI, Energy, Defense and the intelligence community, would make recruiting leading AI ' +
      'researchers a priority so that government can keep evaluating and analysing AI systems at the cutting edge.',
    primary: 'adoption',
    secondary: ['security'],
    instruments: ['skills'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['NIST', 'CAISI', 'DOC', 'DOE', 'DOD', 'IC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary adoption (talent), not security: the bullet acts on recruitment; the evaluations it serves are “of AI systems” without a ' +
        'named risk object, so security is secondary (section context of national-security evaluation).',
      'leadAgencies: the agencies where recruitment is to happen, as the bullet names them; no “Led by” clause.',
    ],
  },
  {
    id: 'us-3-6-4',
    planId: 'us',
    sectionId: 'us-3-6',
    page: 22,
    title: 'Build and maintain national-security AI evaluations with agencies and researchers',
    text:
      'Build, maintain, and update as necessary national security-related AI evaluations through collaboration between CAISI at DOC, ' +
      'national security agencies, and relevant research institutions.',
    summary:
      'CAISI, national-security agencies and research institutions would jointly build a set of national-security AI evaluations and ' +
      'keep it current.',
    primary: 'security',
    secondary: [],
    instruments: ['standards', 'research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['CAISI', 'DOC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Printed twice: repeated word for word as bullet 3 of ‘Invest in Biosecurity’ (p. 23); recorded once.',
      'Instruments standards + research: building evaluations (evaluation methods) rather than carrying them out.',
    ],
  },

  // ── III.7 Invest in Biosecurity (p. 23); bullet 3 repeats us-3-6-4 and is not recorded ─
  {
    id: 'us-3-7-1',
    planId: 'us',
    sectionId: 'us-3-7',
    page: 23,
    title: 'Require federally funded labs to buy from screened nucleic acid synthesis providers',
    text:
      'Require all institutions receiving Federal funding for scientific research to use nucleic acid synthesis tools and synthesis ' +
      'providers that have robust nucleic acid sequence screening and customer verification procedures. Create enforcement mechanisms ' +
      'for this requirement rather than relying on voluntary attestation.',
    summary:
      'Institutions with federal research funding would have to buy nucleic acid synthesis only from tools and providers that screen ' +
      'sequences and verify customers, with the requirement enforced rather than self-certified.',
    primary: 'security',
    secondary: [],
    instruments: ['regulation'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: ['No agency named: leadAgencies left empty; lead coded government as the requirement is a federal funding condition.'],
  },
  {
    id: 'us-3-7-2',
    planId: 'us',
    sectionId: 'us-3-7',
    page: 23,
    title: 'Convene government and industry on data sharing to flag malicious synthesis customers',
    text:
      'Led by OSTP, convene government and industry actors to develop a mechanism to facilitate data sharing between nucleic acid ' +
      'synthesis providers to screen for potentially fraudulent or malicious customers.',
    summary:
      'OSTP would bring government and industry together to design a way for nucleic acid synthesis providers to share data and so ' +
      'screen out fraudulent or malicious customers.',
    primary: 'security',
    secondary: [],
    instruments: ['institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['OSTP'],
    sourceIds: ['wh-plan'],
    notes: [
      'Lead coded multistakeholder: government and industry actors are convened to develop the mechanism together; OSTP only convenes.',
    ],
  },
]

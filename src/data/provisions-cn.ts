import type { ProvisionInput } from './schema'

/**
 * Provisions of China's Global AI Governance Action Plan, coded from research/cn-plan.md.
 * Verbatim texts are exactly the fragments the fact sheet records (cuts marked “…”); n in cn-<point>-<n> is the order of
 * coding, not a known position in the plan. Points 4–13 carry only quoted fragments or described content; point 9 has none.
 * Defaults used where a fragment names no actor or tool (codebook §5 and §4 leave this open):
 * lead `multistakeholder` (point 1 addresses governments, international organisations, enterprises, research institutions,
 * social organisations and citizens; codebook §8 codes a point-5 clause the same way), `government` where only public
 * authorities can act (policy, regulation, barriers, intergovernmental agendas); instrument `cooperation` where the plan
 * frames the action as joint international action and names no other tool.
 */
const NO_ACTOR = 'No actor is named in the recorded wording: lead coded by the file-level default (see header comment).'
const NO_TOOL = 'No policy tool is named in the recorded wording: instrument `cooperation` by the file-level default.'
const POINT_GUESS = 'Point attribution is the fact sheet’s “likely” assignment, not verified against the official text.'

export const provisionsCn: ProvisionInput[] = [
  // ── Point 1: English fragments read in the full-text repost (S1) ───────────────────────────────────────────────
  {
    id: 'cn-1-1',
    planId: 'cn',
    sectionId: 'cn-1',
    title: 'Enlist governments, international bodies, firms, researchers and citizens',
    text: '…governments, international organizations, enterprises, research institutions, social organizations, and individual citizens…',
    summary:
      'Point 1 addresses its call to a broad set of actors: governments, international organisations, enterprises, research ' +
      'institutions, social organisations and individual citizens.',
    primary: 'governance',
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s1'],
    notes: [
      'Fragment only: the fact sheet (cn-plan.md §3.4 G4) records the list of actors, not the verb or object of the sentence.',
      'Coded governance: it defines who takes part in AI governance; lead multistakeholder because the list itself names the actors.',
    ],
  },
  {
    id: 'cn-1-2',
    planId: 'cn',
    sectionId: 'cn-1',
    title: 'Promote the adoption and application of AI worldwide',
    text: '…promote worldwide adoption and application of AI…',
    summary:
      'Point 1 sets the worldwide take-up and use of AI as an explicit goal, in the service of global economic and social development.',
    primary: 'adoption',
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s1'],
    notes: [
      'Fragment only (cn-plan.md §3.3 R5, §3.8 A1); whether it shares a sentence with cn-1-3 or cn-1-4 is not known.',
      'Framing cooperative: “worldwide” adoption is a benefit open to all countries.',
      NO_ACTOR,
      NO_TOOL,
    ],
  },
  {
    id: 'cn-1-3',
    planId: 'cn',
    sectionId: 'cn-1',
    title: 'Use AI to support the UN 2030 Agenda for Sustainable Development',
    text: '…supporting the implementation of the United Nations 2030 Agenda for Sustainable Development…',
    summary: 'Point 1 links AI to the implementation of the UN 2030 Agenda for Sustainable Development and to meeting global challenges.',
    primary: 'diplomacy',
    secondary: ['adoption'],
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s1'],
    notes: [
      'Fragment only (cn-plan.md §3.5 I6). It may be a clause of the same sentence as cn-1-2; if so it is split because it acts on a ' +
        'different dimension (a UN development agenda, coded diplomacy, not a governance mechanism).',
      NO_ACTOR,
      NO_TOOL,
    ],
  },
  {
    id: 'cn-1-4',
    planId: 'cn',
    sectionId: 'cn-1',
    title: 'Accelerate the build-out of digital infrastructure',
    text: '…accelerate the development of digital infrastructure…',
    summary: 'Point 1 calls for faster development of digital infrastructure.',
    primary: 'infrastructure',
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s1'],
    notes: [
      'Fragment only (cn-plan.md §3.6 E1). What the infrastructure comprises is not in the recorded wording; point 4 is reported to ' +
        'cover the build-out in detail (cn-4-1, described).',
      'Framing neutral: the fragment itself carries no joint or shared-benefit wording.',
      NO_ACTOR,
      NO_TOOL,
    ],
  },

  // ── Point 2: Chinese fragments read in the Xinhua text (S2) and a traditional-character repost (S3) ────────────
  {
    id: 'cn-2-1',
    planId: 'cn',
    sectionId: 'cn-2',
    title: 'Build international science and technology cooperation platforms of all kinds',
    nativeText: '…搭建各类国际科技合作平台…',
    summary: 'Point 2 calls for setting up a range of international platforms for cooperation in science and technology.',
    primary: 'diplomacy',
    secondary: ['adoption'],
    instruments: ['cooperation', 'institutions'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s2'],
    notes: [
      'Chinese fragment only (cn-plan.md §3.5 I1); the English wording of this sentence was not seen (S1 breaks off after point 2’s ' +
        'first sentence).',
      'Secondary adoption: the platforms serve scientific and technological research.',
      NO_ACTOR,
    ],
  },
  {
    id: 'cn-2-2',
    planId: 'cn',
    sectionId: 'cn-2',
    title: 'Promote technology cooperation and turning research results into applications',
    nativeText: '…促进技术合作与成果转化…',
    summary:
      'Point 2 calls for technology cooperation together with the conversion of research results into practical use (成果转化).',
    primary: 'diplomacy',
    secondary: ['adoption'],
    instruments: ['cooperation', 'research'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s2'],
    notes: [
      'Chinese fragment only (cn-plan.md §3.1 C2); English wording not seen. It may share a sentence with cn-2-3 and cn-2-4 ' +
        '(the fact sheet says point 2 pairs them); the order and sentence boundaries were not recorded.',
      'Primary diplomacy: technology cooperation between the parties is the main object; the conversion of research results adds adoption.',
      NO_ACTOR,
    ],
  },
  {
    id: 'cn-2-3',
    planId: 'cn',
    sectionId: 'cn-2',
    title: 'Lower and remove technological barriers',
    nativeText: '…降低和消除技术壁垒…',
    summary:
      'Point 2 calls for reducing and eliminating technological barriers. It is the plan’s only visible stance on technology ' +
      'restrictions in the text that could be read, and it names no country.',
    primary: 'diplomacy',
    instruments: ['cooperation', 'deregulation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'government' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s2'],
    notes: [
      'Chinese fragment only (cn-plan.md §3.1 C1); English wording not seen.',
      'Primary diplomacy by the codebook tie-break (lowering technological barriers between countries); not chips, since it names no ' +
        'export control, chip or compute.',
      'Export controls, “unilateralism” and “technological blockade” do not appear in the readable text (cn-plan.md §0.4): that ' +
        'framing comes from Li Qiang’s speech and Chinese commentary, not from this provision.',
      'Lead government: technological barriers are set by public authorities. Instrument deregulation: removing restrictions.',
    ],
  },
  {
    id: 'cn-2-4',
    planId: 'cn',
    sectionId: 'cn-2',
    title: 'Create innovation-friendly policy settings and coordinate policy and regulation',
    nativeText: '…营造创新友好的政策环境,加强政策与监管协调…',
    summary: 'Point 2 calls for a policy environment that favours innovation and for closer coordination of policy and regulation.',
    primary: 'governance',
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'government' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s2'],
    notes: [
      'Chinese fragment only (cn-plan.md §3.4 G6); English wording not seen. Punctuation as given in the fact sheet.',
      'Two clauses, both about rule-making (governance), kept as one provision.',
      'The fragment does not say between whom policy and regulation are coordinated; read as coordination among the parties to a ' +
        'global plan (instrument cooperation, framing cooperative). Lead government: only public authorities make policy and regulation.',
    ],
  },
  {
    id: 'cn-2-5',
    planId: 'cn',
    sectionId: 'cn-2',
    title: 'Explore open “AI+” application scenarios in depth',
    nativeText: '…深度挖掘"人工智能+"开放应用场景…',
    summary:
      'Point 2 calls for digging deeply into open application scenarios for “AI+”, the label China also uses for its domestic drive ' +
      'to integrate AI across the economy.',
    primary: 'adoption',
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s3'],
    notes: [
      '(simpl.) Read in a traditional-character repost (S3, which prints 「人工智慧+」); the simplified form and quotation marks are ' +
        'as given in cn-plan.md §3.3 R4. Fragment only; English wording not seen.',
      'A plan provision of point 2, not the State Council “AI+” Opinions (domestic policy, not coded here).',
      'Primary adoption: application scenarios in general, no list led by manufacturing. Framing cooperative: “open” scenarios.',
      NO_ACTOR,
      NO_TOOL,
    ],
  },

  // ── Point 3: traditional-character fragment (S3) ─────────────────────────────────────────────────────────────
  {
    id: 'cn-3-1',
    planId: 'cn',
    sectionId: 'cn-3',
    title: 'Apply AI across manufacturing, consumption, trade, healthcare and education',
    nativeText: '…推進人工智慧賦能工業製造、消費、貿易流通、醫療、教育…',
    summary:
      'Point 3 calls for AI to empower industrial manufacturing, consumption, trade and circulation, healthcare, education and ' +
      'other sectors (“thousands of industries”).',
    primary: 'robotics',
    secondary: ['adoption'],
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s3'],
    notes: [
      'Traditional characters, with the Taiwanese term 人工智慧 for 人工智能, exactly as printed in the S3 repost (cn-plan.md §3.3 R1). ' +
        'Not converted to simplified: the fact sheet gives no simplified form, so the official simplified wording was not seen.',
      'Fragment only; the list continues. Further sectors reported only by a garbled repost (S4: agriculture, poverty reduction, ' +
        'autonomous driving, smart cities) are not coded.',
      'Primary robotics by the codebook tie-break (an “AI+ industries” list led by industrial manufacturing); secondary adoption for ' +
        'the service sectors.',
      NO_ACTOR,
      NO_TOOL,
    ],
  },

  // ── Point 4: described only ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cn-4-1',
    planId: 'cn',
    sectionId: 'cn-4',
    title: 'Speed up building clean energy, networks, computing power and data centres',
    summary:
      'According to DIGITIMES and a machine-garbled Chinese repost of the plan, point 4 calls for faster build-out of clean energy, ' +
      'next-generation networks, intelligent computing power and data centres.',
    primary: 'infrastructure',
    secondary: ['chips'],
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'described',
    sourceIds: ['cn-s65', 'cn-s4'],
    notes: [
      'Described, not quoted: the official wording was not seen (cn-plan.md §3.1 C3, §3.6 E2). S4 is a low-reliability garbled repost; ' +
        'S65 describes the plan’s topics without quoting it.',
      'Secondary chips: the build-out includes intelligent computing capacity.',
      NO_ACTOR,
      NO_TOOL,
    ],
  },

  // ── Point 5: official English quoted by S9, a phrase quoted by DW, and a described item ──────────────────────
  {
    id: 'cn-5-1',
    planId: 'cn',
    sectionId: 'cn-5',
    title: 'Build an open-source compliance system and safety guidelines for open-source communities',
    text:
      '…promote the development of an open-source compliance system, clarify and implement the technical safety guidelines for ' +
      'open-source communities…',
    summary:
      'The plan calls for developing a compliance system for open source and for clarifying and applying technical safety guidelines ' +
      'for open-source communities.',
    primary: 'open-weights',
    secondary: ['governance', 'security'],
    instruments: ['standards', 'cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-quoted',
    sourceIds: ['cn-s9'],
    notes: [
      'Official English wording seen only as a quotation in third-party course notes (S9, stamped with a Xinhua English timestamp); ' +
        'text as recorded in cn-plan.md §3.2 O1.',
      'S9 prints these two clauses and the clause coded as cn-5-2 as one sentence. Split following the codebook’s worked example (§8), ' +
        'which codes the open-sharing clause alone: these two clauses act on the rules and safety of open-source communities ' +
        '(secondary governance, security), the third on sharing resources.',
      'Primary open-weights: “open-source communities and their rules” (codebook §3).',
      POINT_GUESS,
      NO_ACTOR,
    ],
  },
  {
    id: 'cn-5-2',
    planId: 'cn',
    sectionId: 'cn-5',
    title: 'Share technical and API documentation openly',
    text: '…promote the open sharing of development resources such as technical documentation and API documentation',
    summary: 'The plan calls for openly sharing development resources, naming technical documentation and API documentation as examples.',
    primary: 'open-weights',
    instruments: ['cooperation', 'standards'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-quoted',
    sourceIds: ['cn-s9'],
    notes: [
      'Official English wording seen only as a quotation in S9; text as recorded in cn-plan.md §3.2 O2. Coded exactly as the ' +
        'codebook’s worked example (§8).',
      'The final clause of the sentence whose first clauses are cn-5-1.',
      POINT_GUESS,
    ],
  },
  {
    id: 'cn-5-3',
    planId: 'cn',
    sectionId: 'cn-5',
    title: 'Strengthen the open-source ecosystem and let non-sensitive technology flow openly',
    text: '…enable the open flow of non-sensitive technology resources',
    summary:
      'The plan calls for strengthening the open-source ecosystem through compatibility and interconnection along the supply chain, ' +
      'and for letting technology resources flow openly as long as they are not sensitive.',
    primary: 'open-weights',
    secondary: ['security'],
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-quoted',
    sourceIds: ['cn-s9'],
    notes: [
      'Official English wording seen only as a quotation in S9. Only the closing clause is recorded in cn-plan.md (§3.2 O3); the ' +
        'sentence’s opening on strengthening the open-source ecosystem is summarised, not quoted.',
      'Secondary security: openness is limited to non-sensitive resources, a security carve-out.',
      POINT_GUESS,
      NO_ACTOR,
    ],
  },
  {
    id: 'cn-5-4',
    planId: 'cn',
    sectionId: 'cn-5',
    title: 'Create a diverse, open and innovative AI ecosystem',
    text: '…creating a diverse, open, and innovative ecosystem…',
    summary: 'DW reports that the plan sets out the creation of a diverse, open and innovative AI ecosystem.',
    primary: 'open-weights',
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-quoted',
    sourceIds: ['cn-s22'],
    notes: [
      'A phrase quoted by DW (24 Jan 2026) as what China “set out in its 2025 AI plan”; DW also renders it as a “diverse, open, and ' +
        'innovative” AI ecosystem. Fragment only; the official text was not seen.',
      'The fact sheet places it in point 5 and notes it may echo that point’s unverified heading; it may be heading rather than body ' +
        'text. ' + POINT_GUESS,
      'Primary open-weights as a judgment: the phrase names no object beyond an “open” ecosystem, and the point’s seen text is about ' +
        'open source.',
      NO_ACTOR,
      NO_TOOL,
    ],
  },
  {
    id: 'cn-5-5',
    planId: 'cn',
    sectionId: 'cn-5',
    title: 'Build cross-border open-source communities for international exchange',
    summary:
      'According to a summary of Reuters reporting, a repost attributed to Global Times and DIGITIMES, the plan calls for building ' +
      'cross-border open-source communities to promote international exchanges.',
    primary: 'open-weights',
    secondary: ['diplomacy'],
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'described',
    sourceIds: ['cn-s11', 'cn-s19', 'cn-s65'],
    notes: [
      'Described, not quoted (cn-plan.md §3.2 O4). The Global Times attribution of S19 is unverified.',
      POINT_GUESS,
      NO_ACTOR,
    ],
  },

  // ── Point 6: described only ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cn-6-1',
    planId: 'cn',
    sectionId: 'cn-6',
    title: 'Protect data, improve its quality and security, and remove algorithmic bias',
    summary:
      'According to ANSI and a summary of Reuters reporting, the plan names data protection, data quality and security, and the ' +
      'elimination of algorithmic bias among its areas.',
    primary: 'security',
    secondary: ['adoption'],
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'described',
    sourceIds: ['cn-s10', 'cn-s11'],
    notes: [
      'Described, not quoted (cn-plan.md §3.7 S-4). The fact sheet places these themes in point 6 or 10; placed in point 6 as the ' +
        'data point. The algorithmic-bias element may belong to point 10.',
      'Primary security (data protection and security, bias in safety terms); secondary adoption for data quality (datasets).',
      NO_ACTOR,
      NO_TOOL,
    ],
  },

  // ── Point 7: described only ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cn-7-1',
    planId: 'cn',
    sectionId: 'cn-7',
    title: 'Address AI’s energy and environmental footprint, including green computing',
    summary:
      'According to China’s foreign-ministry spokesperson, the plan focuses on energy and environmental issues; a summary of Reuters ' +
      'reporting lists energy-efficient AI development, and DIGITIMES and PYMNTS report green computing technologies and standards.',
    primary: 'infrastructure',
    instruments: ['cooperation', 'standards'],
    orientation: { scope: 'global', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'described',
    sourceIds: ['cn-s14', 'cn-s11', 'cn-s65', 'cn-s69'],
    notes: [
      'Described, not quoted (cn-plan.md §3.6 E3–E5). The spokesperson’s words describe the plan; they are not plan text.',
      'The fact sheet places green computing in point 4 or 7; placed here with the energy theme. The reported energy benchmarks and ' +
        'low-power chips (S70, low reliability) are not coded.',
      'Instrument standards for the reported green-AI standards.',
      NO_ACTOR,
    ],
  },

  // ── Point 8: described only ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cn-8-1',
    planId: 'cn',
    sectionId: 'cn-8',
    title: 'Build international consensus on AI standards, incl. unified computing-power standards',
    summary:
      'ANSI reports that the plan contains standards-related elements, and DIGITIMES says it promotes unified computing-power ' +
      'standards with an emphasis on supporting the Global South.',
    primary: 'diplomacy',
    secondary: ['chips'],
    instruments: ['standards', 'cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'described',
    sourceIds: ['cn-s10', 'cn-s65'],
    notes: [
      'Described, not quoted (cn-plan.md §3.5 I5, §3.1 C4). ANSI’s list of standards elements was not readable; whether the plan names ' +
        'ITU, ISO or IEC is unverified.',
      'The fact sheet places computing-power standards in point 4/7 (C4) or 8 (I5); placed in point 8, the standards point.',
      'Primary diplomacy: international standards consensus; secondary chips for computing-power standards.',
      NO_ACTOR,
    ],
  },

  // ── Point 9: content not available: no provisions ──────────────────────────────────────────────────────────

  // ── Point 10: described only ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cn-10-1',
    planId: 'cn',
    sectionId: 'cn-10',
    title: 'Manage the risks of AI',
    summary:
      'ANSI reports that the plan includes risk-management elements. No retrieved source describes specific measures such as risk ' +
      'testing, threat-information sharing or emergency response.',
    primary: 'security',
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'described',
    sourceIds: ['cn-s10'],
    notes: [
      'Described, not quoted (cn-plan.md §3.7 S-5, S-6); a thin description. Placed in point 10 by the fact sheet’s unverified ' +
        'heading guess (“Conducting AI safety governance”).',
      NO_ACTOR,
      NO_TOOL,
    ],
  },

  // ── Point 11: described only ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cn-11-1',
    planId: 'cn',
    sectionId: 'cn-11',
    title: 'Implement the UN Global Digital Compact and back UN bodies’ role in AI governance',
    summary:
      'According to a summary of Reuters reporting, the plan specifies implementing the UN Global Digital Compact; ANSI reports that it ' +
      'makes recommendations on the role of UN organisations and initiatives.',
    primary: 'governance',
    secondary: ['diplomacy'],
    instruments: ['institutions', 'cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'government' },
    provenance: 'described',
    sourceIds: ['cn-s11', 'cn-s10'],
    notes: [
      'Described, not quoted (cn-plan.md §3.4 G7, G8). The fact sheet also lists addressing fragmented global AI governance here; that ' +
        'is left out because the same theme is also in Li Qiang’s speech (G9), and the sources do not separate the two.',
      POINT_GUESS,
      'Lead government: implementing a UN compact is an act of states.',
    ],
  },

  // ── Point 12: Chinese lines quoted by a commentary (S67) ────────────────────────────────────────────────────
  {
    id: 'cn-12-1',
    planId: 'cn',
    sectionId: 'cn-12',
    title: 'Put AI capacity-building cooperation high on the global AI governance agenda',
    nativeText: '…把人工智能能力建设国际合作置于全球人工智能治理议程的突出位置…',
    summary: 'The plan gives international cooperation on AI capacity-building a prominent place on the agenda of global AI governance.',
    primary: 'diplomacy',
    secondary: ['governance'],
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'government' },
    provenance: 'verbatim-quoted',
    sourceIds: ['cn-s67'],
    notes: [
      '(simpl.) Plan wording seen only as a quotation in a Chinese commentary (S67, 13 Nov 2025), as recorded in cn-plan.md §3.5 I3. ' +
        'Fragment only.',
      POINT_GUESS,
      'Lead government: setting the agenda of intergovernmental AI governance.',
    ],
  },
  {
    id: 'cn-12-2',
    planId: 'cn',
    sectionId: 'cn-12',
    title: 'Help the Global South access and use AI, and make AI development inclusive',
    nativeText: '…助力全球南方真正接触和应用人工智能,推动人工智能包容普惠发展…',
    summary:
      'The plan commits to helping countries of the Global South genuinely gain access to and use AI, and to inclusive, broadly ' +
      'shared AI development.',
    primary: 'diplomacy',
    secondary: ['adoption'],
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-quoted',
    sourceIds: ['cn-s67'],
    notes: [
      '(simpl.) Plan wording seen only as a quotation in S67, as recorded in cn-plan.md §3.5 I4; punctuation as given there. ' +
        'Fragment only.',
      'Two clauses, both about AI development across countries (diplomacy: capacity building for other countries), kept as one provision.',
      POINT_GUESS,
      NO_ACTOR,
    ],
  },

  // ── Point 13: phrases quoted by DW (S22) ───────────────────────────────────────────────────────────────────
  {
    id: 'cn-13-1',
    planId: 'cn',
    sectionId: 'cn-13',
    title: 'Make full use of multiple stakeholders in AI governance',
    text: '…multiple stakeholders…',
    summary:
      'DW reports that the plan would fully leverage the role of multiple stakeholders; only those two words are quoted from the plan.',
    primary: 'governance',
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-quoted',
    sourceIds: ['cn-s22'],
    notes: [
      'A two-word fragment quoted by DW (24 Jan 2026); the surrounding wording (“fully leverage the role of”) is DW’s, not a quotation.',
      POINT_GUESS,
      NO_TOOL,
    ],
  },
  {
    id: 'cn-13-2',
    planId: 'cn',
    sectionId: 'cn-13',
    title: 'Jointly promote international exchange and dialogue on AI governance',
    text: '…jointly promote international exchanges and dialogue on AI governance…',
    summary: 'DW reports that the plan calls for joint promotion of international exchanges and dialogue on AI governance.',
    primary: 'diplomacy',
    secondary: ['governance'],
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-quoted',
    sourceIds: ['cn-s22'],
    notes: [
      'Plan wording seen only as a quotation in DW (24 Jan 2026); fragment only (cn-plan.md §3.5 I2).',
      'Split from cn-13-1 (if the same sentence) because it acts on a different dimension (dialogue between countries).',
      POINT_GUESS,
      NO_ACTOR,
    ],
  },
]

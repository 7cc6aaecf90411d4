import type { ProvisionInput } from './schema'

/**
 * Provisions of China's Global AI Governance Action Plan, coded from research/cn-plan.md and the official-wording search in
 * docs/research/cn-plan-wording.md. Verbatim texts are byte for byte as stored in the cited copies (cuts marked “…”); Chinese
 * commas and colons appear there as ASCII “,” “:” and are kept so. Points 1 and 2 are coded clause by clause from the full
 * sentences, n in plan order; elsewhere n is the order of coding, not a known position in the plan (ids of merged records are
 * not reused, so gaps can occur). Points 4–13 carry only quoted fragments or described content; point 9 has none.
 * Defaults used where a fragment names no actor or tool (codebook §5 and §4 leave this open):
 * lead `multistakeholder` (point 1 addresses governments, international organisations, enterprises, research institutions,
 * social organisations and citizens; codebook §8 codes a point-5 clause the same way), `government` where only public
 * authorities can act (policy, regulation, barriers, intergovernmental agendas); instrument `cooperation` where the plan
 * frames the action as joint international action and names no other tool.
 */
const NO_ACTOR = 'No actor is named in the recorded wording: lead coded by the file-level default (see header comment).'
const NO_TOOL = 'No policy tool is named in the recorded wording: instrument `cooperation` by the file-level default.'
const POINT_GUESS = 'Point attribution is the fact sheet’s “likely” assignment, not verified against the official text.'
const P1_SPLIT =
  'Point 1 is one sentence; it is split into cn-1-1 to cn-1-3 only where its clauses act on different dimensions (codebook §1). ' +
  'Chinese from the Xinhua text (S2), complete and attributed; commas as stored (ASCII).'
const P1_EN =
  'English from the only complete copy seen, cn-x2 (publisher unidentifiable, reached through a web proxy), which is word for word ' +
  'identical to the attributed Newswire repost (S1) and S5 wherever they overlap; S1’s stored copy is readable only to “…stakeholders, ' +
  'inc”, while the fact sheet read point-1 fragments in S1 that all appear in cn-x2.'
const P2_SPLIT =
  'Point 2 is one Chinese sentence (English not seen beyond its first words); the clauses read in S2 are split by dimension into ' +
  'cn-2-1 (diplomacy) and cn-2-2 (governance) (codebook §1). Text as stored in S2, commas ASCII.'

export const provisionsCn: ProvisionInput[] = [
  // ── Point 1: one sentence, read in full (Chinese S2; English cn-x2, identical to S1 where they overlap) ─────────
  {
    id: 'cn-1-1',
    planId: 'cn',
    sectionId: 'cn-1',
    title: 'Call on all stakeholders to work together to speed up digital infrastructure',
    text:
      'We call for the active participation and collaboration of all stakeholders, including governments, international ' +
      'organizations, enterprises, research institutions, social organizations, and individual citizens to accelerate the ' +
      'development of digital infrastructure…',
    nativeText: '呼吁各国政府、国际组织、企业、科研院校、民间机构和公民个人等各主体积极参与、携手合作,加快数字基础设施建设…',
    summary:
      'Point 1 opens by calling on governments, international organisations, enterprises, research institutions, social ' +
      'organisations and individual citizens to take part and work together, first of all to speed up the building of digital ' +
      'infrastructure.',
    primary: 'infrastructure',
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s2', 'cn-s1', 'cn-x2'],
    notes: [
      P1_SPLIT,
      P1_EN,
      'First clause group: the call on all stakeholders and its first object, digital infrastructure. Replaces the earlier fragments ' +
        'cn-1-1 (the list of actors) and cn-1-4 (digital infrastructure), which are both part of this clause group.',
      'Lead multistakeholder: the sentence names governments, international organisations, enterprises, research institutions, ' +
        'social organisations and citizens as the actors; framing cooperative (“participation and collaboration”). What the ' +
        'infrastructure comprises is not said here; point 4 is reported to cover it (cn-4-1, described).',
      NO_TOOL,
    ],
  },
  {
    id: 'cn-1-2',
    planId: 'cn',
    sectionId: 'cn-1',
    title: 'Jointly explore frontier AI innovation and promote AI adoption worldwide',
    text: '…jointly explore cutting-edge innovations in AI technology, promote worldwide adoption and application of AI…',
    nativeText: '…共同探索人工智能技术前沿创新,推动人工智能在全球范围的普及和应用…',
    summary:
      'Point 1 asks all stakeholders to explore cutting-edge AI innovation together and to spread the adoption and use of AI ' +
      'worldwide.',
    primary: 'adoption',
    instruments: ['cooperation', 'research'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s2', 'cn-s1', 'cn-x2'],
    notes: [
      P1_SPLIT,
      P1_EN,
      'Two clauses kept together: frontier AI research and worldwide uptake are both adoption (codebook §3: “AI for science and ' +
        'basic AI research” and uptake).',
      'Instrument research for the joint exploration of frontier innovation; framing cooperative (“jointly”, “worldwide”).',
    ],
  },
  {
    id: 'cn-1-3',
    planId: 'cn',
    sectionId: 'cn-1',
    title: 'Harness AI for global development, the UN 2030 Agenda and global challenges',
    text:
      '…and maximize AI’s huge potential in empowering global economic and social development, supporting the implementation ' +
      'of the United Nations 2030 Agenda for Sustainable Development, and addressing global challenges.',
    nativeText: '…最大程度释放人工智能在赋能全球经济社会发展、助力落实联合国2030年可持续发展议程、应对全球挑战等方面的巨大潜力。',
    summary:
      'Point 1 closes by asking that AI’s potential be used as fully as possible for global economic and social development, for ' +
      'the UN 2030 Agenda for Sustainable Development and for meeting global challenges.',
    primary: 'diplomacy',
    secondary: ['adoption'],
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s2', 'cn-s1', 'cn-x2'],
    notes: [
      P1_SPLIT,
      P1_EN,
      'Primary diplomacy as a judgment: the clause’s object is development across countries under a multilateral agenda (the UN ' +
        '2030 Agenda) and global challenges, i.e. international cooperation for other countries’ development, not uptake as such ' +
        '(which is cn-1-2); secondary adoption because the means is putting AI to use. Not governance: the UN agenda here is a ' +
        'development goal, not a rule-making mechanism.',
      NO_TOOL,
    ],
  },

  // ── Point 2: one Chinese sentence, read in S2 to “…降低和消除技术壁垒,共”; its end only in the altered repost S3 ───
  {
    id: 'cn-2-1',
    planId: 'cn',
    sectionId: 'cn-2',
    title: 'Build S&T cooperation platforms, deepen technology cooperation and remove tech barriers',
    nativeText: '…搭建各类国际科技合作平台…促进技术合作与成果转化,降低和消除技术壁垒…',
    summary:
      'Point 2 calls for setting up international platforms for science and technology cooperation, for technology cooperation and ' +
      'the conversion of research results into use (成果转化), and for reducing and eliminating technological barriers, naming ' +
      'no country.',
    primary: 'diplomacy',
    secondary: ['adoption'],
    instruments: ['cooperation', 'institutions', 'deregulation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    sourceIds: ['cn-s2'],
    notes: [
      P2_SPLIT,
      'The clauses of the sentence that act on cooperation between countries, merged into one provision with the governance ' +
        'clauses between them cut (“…”): international S&T cooperation platforms, technology cooperation and the conversion of ' +
        'results, and lowering and eliminating technological barriers (diplomacy by the codebook tie-break). Replaces the earlier ' +
        'fragments cn-2-1, cn-2-2 and cn-2-3.',
      'Not chips: it names no export control, chip or compute. Export controls, “unilateralism” and “technological blockade” do not ' +
        'appear in the readable text (cn-plan.md §0.4); that framing comes from Li Qiang’s speech and Chinese commentary.',
      'Secondary adoption for S&T research and the conversion of results into use. Instruments: cooperation (shared platforms), ' +
        'institutions (platforms), deregulation (removing barriers).',
      'Lead multistakeholder by the file default: platforms, technology cooperation and the conversion of results also involve ' +
        'firms and research institutions. The barrier clause alone was coded lead government when it stood as cn-2-3, since ' +
        'public authorities set technological barriers.',
      NO_ACTOR,
    ],
  },
  {
    id: 'cn-2-2',
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
      P2_SPLIT,
      'The two governance clauses of the sentence (rule-making), kept as one provision. Formerly cn-2-4; same wording.',
      'The sentence does not say between whom policy and regulation are coordinated; read as coordination among the parties to a ' +
        'global plan (instrument cooperation, framing cooperative). Lead government: only public authorities make policy and regulation.',
    ],
  },
  {
    id: 'cn-2-3',
    planId: 'cn',
    sectionId: 'cn-2',
    title: 'Explore open “AI+” application scenarios in depth',
    nativeText: '…深度挖掘「人工智慧+」開放應用場景…',
    summary:
      'Point 2, in a script-converted repost, calls for digging deeply into open application scenarios for “AI+”, the label China ' +
      'also uses for its domestic drive to integrate AI across the economy.',
    primary: 'adoption',
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-quoted',
    sourceIds: ['cn-s3'],
    notes: [
      'Seen only in the traditional-script repost S3, exactly as stored there (「人工智慧+」, Taiwanese 人工智慧 for 人工智能). The ' +
        'Xinhua text (S2) is not readable this far. Where S3 overlaps S2 its conversion changes words (友好→友善, 和→及, 智能→智慧), ' +
        'so this wording is not certain to be official and is coded verbatim-quoted, not verbatim-official. Not transliterated into ' +
        'simplified characters. Formerly cn-2-5, which printed a simplified rendering that no source shows.',
      'A clause near the end of point 2’s sentence; not the State Council “AI+” Opinions (domestic policy, not coded here).',
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
    provenance: 'verbatim-quoted',
    sourceIds: ['cn-s3'],
    notes: [
      'Coded verbatim-quoted, not official: S3 is a full-text repost whose script conversion changed words elsewhere (友好→友善, 和→及), ' +
        'so its wording is not certainly the official text (same rule as cn-2-3).',
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
    title: 'Build open-source compliance and safety rules and share technical and API documentation',
    text:
      'We need to promote the development of an open-source compliance system, clarify and implement the technical safety ' +
      'guidelines for open-source communities, and promote the open sharing of development resources such as technical ' +
      'documentation and API documentation.',
    summary:
      'The plan calls for a compliance system for open source, for clear technical safety guidelines for open-source communities ' +
      'and for openly sharing development resources such as technical and API documentation.',
    primary: 'open-weights',
    secondary: ['governance', 'security'],
    instruments: ['standards', 'cooperation'],
    orientation: { scope: 'global', framing: 'cooperative', lead: 'multistakeholder' },
    provenance: 'verbatim-quoted',
    sourceIds: ['cn-s9'],
    notes: [
      'Official English wording seen only as a quotation in third-party course notes (S9, stamped with a Xinhua English timestamp; ' +
        'the file names no source); the whole sentence as stored there.',
      'One sentence, one provision (codebook §1): all three clauses act mainly on open source (“open-source communities and their ' +
        'rules”, open resources), so they are not split. Formerly split into cn-5-1 (compliance system and safety guidelines) and ' +
        'cn-5-2 (open sharing of documentation); cn-5-2 is merged here and its id is not reused. The codes match the codebook’s ' +
        'worked example (§8) for the open-sharing clause; secondary governance and security for the compliance system and safety ' +
        'guidelines.',
      POINT_GUESS,
      NO_ACTOR,
    ],
  },
  {
    id: 'cn-5-3',
    planId: 'cn',
    sectionId: 'cn-5',
    title: 'Strengthen the open-source ecosystem and let non-sensitive technology flow openly',
    text:
      'We need to strengthen the open-source ecosystem by enhancing compatibility, adaptation, and inter-connectivity between ' +
      'upstream and downstream products, and enable the open flow of non-sensitive technology resources.',
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
      'Official English wording seen only as a quotation in S9; the whole sentence as stored there (a line break in the file ' +
        'joined with a space). One sentence, one provision: both clauses act on open source.',
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
        'text. ' +
        POINT_GUESS,
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
    notes: ['Described, not quoted (cn-plan.md §3.2 O4). The Global Times attribution of S19 is unverified.', POINT_GUESS, NO_ACTOR],
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
      'ANSI reports that the plan includes risk-management elements. A Hong Kong news report crediting Reuters/Xinhua carries, ' +
      'unquoted and possibly abridged, a Chinese passage on risk assessment, threat-information sharing and emergency response, data ' +
      'and personal-information protection and traceability of AI services.',
    primary: 'security',
    instruments: ['cooperation'],
    orientation: { scope: 'global', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'described',
    sourceIds: ['cn-s10', 'cn-x8'],
    notes: [
      'Described, not quoted (cn-plan.md §3.7 S-5, S-6). Placed in point 10 by the fact sheet’s unverified heading guess ' +
        '(“Conducting AI safety governance”).',
      'cn-x8 prints its safety passage without quotation marks, and in the same report silently drops clauses of point 1; it does ' +
        'not number the point. The passage is therefore not quoted here as plan wording, and the codes are left as they were until ' +
        'it is checked against the official text (docs/research/cn-plan-wording.md, point 10).',
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
    sourceIds: ['cn-x9', 'cn-s67'],
    notes: [
      'Plan wording seen only as a quotation in a Chinese commentary: in simplified characters, exactly as here, in its NetEase ' +
        'copy credited to 澎湃新闻 (cn-x9), and in traditional characters in the handmsg.com copy (S67, 13 Nov 2025). Fragment only; ' +
        'the cut marks stand because the sentence around the quoted line was not seen.',
      POINT_GUESS,
      'Lead government: setting the agenda of intergovernmental AI governance.',
    ],
  },
  {
    id: 'cn-12-2',
    planId: 'cn',
    sectionId: 'cn-12',
    title: 'Help the Global South access and use AI, and make AI development inclusive',
    nativeText: '…助力全球南方真正接觸和應用人工智能,推動人工智能包容普惠發展…',
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
      'Plan wording seen only as a quotation in S67, and only in traditional characters, exactly as stored there (comma ASCII); ' +
        'the simplified form given in cn-plan.md §3.5 I4 was the researcher’s rendering, and the simplified copy of the commentary ' +
        '(cn-x9) breaks off before this line. Fragment only.',
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

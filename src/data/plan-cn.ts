import type { PlanInput } from './schema'

/**
 * China's Global AI Governance Action Plan (26 July 2025), transcribed from research/cn-plan.md and the official-wording search
 * in docs/research/cn-plan-wording.md. Official text was read for the preamble, the principles, point 1 (in full) and most of
 * point 2; point 3's opening only in a script-converted repost. The other points are recorded with what was actually seen
 * (quotations in third-party sources, secondary descriptions, or nothing).
 * Chinese text is kept exactly as stored: the stored copies show the Chinese comma and colon as ASCII “,” and “:”.
 * Headings for points 4–13 were NOT seen: the compiler's “likely” headings appear only in notes, marked unverified.
 */
export const planCn: PlanInput = {
  id: 'cn',
  country: 'China',
  nativeCountry: '中国',
  title: 'Global AI Governance Action Plan',
  nativeTitle: '人工智能全球治理行动计划',
  alternateTitles: [
    'Action Plan for Global Governance of Artificial Intelligence',
    'Action Plan on Global Governance of Artificial Intelligence',
  ],
  issuer: '2025 World AI Conference and High-Level Meeting on Global AI Governance',
  nativeIssuer: '2025世界人工智能大会暨人工智能全球治理高级别会议',
  releaseDate: '2025-07-26',
  urls: [
    {
      label: 'Official English text (Ministry of Foreign Affairs)',
      url: 'https://www.fmprc.gov.cn/eng/zy/gb/202507/t20250729_11679232.html',
      opened: false,
    },
    {
      label: 'Official Chinese text (Ministry of Foreign Affairs)',
      url: 'https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/202507/t20250726_11677803.shtml',
      opened: false,
    },
    {
      label: 'Chinese full text (Xinhua, via Guangming Online)',
      url: 'https://world.gmw.cn/2025-07/27/content_38176415.htm',
      opened: true,
    },
    {
      label: 'English full-text repost (Newswire, Sri Lanka)',
      url: 'https://www.newswire.lk/2025/07/31/13-point-global-ai-governance-action-plan-published',
      opened: true,
    },
  ],
  structure:
    'A preamble, six principles and 13 numbered points of joint action, issued by the Shanghai conference rather than by a ministry. ' +
    'Official text is held here for the preamble, the principles, point 1 in full and point 2 in Chinese up to its closing clauses; ' +
    'point 3’s opening was seen only in a script-converted repost. Quotations attributed to points 5, 12 and 13 come from third ' +
    'parties; the other points are known only from secondary descriptions, and point 9 not at all.',
  sections: [
    {
      id: 'cn-preamble',
      kind: 'preamble',
      label: 'Preamble',
      contentStatus: 'full-text',
      quotes: [
        {
          text:
            'Artificial intelligence (AI) is a new frontier in human development. It is a key driving force of the ongoing ' +
            'scientific and technological revolution as well as industrial transformation, and an international public good that ' +
            'benefits humanity.',
          nativeText: '人工智能是人类发展的新领域,是新一轮科技革命和产业变革的重要驱动力量,也可以是造福人类的国际公共产品。',
          sourceIds: ['cn-s1', 'cn-s2'],
        },
        {
          text: 'AI presents unprecedented opportunities for development, and it also brings unprecedented risks and challenges.',
          nativeText: '人工智能带来前所未有发展机遇,也带来前所未遇风险挑战。',
          sourceIds: ['cn-s1', 'cn-s2'],
        },
        {
          text:
            'In the AI era, only through global solidarity can we fully unleash the potential of AI while ensuring its safety, ' +
            'reliability, controllability, and fairness, and ultimately deliver on the commitments outlined in the United Nations ' +
            'Pact for the Future and its annex: the Global Digital Compact, create an inclusive, open, sustainable, fair, safe, and ' +
            'secure digital and intelligent future for all.',
          nativeText:
            '智能时代,唯有同球共济,我们才能在充分发挥人工智能潜力的同时,确保其发展的安全性、可靠性、可控性和公平性,' +
            '最终落实联合国《未来契约》及其附件《全球数字契约》有关承诺,为所有人创造包容、开放、可持续、公平、安全和可靠的数字和' +
            '智能未来。',
          sourceIds: ['cn-s1', 'cn-s2'],
        },
      ],
      note:
        'The whole first paragraph, read in the English full-text repost (S1) and the Xinhua Chinese text (S2); the English is ' +
        'identical in the unattributed copy cn-x2 and in the bilingual repost S5. Quoted sentence by sentence, English beside the ' +
        'Chinese sentence it renders (the first Chinese sentence covers the first two English ones). The preamble presents the plan ' +
        'as delivering on the UN Pact for the Future and its annex, the Global Digital Compact. Hedge: the Chinese says AI 也可以是 ' +
        '(“can also be”) an international public good that benefits humanity, while the official English drops the hedge and simply ' +
        'lists it as one. Chinese commas as stored (ASCII). Preamble passages are section metadata, not provisions (codebook §1).',
      sourceIds: ['cn-s1', 'cn-s2', 'cn-x2', 'cn-s5'],
    },
    {
      id: 'cn-principles',
      kind: 'principles',
      label: 'Principles',
      contentStatus: 'full-text',
      quotes: [
        {
          text:
            'To this end, we hereby put forward the Global AI Governance Action Plan, calling on all parties to take concrete and ' +
            'effective actions in advancing global AI development and governance based on the objectives and principles of ' +
            'promoting AI for good and in service of humanity, respecting national sovereignty, aligning with development goals, ' +
            'ensuring safety and controllability, upholding fairness and inclusiveness, and fostering open cooperation.',
          nativeText:
            '为此,我们提出《人工智能全球治理行动计划》,呼吁各方在遵循向善为民、尊重主权、发展导向、安全可控、公平普惠、开放合作的' +
            '目标和原则基础上,切实采取有效行动,协力推进全球人工智能发展与治理。',
          sourceIds: ['cn-s1', 'cn-s2'],
        },
      ],
      note:
        'The preamble’s second paragraph, one sentence naming six principles, read in full in the English repost (S1, identical in ' +
        'cn-x2) and the Xinhua Chinese text (S2); the two lists run in the same order (向善为民 … 开放合作). Kept whole although the ' +
        'English runs slightly over 60 words. Newswire’s own introduction says “in the service of humanity”; the plan text, quoted ' +
        'here, says “in service of humanity”. Chinese commas as stored (ASCII). Principles are section metadata, not provisions ' +
        '(codebook §1).',
      sourceIds: ['cn-s1', 'cn-s2', 'cn-x2'],
    },
    {
      id: 'cn-1',
      kind: 'point',
      label: 'Point 1',
      number: 1,
      heading: 'Jointly seizing the opportunities of AI',
      nativeHeading: '共同把握人工智能机遇',
      headingStatus: 'verified',
      contentStatus: 'full-text',
      note:
        'Read in full: the Chinese in the Xinhua text (S2), the English complete only in the unattributed copy cn-x2, which is ' +
        'identical to the Newswire repost (S1) wherever they overlap. Headings as printed (“Jointly seizing the opportunities of ' +
        'AI.” / “一、共同把握人工智能机遇。”) without the ordinal and the closing full stop. The point is one sentence in both ' +
        'languages; it is coded as three clause-level provisions, split only where the clauses act on different dimensions ' +
        '(cn-1-1 infrastructure, cn-1-2 adoption, cn-1-3 diplomacy).',
      sourceIds: ['cn-s2', 'cn-s1', 'cn-x2'],
    },
    {
      id: 'cn-2',
      kind: 'point',
      label: 'Point 2',
      number: 2,
      heading: 'Promoting the innovative development of AI',
      nativeHeading: '促进人工智能创新发展',
      headingStatus: 'verified',
      contentStatus: 'partial',
      quotes: [
        { text: 'In the spirit of openness and sharing…', nativeText: '秉持开放共享精神…', sourceIds: ['cn-x2', 'cn-s1', 'cn-s2'] },
        { nativeText: '…鼓励大胆尝试探索…', sourceIds: ['cn-s2'] },
      ],
      note:
        'Headings as printed (“2. Promoting the innovative development of AI.” in cn-x2, “二、促进人工智能创新发展。” in S2) without ' +
        'the number and the closing full stop. The point is one Chinese sentence; the Xinhua text (S2) is readable to “…降低和消除' +
        '技术壁垒,共”, and the English copies break off after its first words. The opening clauses (the spirit of openness and ' +
        'sharing; encouraging bold experimentation and exploration) name no object and are kept as quotes, not provisions. The ' +
        'clauses read in S2 are coded by dimension: cn-2-1 (diplomacy) and cn-2-2 (governance). The rest of the sentence was seen ' +
        'only in a traditional-script repost (S3) that changes words where it overlaps S2 (友好→友善, 和→及, 智能→智慧): its “AI+” ' +
        'clause is kept as cn-2-3 (verbatim-quoted, flagged); its other closing clauses, on jointly advancing AI innovation and ' +
        'raising the level of AI innovation worldwide, are not coded.',
      sourceIds: ['cn-s2', 'cn-x2', 'cn-s1', 'cn-s3'],
    },
    {
      id: 'cn-3',
      kind: 'point',
      label: 'Point 3',
      number: 3,
      nativeHeading: '推動人工智慧賦能千行百業',
      headingStatus: 'secondary',
      contentStatus: 'partial',
      note:
        'Only the Chinese heading and part of the body were seen, in a traditional-character repost (S3) whose script conversion ' +
        'altered words elsewhere, so the heading is recorded as printed there and marked secondary; the simplified form ' +
        '推动人工智能赋能千行百业 is the fact sheet’s rendering, not a seen text. The official English heading was not seen; the compiler’s unverified guess is “Empowering thousands of industries ' +
        'with AI”. The rest of the point survives only in a machine-garbled repost (S4), which reportedly adds agriculture, poverty ' +
        'reduction, autonomous driving, smart cities, shared intelligent infrastructure and cross-border applications; those items are ' +
        'not coded (single low-reliability source, wording unverified).',
      sourceIds: ['cn-s3', 'cn-s4'],
    },
    {
      id: 'cn-4',
      kind: 'point',
      label: 'Point 4',
      number: 4,
      headingStatus: 'unverified',
      contentStatus: 'described',
      note:
        'Official heading and wording not seen. Compiler’s unverified guess at the English heading: “Accelerating the development of ' +
        'digital infrastructure”; a machine-garbled repost (S4) gives 加速数字基础设施的构建, which is not confirmed as the official ' +
        'wording. The topic (clean energy, next-generation networks, intelligent computing power, data centres) is known only from S4 ' +
        'and DIGITIMES (S65).',
      sourceIds: ['cn-s4', 'cn-s65'],
    },
    {
      id: 'cn-5',
      kind: 'point',
      label: 'Point 5',
      number: 5,
      headingStatus: 'unverified',
      contentStatus: 'partial',
      note:
        'Two complete official-English sentences on open source were seen, quoted in third-party course notes (S9) stamped with a ' +
        'Xinhua English timestamp; they are coded as cn-5-1 and cn-5-3. S9 does not number the point; the fact sheet places them ' +
        'in point 5, and no other copy of the plan seen reaches this far. Compiler’s unverified guess at the heading: ' +
        '“Building a diverse, open and innovative ecosystem”, echoing a phrase DW quotes from the plan (S22). Cross-border open-source ' +
        'communities are described by secondary sources (S11, S19, S65). A report that “clause five” calls for “safe and reliable ' +
        'open-source platforms” (S70, low reliability) is not coded: that phrase appears in no copy of the plan seen.',
      sourceIds: ['cn-s9', 'cn-s22', 'cn-s11', 'cn-s19', 'cn-s65', 'cn-s70'],
    },
    {
      id: 'cn-6',
      kind: 'point',
      label: 'Point 6',
      number: 6,
      headingStatus: 'unverified',
      contentStatus: 'described',
      note:
        'Official heading and wording not seen. Compiler’s unverified guess at the heading: “Supplying high-quality data”. ANSI (S10), a ' +
        'summary of Reuters reporting (S11) and DIGITIMES (S65) report data themes; the fact sheet places them in point 6 or 10.',
      sourceIds: ['cn-s10', 'cn-s11', 'cn-s65'],
    },
    {
      id: 'cn-7',
      kind: 'point',
      label: 'Point 7',
      number: 7,
      headingStatus: 'unverified',
      contentStatus: 'described',
      note:
        'Official heading and wording not seen. Compiler’s unverified guess at the heading: “Addressing energy and environmental ' +
        'issues”, based on the foreign-ministry spokesperson’s description of the plan (S14). Energy-efficient AI (S11) and green ' +
        'computing (S65, S69) are reported by secondary sources. A low-reliability report of energy benchmarks and low-power chips ' +
        '(S70) is not coded.',
      sourceIds: ['cn-s14', 'cn-s11', 'cn-s65', 'cn-s69'],
    },
    {
      id: 'cn-8',
      kind: 'point',
      label: 'Point 8',
      number: 8,
      headingStatus: 'unverified',
      contentStatus: 'described',
      note:
        'Official heading and wording not seen. Compiler’s unverified guess at the heading: “Building consensus on standards and norms”. ' +
        'ANSI (S10) lists standards-related elements (its list was not readable) and DIGITIMES (S65) reports unified computing-power ' +
        'standards. Whether the plan names ITU, ISO or IEC is unverified.',
      sourceIds: ['cn-s10', 'cn-s65'],
    },
    {
      id: 'cn-9',
      kind: 'point',
      label: 'Point 9',
      number: 9,
      headingStatus: 'unverified',
      contentStatus: 'not-available',
      note:
        'Nothing about this point was found in any retrieved source. The compiler believes, without confirmation, that it concerns ' +
        'public-sector deployment (“Taking the lead in public sector deployment”, unverified). No provisions are coded.',
    },
    {
      id: 'cn-10',
      kind: 'point',
      label: 'Point 10',
      number: 10,
      headingStatus: 'unverified',
      contentStatus: 'described',
      note:
        'Official heading and wording not seen. Compiler’s unverified guess at the heading: “Conducting AI safety governance”. ANSI ' +
        '(S10) reports that the plan contains risk-management elements. A Hong Kong news report crediting Reuters/Xinhua (cn-x8) ' +
        'carries, without quotation marks, a Chinese passage on risk assessment, a safety governance framework, threat-information ' +
        'sharing and emergency response, data-security and personal-information protection rules, traceability of AI services and ' +
        'international cooperation on AI safety governance. The same report silently drops clauses of point 1, so the passage is ' +
        'probably official wording but possibly abridged; it does not number the point, so its place in point 10 is unconfirmed. ' +
        'Not quoted as plan wording until checked against the official text.',
      sourceIds: ['cn-s10', 'cn-x8'],
    },
    {
      id: 'cn-11',
      kind: 'point',
      label: 'Point 11',
      number: 11,
      headingStatus: 'unverified',
      contentStatus: 'described',
      note:
        'Official heading and wording not seen. Compiler’s unverified guess at the heading: “Implementing the Global Digital Compact”. ' +
        'A summary of Reuters reporting (S11) says the plan specifies implementing the UN Global Digital Compact; ANSI (S10) reports ' +
        'recommendations on the role of UN organisations and initiatives.',
      sourceIds: ['cn-s11', 'cn-s10'],
    },
    {
      id: 'cn-12',
      kind: 'point',
      label: 'Point 12',
      number: 12,
      headingStatus: 'unverified',
      contentStatus: 'partial',
      note:
        'Official heading not seen. Compiler’s unverified guess: “Strengthening international cooperation on AI capacity-building”. ' +
        'Two Chinese lines of the plan are quoted in one commentary: the first in simplified characters in its NetEase copy (cn-x9), ' +
        'the second only in traditional characters in the handmsg.com copy (S67), since cn-x9 breaks off before it. The commentary ' +
        'does not number the point; the fact sheet assigns the lines to it as “likely”, so the point attribution is unverified. A ' +
        'blog commentary (S68) says capacity-building covers infrastructure cooperation, joint laboratories and education and ' +
        'training; not coded (commentary, low reliability).',
      sourceIds: ['cn-x9', 'cn-s67', 'cn-s68'],
    },
    {
      id: 'cn-13',
      kind: 'point',
      label: 'Point 13',
      number: 13,
      headingStatus: 'unverified',
      contentStatus: 'partial',
      note:
        'Official heading not seen. Compiler’s unverified guess: “Building/promoting a multi-stakeholder governance model”. DW (S22) ' +
        'quotes two fragments of the plan (“multiple stakeholders”; “jointly promote international exchanges and dialogue on AI ' +
        'governance”); the fact sheet assigns them to this point as “likely”, so the point attribution is unverified.',
      sourceIds: ['cn-s22'],
    },
  ],
  sourceIds: ['cn-s2', 'cn-s1', 'cn-x2', 'cn-s5', 'cn-s6', 'cn-s7', 'cn-s8', 'cn-s18', 'cn-s66'],
}

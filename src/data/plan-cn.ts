import type { PlanInput } from './schema'

/**
 * China's Global AI Governance Action Plan (26 July 2025), transcribed from research/cn-plan.md.
 * Only the preamble, the principles and points 1–3 were read in the plan's own text; the other points are recorded
 * with what was actually seen (quotations in third-party sources, secondary descriptions, or nothing).
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
    'Verbatim text is held here only for the preamble, the principles and parts of points 1–3, plus quoted fragments attributed to ' +
    'points 5, 12 and 13; the other points are known only from secondary descriptions, and point 9 not at all.',
  sections: [
    {
      id: 'cn-preamble',
      kind: 'preamble',
      label: 'Preamble',
      contentStatus: 'full-text',
      quotes: [
        {
          text:
            '…deliver on the commitments outlined in the United Nations Pact for the Future and its annex: ' +
            'the Global Digital Compact…',
          sourceIds: ['cn-s1'],
        },
        {
          text: '…and an international public good that benefits humanity…',
          nativeText: '…也可以是造福人类的国际公共产品…',
          sourceIds: ['cn-s1', 'cn-s2'],
        },
        { text: '…ensuring its safety, reliability, controllability, and fairness…', sourceIds: ['cn-s1'] },
        { text: '…inclusive, open, sustainable, fair, safe, and secure digital and intelligent future for all…', sourceIds: ['cn-s1'] },
      ],
      note:
        'Read verbatim in the English full-text repost (S1) and the Xinhua Chinese text (S2). The preamble presents the plan as ' +
        'delivering on the UN Pact for the Future and its annex, the Global Digital Compact; only the English wording of that passage was recorded. ' +
        'Hedge: the Chinese says AI 也可以是 (“can also be”) an international public good that benefits humanity, while the official ' +
        'English drops the hedge and simply lists it as one. Preamble passages are section metadata, not provisions (codebook §1).',
      sourceIds: ['cn-s1', 'cn-s2'],
    },
    {
      id: 'cn-principles',
      kind: 'principles',
      label: 'Principles',
      contentStatus: 'full-text',
      quotes: [
        {
          text:
            '…promoting AI for good and in service of humanity, respecting national sovereignty, aligning with development goals, ' +
            'ensuring safety and controllability, upholding fairness and inclusiveness, and fostering open cooperation…',
          sourceIds: ['cn-s1'],
        },
        { nativeText: '…向善为民、尊重主权、发展导向、安全可控、公平普惠、开放合作…', sourceIds: ['cn-s2'] },
      ],
      note:
        'Six principles, read in the English repost (S1) and the Xinhua Chinese text (S2). The two lists run in the same order ' +
        '(向善为民 … 开放合作); they are kept as separate quotes because the fact sheet does not show them as the same sentence. ' +
        'Principles are section metadata, not provisions (codebook §1).',
      sourceIds: ['cn-s1', 'cn-s2'],
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
        'Read in full in the English repost (S1) and the Xinhua Chinese text (S2), but the fact sheet kept only short English quotes. ' +
        'The provisions cn-1-1 to cn-1-4 are those quoted fragments, not every sentence of the point; the Chinese wording of the body ' +
        'was not recorded.',
      sourceIds: ['cn-s1', 'cn-s2'],
    },
    {
      id: 'cn-2',
      kind: 'point',
      label: 'Point 2',
      number: 2,
      heading: 'Promoting the innovative development of AI',
      nativeHeading: '促进人工智能创新发展',
      headingStatus: 'verified',
      contentStatus: 'full-text',
      quotes: [{ text: 'In the spirit of openness and sharing…', nativeText: '…秉持开放共享精神…', sourceIds: ['cn-s1', 'cn-s2'] }],
      note:
        'Full Chinese text seen in the Xinhua text (S2); the English repost (S1) was readable only to the end of the first sentence, ' +
        'which opens “In the spirit of openness and sharing” (kept as a quote, not a provision, because the commitment it introduces was ' +
        'not recorded). The fact sheet kept only short Chinese quotes: provisions cn-2-1 to cn-2-5 are those fragments, not every ' +
        'sentence of the point.',
      sourceIds: ['cn-s2', 'cn-s1', 'cn-s3'],
    },
    {
      id: 'cn-3',
      kind: 'point',
      label: 'Point 3',
      number: 3,
      nativeHeading: '推动人工智能赋能千行百业',
      headingStatus: 'verified',
      contentStatus: 'partial',
      note:
        'Only the Chinese heading and part of the body were seen, in a traditional-character repost (S3, which prints ' +
        '推動人工智慧賦能千行百業); the simplified heading is the fact sheet’s rendering (simpl.). headingStatus refers to that Chinese ' +
        'heading. The official English heading was not seen; the compiler’s unverified guess is “Empowering thousands of industries ' +
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
        'Two official-English sentences on open source were seen, quoted in third-party course notes (S9) stamped with a Xinhua English ' +
        'timestamp; S9 does not number the point, and the fact sheet places them in point 5. Compiler’s unverified guess at the heading: ' +
        '“Building a diverse, open and innovative ecosystem”, echoing a phrase DW quotes from the plan (S22). Cross-border open-source ' +
        'communities are described by secondary sources (S11, S19, S65). A report of “safe and reliable open-source platforms” (S70, ' +
        'low reliability) is not coded.',
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
        'Official heading and wording not seen. Compiler’s unverified guess at the heading: “Conducting AI safety governance”. Only ' +
        'ANSI’s report (S10) that the plan contains risk-management elements was found; specific measures such as risk testing and ' +
        'evaluation, threat-information sharing, emergency response or personal-information protection were not found.',
      sourceIds: ['cn-s10'],
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
        'Two Chinese lines of the plan are quoted in a commentary (S67); the fact sheet assigns them to this point as “likely”, so the ' +
        'point attribution is unverified. A blog commentary (S68) says capacity-building covers infrastructure cooperation, joint ' +
        'laboratories and education and training; not coded (commentary, low reliability).',
      sourceIds: ['cn-s67', 'cn-s68'],
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
  sourceIds: ['cn-s2', 'cn-s1', 'cn-s5', 'cn-s6', 'cn-s7', 'cn-s8', 'cn-s18', 'cn-s66'],
}

import type { ProvisionInput } from './schema'

/**
 * Pillar I "Accelerate AI Innovation": one record per "Recommended Policy Actions" bullet (58 bullets in 15 sections),
 * coded per shared/CODEBOOK.md. Texts are verbatim from the plan (WH-PLAN), footnote markers dropped, cuts marked "…".
 */
export const provisionsUsPillar1: ProvisionInput[] = [
  // ── I.1 Remove Red Tape and Onerous Regulation (p. 3) ─────────────────────
  {
    id: 'us-1-1-1',
    planId: 'us',
    sectionId: 'us-1-1',
    page: 3,
    title: 'Ask businesses and the public which federal rules hinder AI, then act on them',
    text:
      'Led by the Office of Science and Technology Policy (OSTP), launch a Request for Information from businesses and the public ' +
      'at large about current Federal regulations that hinder AI innovation and adoption, and work with relevant Federal agencies ' +
      'to take appropriate action.',
    summary:
      'OSTP is to run a public request for information on federal rules that get in the way of AI development and uptake, and then ' +
      'work with agencies to act on the answers.',
    primary: 'governance',
    secondary: [],
    instruments: ['deregulation'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['OSTP'],
    sourceIds: ['wh-plan'],
    notes: ['Instrument deregulation only: the RFI is a consultation step toward removing rules, not a new institution.'],
  },
  {
    id: 'us-1-1-2',
    planId: 'us',
    sectionId: 'us-1-1',
    page: 3,
    title: 'Revise or repeal federal rules that unnecessarily hinder AI development',
    text:
      'Led by the Office of Management and Budget (OMB) and consistent with Executive Order 14192 of January 31, 2025, “Unleashing ' +
      'Prosperity Through Deregulation,” work with all Federal agencies to identify, revise, or repeal regulations, rules, ' +
      'memoranda, administrative orders, guidance documents, policy statements, and interagency agreements that unnecessarily ' +
      'hinder AI development or deployment.',
    summary:
      'OMB is to work with every federal agency, under the January 2025 deregulation order, to find and revise or scrap any rule, ' +
      'guidance or agreement that needlessly slows AI.',
    primary: 'governance',
    secondary: [],
    instruments: ['deregulation'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['OMB'],
    sourceIds: ['wh-plan'],
    notes: [],
  },
  {
    id: 'us-1-1-3',
    planId: 'us',
    sectionId: 'us-1-1',
    page: 3,
    title: 'Weigh state AI rules when awarding federal AI-related discretionary funds',
    text:
      'Led by OMB, work with Federal agencies that have AI-related discretionary funding programs to ensure, consistent with ' +
      'applicable law, that they consider a state’s AI regulatory climate when making funding decisions and limit funding if the ' +
      'state’s AI regulatory regimes may hinder the effectiveness of that funding or award.',
    summary:
      'Agencies with AI-related discretionary grants are to take a state’s AI rules into account and may cut funding where those ' +
      'rules would undermine the award.',
    primary: 'governance',
    secondary: [],
    instruments: ['deregulation', 'funding'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['OMB'],
    sourceIds: ['wh-plan'],
    notes: [
      'Instruments deregulation and funding: federal funding conditions are used as leverage against state AI rules, a ' +
        'preemption-like aim the codebook files under deregulation.',
    ],
  },
  {
    id: 'us-1-1-4',
    planId: 'us',
    sectionId: 'us-1-1',
    page: 3,
    title: 'Assess whether state AI laws interfere with FCC duties under the Communications Act',
    text:
      'Led by the Federal Communications Commission (FCC), evaluate whether state AI regulations interfere with the agency’s ' +
      'ability to carry out its obligations and authorities under the Communications Act of 1934.',
    summary: 'The FCC is to examine whether state AI regulation gets in the way of its duties under the Communications Act of 1934.',
    primary: 'governance',
    secondary: [],
    instruments: ['deregulation'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['FCC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Instrument deregulation although the bullet only orders an evaluation: its object is whether state rules can be displaced ' +
        '(preemption).',
    ],
  },
  {
    id: 'us-1-1-5',
    planId: 'us',
    sectionId: 'us-1-1',
    page: 3,
    title: 'Review FTC probes and orders that may unduly burden AI innovation',
    text:
      'Review all Federal Trade Commission (FTC) investigations commenced under the previous administration to ensure that they do ' +
      'not advance theories of liability that unduly burden AI innovation. Furthermore, review all FTC final orders, consent ' +
      'decrees, and injunctions, and, where appropriate, seek to modify or set-aside any that unduly burden AI innovation.',
    summary:
      'FTC investigations opened under the previous administration, and its final orders and consent decrees, are to be reviewed ' +
      'and changed or set aside where they weigh on AI innovation.',
    primary: 'governance',
    secondary: [],
    instruments: ['deregulation'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: [
      'Starts on p. 3 and runs onto p. 4.',
      'No lead agency recorded: the FTC is named only as the object of the review, and the bullet does not say who reviews.',
    ],
  },

  // ── I.2 Ensure that Frontier AI Protects Free Speech and American Values (p. 4) ──
  {
    id: 'us-1-2-1',
    planId: 'us',
    sectionId: 'us-1-2',
    page: 4,
    title: 'Strip misinformation, DEI and climate references from the NIST AI RMF',
    text:
      'Led by the Department of Commerce (DOC) through the National Institute of Standards and Technology (NIST), revise the NIST ' +
      'AI Risk Management Framework to eliminate references to misinformation, Diversity, Equity, and Inclusion, and climate ' +
      'change.',
    summary:
      'NIST is to rewrite its voluntary AI Risk Management Framework so that it no longer refers to misinformation, diversity, ' +
      'equity and inclusion, or climate change.',
    primary: 'governance',
    secondary: [],
    instruments: ['standards'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOC', 'NIST'],
    sourceIds: ['wh-plan'],
    notes: [
      'Instrument standards, not deregulation: the AI RMF is a voluntary framework being rewritten, not a binding rule being removed.',
    ],
  },
  {
    id: 'us-1-2-2',
    planId: 'us',
    sectionId: 'us-1-2',
    page: 4,
    title: 'Contract only with frontier LLM developers whose systems are free of ideological bias',
    text:
      'Update Federal procurement guidelines to ensure that the government only contracts with frontier large language model (LLM) ' +
      'developers who ensure that their systems are objective and free from top-down ideological bias.',
    summary:
      'Federal procurement rules are to limit government contracts to frontier LLM developers whose systems are objective and not ' +
      'ideologically slanted.',
    primary: 'governance',
    secondary: [],
    instruments: ['regulation'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: ['No lead agency recorded: the bullet names none.'],
  },
  {
    id: 'us-1-2-3',
    planId: 'us',
    sectionId: 'us-1-2',
    page: 4,
    title: 'Evaluate Chinese frontier models for CCP talking points and censorship',
    text:
      'Led by DOC through NIST’s Center for AI Standards and Innovation (CAISI), conduct research and, as appropriate, publish ' +
      'evaluations of frontier models from the People’s Republic of China for alignment with Chinese Communist Party talking ' +
      'points and censorship.',
    summary:
      'CAISI is to research, and where appropriate publish, evaluations of whether Chinese frontier models echo Communist Party ' +
      'positions or censor content.',
    primary: 'security',
    secondary: [],
    instruments: ['research'],
    orientation: { scope: 'domestic', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOC', 'NIST', 'CAISI'],
    sourceIds: ['wh-plan'],
    notes: ['Primary security, not governance: evaluating foreign models for ideological alignment and censorship (CODEBOOK tie-break 5).'],
  },

  // ── I.3 Encourage Open-Source and Open-Weight AI (p. 4) ──────────────────
  {
    id: 'us-1-3-1',
    planId: 'us',
    sectionId: 'us-1-3',
    page: 4,
    title: 'Build a financial market for compute to widen access for startups and academics',
    text:
      'Ensure access to large-scale computing power for startups and academics by improving the financial market for compute. … ' +
      'Through collaboration with industry, NIST at DOC, OSTP, and the National Science Foundation’s (NSF) National AI Research ' +
      'Resource (NAIRR) pilot, the Federal government can accelerate the maturation of a healthy financial market for compute.',
    summary:
      'Government and industry are to help mature a market for buying compute, modelled on spot and forward commodity markets, so ' +
      'startups and academics need not sign long hyperscaler contracts.',
    primary: 'chips',
    secondary: [],
    instruments: ['institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['NIST', 'DOC', 'OSTP', 'NSF'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary chips, not open-weights: the object is a compute market (CODEBOOK tie-break 3), whatever the section heading.',
      'Instrument institutions: building a market with industry is coordination; the codebook has no market-making instrument.',
      'Starts on p. 4 and runs onto p. 5; the cut drops the middle sentences, which the PDF text interrupts with a footnote at the ' +
        'page break.',
    ],
  },
  {
    id: 'us-1-3-2',
    planId: 'us',
    sectionId: 'us-1-3',
    page: 5,
    title: 'Partner with tech companies to give researchers compute, models and data via NAIRR',
    text:
      'Partner with leading technology companies to increase the research community’s access to world-class private sector ' +
      'computing, models, data, and software resources as part of the NAIRR pilot.',
    summary:
      'The NAIRR pilot is to draw on partnerships with leading technology firms so researchers can use private-sector compute, ' +
      'models, data and software.',
    primary: 'open-weights',
    secondary: ['adoption'],
    instruments: ['funding', 'institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: ['Coded as the CODEBOOK §8 worked example (NAIRR partnership).', 'No lead agency recorded: the bullet names none.'],
  },
  {
    id: 'us-1-3-3',
    planId: 'us',
    sectionId: 'us-1-3',
    page: 5,
    title: 'Build a lean, sustainable NAIRR operations capability',
    text:
      'Build the foundations for a lean and sustainable NAIRR operations capability that can connect an increasing number of ' +
      'researchers and educators across the country to critical AI resources.',
    summary:
      'The NAIRR is to get a lasting, lean operating set-up that links more researchers and educators nationwide to key AI resources.',
    primary: 'open-weights',
    secondary: ['adoption'],
    instruments: ['institutions', 'funding'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary open-weights: NAIRR is a shared national research resource (CODEBOOK tie-break 3).',
      'Instrument funding added because a standing NAIRR is public compute, which the codebook lists under funding.',
    ],
  },
  {
    id: 'us-1-3-4',
    planId: 'us',
    sectionId: 'us-1-3',
    page: 5,
    title: 'Publish a new National AI R&D Strategic Plan to guide federal AI research',
    text:
      'Continue to foster the next generation of AI breakthroughs by publishing a new National AI Research and Development (R&D) ' +
      'Strategic Plan, led by OSTP, to guide Federal AI research investments.',
    summary: 'OSTP is to issue a new national AI R&D strategy that steers federal spending on AI research.',
    primary: 'adoption',
    secondary: [],
    instruments: ['research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['OSTP'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary adoption (basic AI research), not open-weights: the bullet says nothing about open models despite its section heading.',
    ],
  },
  {
    id: 'us-1-3-5',
    planId: 'us',
    sectionId: 'us-1-3',
    page: 5,
    title: 'Convene stakeholders to spread open models among small and medium-sized businesses',
    text:
      'Led by DOC through the National Telecommunications and Information Administration (NTIA), convene stakeholders to help ' +
      'drive adoption of open-source and open-weight models by small and medium-sized businesses.',
    summary: 'NTIA is to bring stakeholders together to encourage smaller businesses to adopt open-source and open-weight models.',
    primary: 'open-weights',
    secondary: ['adoption'],
    instruments: ['institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOC', 'NTIA'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary open-weights, not adoption: the object is open models themselves; uptake by businesses is secondary.',
      'Lead multistakeholder: a government-convened stakeholder forum is treated as joint action (same rule applied to all Pillar ' +
        'I convenings).',
    ],
  },

  // ── I.4 Enable AI Adoption (p. 5) ────────────────────────────────────────
  {
    id: 'us-1-4-1',
    planId: 'us',
    sectionId: 'us-1-4',
    page: 5,
    title: 'Set up regulatory sandboxes or AI Centers of Excellence for rapid testing of AI',
    text:
      'Establish regulatory sandboxes or AI Centers of Excellence around the country where researchers, startups, and established ' +
      'enterprises can rapidly deploy and test AI tools while committing to open sharing of data and results. These efforts would ' +
      'be enabled by regulatory agencies such as the Food and Drug Administration (FDA) and the Securities and Exchange Commission ' +
      '(SEC)…',
    summary:
      'Regulators such as the FDA and SEC, supported by NIST evaluation work, are to enable sandboxes or centers where researchers ' +
      'and firms can quickly try out AI tools and share data and results openly.',
    primary: 'adoption',
    secondary: ['governance'],
    instruments: ['deregulation', 'institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['FDA', 'SEC', 'DOC', 'NIST'],
    sourceIds: ['wh-plan'],
    notes: [
      'Instrument deregulation: a regulatory sandbox relaxes rules for testing.',
      'Lead multistakeholder: agencies enable the sandboxes while researchers, startups and enterprises are named as the ones who test.',
      'Text cut after the FDA/SEC clause to stay within 60 words; DOC and NIST (support role) are named in the omitted end.',
    ],
  },
  {
    id: 'us-1-4-2',
    planId: 'us',
    sectionId: 'us-1-4',
    page: 5,
    title: 'Develop national AI standards and productivity measures in health, energy and farming',
    text:
      'Launch several domain-specific efforts (e.g., in healthcare, energy, and agriculture), led by NIST at DOC, to convene a ' +
      'broad range of public, private, and academic stakeholders to accelerate the development and adoption of national standards ' +
      'for AI systems and to measure how much AI increases productivity at realistic tasks in those domains.',
    summary:
      'NIST is to run sector efforts, for example in healthcare, energy and agriculture, that bring together public, private and ' +
      'academic players to develop national AI standards and measure productivity gains.',
    primary: 'governance',
    secondary: ['adoption'],
    instruments: ['standards', 'institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['NIST', 'DOC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary governance, not adoption: the main object is developing national standards for AI systems; productivity measurement ' +
        'in sectors is secondary.',
    ],
  },
  {
    id: 'us-1-4-3',
    planId: 'us',
    sectionId: 'us-1-4',
    page: 5,
    title: 'Compare US and rival military AI adoption and adapt DOD and IC programs to it',
    text:
      'Led by the Department of Defense (DOD) in coordination with the Office of the Director of National Intelligence (ODNI), ' +
      'regularly update joint DOD-Intelligence Community (IC) assessments of the comparative level of adoption of AI tools by the ' +
      'United States, its competitors, and its adversaries’ national security establishments…',
    summary:
      'DOD and the intelligence community are to keep assessing how far US national-security AI adoption lags or leads that of ' +
      'rivals, and adjust their own adoption programs to those net assessments.',
    primary: 'adoption',
    secondary: ['security'],
    instruments: ['research'],
    orientation: { scope: 'domestic', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOD', 'ODNI'],
    sourceIds: ['wh-plan'],
    notes: [
      'Starts on p. 5 and runs onto p. 6; text cut before the closing clause on adapting DOD and IC adoption initiatives to stay ' +
        'within 60 words.',
    ],
  },
  {
    id: 'us-1-4-4',
    planId: 'us',
    sectionId: 'us-1-4',
    page: 6,
    title: 'Gather and share intelligence on foreign frontier AI projects with security implications',
    text:
      'Prioritize, collect, and distribute intelligence on foreign frontier AI projects that may have national security ' +
      'implications, via collaboration between the IC, the Department of Energy (DOE), CAISI at DOC, the National Security Council ' +
      '(NSC), and OSTP.',
    summary:
      'The intelligence community, DOE, CAISI, the NSC and OSTP are to prioritize and share intelligence on foreign frontier AI ' +
      'efforts that could matter for national security.',
    primary: 'security',
    secondary: [],
    instruments: ['research', 'institutions'],
    orientation: { scope: 'domestic', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['IC', 'DOE', 'CAISI', 'DOC', 'NSC', 'OSTP'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary security, not adoption: the object is national-security intelligence on foreign AI, despite the adoption section heading.',
      'Framing competitive: intelligence collection on foreign projects for national security is threat-oriented, though no ' +
        'adversary is named.',
    ],
  },

  // ── I.5 Empower American Workers in the Age of AI (p. 6) ──────────────────
  {
    id: 'us-1-5-1',
    planId: 'us',
    sectionId: 'us-1-5',
    page: 6,
    title: 'Make AI skills a core objective of federal education and workforce funding',
    text:
      'Led by the Department of Labor (DOL), the Department of Education (ED), NSF, and DOC, prioritize AI skill development as a ' +
      'core objective of relevant education and workforce funding streams. This should include promoting the integration of AI ' +
      'skill development into relevant programs, including career and technical education (CTE), workforce training, ' +
      'apprenticeships, and other federally supported skills initiatives.',
    summary:
      'Labor, Education, NSF and Commerce are to put AI skills at the center of their education and workforce funding, including ' +
      'technical education, training and apprenticeships.',
    primary: 'adoption',
    secondary: [],
    instruments: ['skills', 'funding'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOL', 'ED', 'NSF', 'DOC'],
    sourceIds: ['wh-plan'],
    notes: [],
  },
  {
    id: 'us-1-5-2',
    planId: 'us',
    sectionId: 'us-1-5',
    page: 6,
    title: 'Clarify that AI training can qualify as tax-free educational assistance',
    text:
      'Led by the Department of the Treasury, issue guidance clarifying that many AI literacy and AI skill development programs ' +
      'may qualify as eligible educational assistance under Section 132 of the Internal Revenue Code… In applicable situations, ' +
      'this will enable employers to offer tax-free reimbursement for AI-related training and help scale private-sector investment ' +
      'in AI skill development…',
    summary:
      'Treasury is to issue guidance that many AI literacy and skills programs can count as educational assistance under the tax ' +
      'code, so employers can reimburse such training tax-free.',
    primary: 'adoption',
    secondary: [],
    instruments: ['funding', 'skills'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['Treasury'],
    sourceIds: ['wh-plan'],
    notes: ['Instrument funding for tax treatment (CODEBOOK §4), although the act itself is guidance.'],
  },
  {
    id: 'us-1-5-3',
    planId: 'us',
    sectionId: 'us-1-5',
    page: 6,
    title: 'Study the labor-market effects of AI with existing federal statistics',
    text:
      'Led by the Bureau of Labor Statistics (BLS) and DOC through the Census Bureau and the Bureau of Economic Analysis (BEA), ' +
      'study AI’s impact on the labor market by using data they already collect on these topics… These agencies could then provide ' +
      'analysis of AI adoption, job creation, displacement, and wage effects.',
    summary:
      'BLS, the Census Bureau and BEA are to use data they already gather, such as Census business surveys on AI use, to analyze ' +
      'AI adoption, job creation, displacement and wages.',
    primary: 'adoption',
    secondary: [],
    instruments: ['research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['BLS', 'DOC', 'Census Bureau', 'BEA'],
    sourceIds: ['wh-plan'],
    notes: ['Census Bureau listed by name: the bullet gives it no abbreviation.'],
  },
  {
    id: 'us-1-5-4',
    planId: 'us',
    sectionId: 'us-1-5',
    page: 6,
    title: 'Create an AI Workforce Research Hub at the Department of Labor',
    text:
      'Establish the AI Workforce Research Hub under DOL to lead a sustained Federal effort to evaluate the impact of AI on the ' +
      'labor market and the experience of the American worker, in collaboration with BLS and DOC through the Census Bureau and ' +
      'BEA. The Hub would produce recurring analyses… and generate actionable insights to inform workforce and education policy.',
    summary:
      'A new research hub at the Labor Department is to track how AI affects jobs and workers, with regular analyses and scenario ' +
      'planning to inform workforce and education policy.',
    primary: 'adoption',
    secondary: [],
    instruments: ['institutions', 'research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOL', 'BLS', 'DOC', 'Census Bureau', 'BEA'],
    sourceIds: ['wh-plan'],
    notes: ['Starts on p. 6 and runs onto p. 7; the cut drops the scenario-planning item of the Hub’s task list to stay within 60 words.'],
  },
  {
    id: 'us-1-5-5',
    planId: 'us',
    sectionId: 'us-1-5',
    page: 7,
    title: 'Fund rapid retraining for workers displaced by AI and guide states on eligibility',
    text:
      'Led by DOL, leverage available discretionary funding, where appropriate, to fund rapid retraining for individuals impacted ' +
      'by AI-related job displacement. Issue clarifying guidance to help states identify eligible dislocated workers… as well as ' +
      'guidance clarifying how state Rapid Response funds can be used to proactively upskill workers at risk of future ' +
      'displacement.',
    summary:
      'The Labor Department is to use discretionary money for fast retraining of people who lose jobs to AI, and tell states which ' +
      'displaced workers qualify and how Rapid Response funds can upskill those at risk.',
    primary: 'adoption',
    secondary: [],
    instruments: ['funding', 'skills'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOL'],
    sourceIds: ['wh-plan'],
    notes: [],
  },
  {
    id: 'us-1-5-6',
    planId: 'us',
    sectionId: 'us-1-5',
    page: 7,
    title: 'Pilot new approaches to AI-driven workforce challenges through the states',
    text:
      'At DOL and DOC, rapidly pilot new approaches to workforce challenges created by AI, which may include areas such as rapid ' +
      'retraining needs driven by worker displacement and shifting skill requirements for entry-level roles. These pilots should ' +
      'be carried out by states and workforce intermediaries…',
    summary:
      'Labor and Commerce are to test new responses to AI-driven job change, such as fast retraining and shifting entry-level ' +
      'skill needs, with states and workforce intermediaries running the pilots under existing laws.',
    primary: 'adoption',
    secondary: [],
    instruments: ['skills', 'research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOL', 'DOC'],
    sourceIds: ['wh-plan'],
    notes: ['Lead government: the pilots are run by states and workforce intermediaries under federal authorities, not by private actors.'],
  },

  // ── I.6 Support Next-Generation Manufacturing (p. 7) ──────────────────────
  {
    id: 'us-1-6-1',
    planId: 'us',
    sectionId: 'us-1-6',
    page: 7,
    title: 'Fund next-generation manufacturing technologies through existing federal programs',
    text:
      'Invest in developing and scaling foundational and translational manufacturing technologies via DOD, DOC, DOE, NSF, and ' +
      'other Federal agencies using the Small Business Innovation Research program, the Small Business Technology Transfer ' +
      'program, research grants, CHIPS R&D programs, Stevenson-Wydler Technology Innovation Act authorities, Title III of the ' +
      'Defense Production Act, Other Transaction Authority, and other authorities.',
    summary:
      'Defense, Commerce, Energy, NSF and other agencies are to fund the development and scale-up of new manufacturing ' +
      'technologies with small-business programs, grants, CHIPS R&D money and defense authorities.',
    primary: 'robotics',
    secondary: [],
    instruments: ['funding', 'research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOD', 'DOC', 'DOE', 'NSF'],
    sourceIds: ['wh-plan'],
    notes: ['No secondary chips: CHIPS R&D programs appear only as a funding vehicle, not as the object.'],
  },
  {
    id: 'us-1-6-2',
    planId: 'us',
    sectionId: 'us-1-6',
    page: 7,
    title: 'Identify supply-chain barriers to US robotics and drone manufacturing',
    text:
      'Led by DOC through NTIA, convene industry and government stakeholders to identify supply chain challenges to American ' +
      'robotics and drone manufacturing.',
    summary: 'NTIA is to bring industry and government together to pinpoint supply-chain problems facing US makers of robots and drones.',
    primary: 'robotics',
    secondary: [],
    instruments: ['institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOC', 'NTIA'],
    sourceIds: ['wh-plan'],
    notes: ['Lead multistakeholder: industry and government stakeholders identify the problems together.'],
  },

  // ── I.7 Invest in AI-Enabled Science (p. 8) ──────────────────────────────
  {
    id: 'us-1-7-1',
    planId: 'us',
    sectionId: 'us-1-7',
    page: 8,
    title: 'Invest in automated cloud-enabled laboratories across scientific fields',
    text:
      'Through NSF, DOE, NIST at DOC, and other Federal partners, invest in automated cloud-enabled labs for a range of scientific ' +
      'fields, including engineering, materials science, chemistry, biology, and neuroscience, built by, as appropriate, the ' +
      'private sector, Federal agencies, and research institutions in coordination and collaboration with DOE National ' +
      'Laboratories.',
    summary:
      'NSF, DOE, NIST and others are to fund automated, cloud-connected labs in fields from materials science to neuroscience, ' +
      'built by industry, agencies and research institutions with the national labs.',
    primary: 'robotics',
    secondary: ['adoption'],
    instruments: ['funding', 'research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['NSF', 'DOE', 'NIST', 'DOC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary robotics, not adoption: automated labs automate physical experimental work (CODEBOOK tie-break 1); AI for science ' +
        'is secondary.',
      'Lead multistakeholder: the private sector, agencies and research institutions are named as joint builders with the national labs.',
    ],
  },
  {
    id: 'us-1-7-2',
    planId: 'us',
    sectionId: 'us-1-7',
    page: 8,
    title: 'Back Focused-Research Organizations with long-term agreements',
    text:
      'Use long-term agreements to support Focused-Research Organizations or other similar entities using AI and other emerging ' +
      'technologies to make fundamental scientific advancements.',
    summary:
      'The government is to give long-term backing to focused research organizations that use AI to pursue basic scientific advances.',
    primary: 'adoption',
    secondary: [],
    instruments: ['funding', 'institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: ['No lead agency recorded: the bullet names none.'],
  },
  {
    id: 'us-1-7-3',
    planId: 'us',
    sectionId: 'us-1-7',
    page: 8,
    title: 'Reward researchers who publish high-quality datasets when reviewing new proposals',
    text:
      'Incentivize researchers to release more high-quality datasets publicly by considering the impact of scientific and ' +
      'engineering datasets from a researchers’ prior funded efforts in the review of proposals for new projects.',
    summary:
      'Grant reviewers are to give credit for the datasets applicants released from earlier funded work, to encourage more open ' +
      'scientific data.',
    primary: 'adoption',
    secondary: [],
    instruments: ['funding', 'research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary adoption: open data alone is adoption, not open-weights (CODEBOOK §3 table).',
      'No lead agency recorded: the bullet names none.',
    ],
  },
  {
    id: 'us-1-7-4',
    planId: 'us',
    sectionId: 'us-1-7',
    page: 8,
    title: 'Require federally funded researchers to disclose datasets used by AI models',
    text:
      'Require federally funded researchers to disclose non-proprietary, non-sensitive datasets that are used by AI models during ' +
      'the course of research and experimentation.',
    summary:
      'Researchers with federal funding are to disclose the non-proprietary, non-sensitive datasets their AI models use in research.',
    primary: 'adoption',
    secondary: [],
    instruments: ['regulation', 'research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary adoption: open data alone is adoption, not open-weights (CODEBOOK §3 table).',
      'No lead agency recorded: the bullet names none.',
    ],
  },

  // ── I.8 Build World-Class Scientific Datasets (p. 8) ─────────────────────
  {
    id: 'us-1-8-1',
    planId: 'us',
    sectionId: 'us-1-8',
    page: 8,
    title: 'Recommend minimum data-quality standards for scientific data used in AI training',
    text:
      'Direct the National Science and Technology Council (NSTC) Machine Learning and AI Subcommittee to make recommendations on ' +
      'minimum data quality standards for the use of biological, materials science, chemical, physical, and other scientific data ' +
      'modalities in AI model training.',
    summary:
      'An NSTC subcommittee is to recommend minimum quality standards for biological, chemical, physical and other scientific data ' +
      'used to train AI.',
    primary: 'adoption',
    secondary: [],
    instruments: ['standards'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['NSTC'],
    sourceIds: ['wh-plan'],
    notes: ['Primary adoption (datasets), not governance: the standards apply to training data, not to AI rules.'],
  },
  {
    id: 'us-1-8-2',
    planId: 'us',
    sectionId: 'us-1-8',
    page: 8,
    title: 'Issue CIPSEA rules to widen secure access to federal statistical data',
    text:
      'Promulgate the OMB regulations required in the Confidential Information Protection and Statistical Efficiency Act of 2018 ' +
      'on presumption of accessibility and expanding secure access, which will lower barriers and break down silos to accessing ' +
      'Federal data, ultimately facilitating the improved use of AI for evidence building by statistical agencies while protecting ' +
      'confidential data from inappropriate access and use.',
    summary:
      'OMB is to issue the data-access rules required by the 2018 CIPSEA law so federal data is easier to reach for AI-based ' +
      'evidence building while confidential data stays protected.',
    primary: 'adoption',
    secondary: ['security'],
    instruments: ['regulation', 'research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['OMB'],
    sourceIds: ['wh-plan'],
    notes: [
      'Starts on p. 8 and runs onto p. 9.',
      'Primary adoption (data access), not governance: the rules govern access to statistical data, not AI; data protection is the ' +
        'secondary security element.',
    ],
  },
  {
    id: 'us-1-8-3',
    planId: 'us',
    sectionId: 'us-1-8',
    page: 9,
    title: 'Set up secure compute environments at NSF and DOE for restricted federal data',
    text: 'Establish secure compute environments within NSF and DOE to enable secure AI … for controlled access to restricted Federal data.',
    summary:
      'NSF and DOE are to host secure computing environments where AI can be applied to restricted federal data under controlled access.',
    primary: 'adoption',
    secondary: ['security'],
    instruments: ['research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['NSF', 'DOE'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary adoption (data access), not infrastructure or chips: the environments exist to open restricted data to AI use, not ' +
        'to house or sell compute.',
      'The cut replaces one word, "use-cases", printed hyphenated across a line break and extracted as "usecases", which the ' +
        'verbatim check cannot match.',
    ],
  },
  {
    id: 'us-1-8-4',
    planId: 'us',
    sectionId: 'us-1-8',
    page: 9,
    title: 'Launch an online portal for the National Secure Data Service demonstration',
    text:
      'Create an online portal for NSF’s National Secure Data Service (NSDS) demonstration project to provide the public and ' +
      'Federal agencies with a front door to AI use-cases involving controlled access to restricted Federal data.',
    summary:
      'NSF’s secure data service pilot is to get a web portal through which the public and agencies can reach AI uses of ' +
      'restricted federal data.',
    primary: 'adoption',
    secondary: [],
    instruments: ['research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['NSF'],
    sourceIds: ['wh-plan'],
    notes: [],
  },
  {
    id: 'us-1-8-5',
    planId: 'us',
    sectionId: 'us-1-8',
    page: 9,
    title: 'Explore a whole-genome sequencing program for life on federal lands',
    text:
      'Explore the creation of a whole-genome sequencing program for life on Federal lands, led by the NSTC and including members ' +
      'of the U.S. Department of Agriculture, DOE, NIH, NSF, the Department of Interior, and Cooperative Ecosystem Studies Units… ' +
      'This new data would be a valuable resource in training future biological foundation models.',
    summary:
      'The NSTC and several agencies are to look into sequencing the genomes of life on federal lands, producing data to train ' +
      'future biological foundation models.',
    primary: 'adoption',
    secondary: [],
    instruments: ['research', 'institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['NSTC', 'U.S. Department of Agriculture', 'DOE', 'NIH', 'NSF', 'Department of Interior'],
    sourceIds: ['wh-plan'],
    notes: [
      'Agencies without an abbreviation in the bullet are listed by name; Cooperative Ecosystem Studies Units are omitted as they ' +
        'are partnership networks, not agencies.',
    ],
  },

  // ── I.9 Advance the Science of AI (p. 9) ─────────────────────────────────
  {
    id: 'us-1-9-1',
    planId: 'us',
    sectionId: 'us-1-9',
    page: 9,
    title: 'Prioritize research on new paradigms that advance AI capabilities',
    text:
      'Prioritize investment in theoretical, computational, and experimental research to preserve America’s leadership in ' +
      'discovering new and transformative paradigms that advance the capabilities of AI, reflecting this priority in the ' +
      'forthcoming National AI R&D Strategic Plan.',
    summary:
      'Federal research money is to favor theoretical, computational and experimental work on new AI paradigms, a priority to be ' +
      'written into the coming national AI R&D plan.',
    primary: 'adoption',
    secondary: [],
    instruments: ['research', 'funding'],
    orientation: { scope: 'domestic', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: [
      'Framing competitive: "preserve America’s leadership" is leadership to preserve (CODEBOOK §5).',
      'No lead agency recorded: the bullet names none.',
    ],
  },

  // ── I.10 Invest in AI Interpretability, Control, and Robustness Breakthroughs (p. 9) ──
  {
    id: 'us-1-10-1',
    planId: 'us',
    sectionId: 'us-1-10',
    page: 9,
    title: 'Launch a DARPA program on AI interpretability, control and adversarial robustness',
    text:
      'Launch a technology development program led by the Defense Advanced Research Projects Agency in collaboration with CAISI at ' +
      'DOC and NSF, to advance AI interpretability, AI control systems, and adversarial robustness.',
    summary: 'DARPA, working with CAISI and NSF, is to run a technology program on understanding, controlling and hardening AI systems.',
    primary: 'security',
    secondary: [],
    instruments: ['research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DARPA', 'CAISI', 'DOC', 'NSF'],
    sourceIds: ['wh-plan'],
    notes: ['DARPA abbreviated although the bullet spells out the agency name.'],
  },
  {
    id: 'us-1-10-2',
    planId: 'us',
    sectionId: 'us-1-10',
    page: 10,
    title: 'Make interpretability, control and robustness priorities of the national AI R&D plan',
    text:
      'Prioritize fundamental advancements in AI interpretability, control, and robustness as part of the forthcoming National AI ' +
      'R&D Strategic Plan.',
    summary: 'The coming national AI R&D strategy is to give priority to basic advances in interpretability, control and robustness.',
    primary: 'security',
    secondary: [],
    instruments: ['research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: ['No lead agency recorded: the bullet names none.'],
  },
  {
    id: 'us-1-10-3',
    planId: 'us',
    sectionId: 'us-1-10',
    page: 10,
    title: 'Run an AI hackathon initiative to test systems for transparency and vulnerabilities',
    text:
      'The DOD, DOE, CAISI at DOC, the Department of Homeland Security (DHS), NSF, and academic partners should coordinate an AI ' +
      'hackathon initiative to solicit the best and brightest from U.S. academia to test AI systems for transparency, ' +
      'effectiveness, use control, and security vulnerabilities.',
    summary:
      'Defense, Energy, CAISI, Homeland Security, NSF and universities are to organize hackathons in which top US academics probe ' +
      'AI systems for transparency, control and security flaws.',
    primary: 'security',
    secondary: [],
    instruments: ['research', 'institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOD', 'DOE', 'CAISI', 'DOC', 'DHS', 'NSF'],
    sourceIds: ['wh-plan'],
    notes: ['Lead multistakeholder: academic partners are named alongside the agencies as co-organizers.'],
  },

  // ── I.11 Build an AI Evaluations Ecosystem (p. 10) ───────────────────────
  {
    id: 'us-1-11-1',
    planId: 'us',
    sectionId: 'us-1-11',
    page: 10,
    title: 'Publish guidance for agencies to run their own AI evaluations',
    text:
      'Publish guidelines and resources through NIST at DOC, including CAISI, for Federal agencies to conduct their own ' +
      'evaluations of AI systems for their distinct missions and operations and for compliance with existing law.',
    summary:
      'NIST and CAISI are to publish guidance and tools so each agency can evaluate AI systems for its own mission and for legal ' +
      'compliance.',
    primary: 'governance',
    secondary: [],
    instruments: ['standards'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['NIST', 'DOC', 'CAISI'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary governance, not security: evaluation guidance for missions and legal compliance names no risk object (CODEBOOK ' +
        'tie-break 2).',
    ],
  },
  {
    id: 'us-1-11-2',
    planId: 'us',
    sectionId: 'us-1-11',
    page: 10,
    title: 'Advance the science of measuring and evaluating AI models',
    text:
      'Support the development of the science of measuring and evaluating AI models, led by NIST at DOC, DOE, NSF, and other ' +
      'Federal science agencies.',
    summary: 'NIST, DOE, NSF and other science agencies are to develop the methods for measuring and evaluating AI models.',
    primary: 'governance',
    secondary: [],
    instruments: ['research', 'standards'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['NIST', 'DOC', 'DOE', 'NSF'],
    sourceIds: ['wh-plan'],
    notes: ['Primary governance: measurement science without a risk object (CODEBOOK tie-break 2); new methods add research.'],
  },
  {
    id: 'us-1-11-3',
    planId: 'us',
    sectionId: 'us-1-11',
    page: 10,
    title: 'Convene agencies and researchers twice a year to share AI evaluation practice',
    text:
      'Convene meetings at least twice per year under the auspices of CAISI at DOC for Federal agencies and the research community ' +
      'to share learnings and best practices on building AI evaluations.',
    summary: 'CAISI is to host meetings at least twice a year where agencies and researchers exchange lessons on building AI evaluations.',
    primary: 'governance',
    secondary: [],
    instruments: ['institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['CAISI', 'DOC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary governance: evaluation practice without a risk object (CODEBOOK tie-break 2).',
      'Lead multistakeholder: agencies and the research community share practice as peers.',
    ],
  },
  {
    id: 'us-1-11-4',
    planId: 'us',
    sectionId: 'us-1-11',
    page: 10,
    title: 'Fund AI testbeds for piloting systems in secure, real-world settings',
    text:
      'Invest, via DOE and NSF, in the development of AI testbeds for piloting AI systems in secure, real-world settings, allowing ' +
      'researchers to prototype new AI systems and translate them to the market. Such testbeds would encourage participation by ' +
      'broad multistakeholder teams and span a wide variety of economic verticals touched by AI, including agriculture, ' +
      'transportation, and healthcare delivery.',
    summary:
      'DOE and NSF are to fund testbeds where researchers pilot and prototype AI systems in real settings across sectors such as ' +
      'agriculture, transport and health care, and bring them to market.',
    primary: 'adoption',
    secondary: [],
    instruments: ['funding', 'research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOE', 'NSF'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary adoption, not governance: testbeds serve piloting and market translation, not evaluation rules, despite the ' +
        'evaluations section heading.',
    ],
  },
  {
    id: 'us-1-11-5',
    planId: 'us',
    sectionId: 'us-1-11',
    page: 10,
    title: 'Convene the NIST AI Consortium to develop new AI measurement science',
    text:
      'Led by DOC, convene the NIST AI Consortium to empower the collaborative establishment of new measurement science that will ' +
      'enable the identification of proven, scalable, and interoperable techniques and metrics to promote the development of AI.',
    summary:
      'Commerce is to convene the NIST AI Consortium to jointly build measurement science that identifies proven, interoperable AI ' +
      'techniques and metrics.',
    primary: 'governance',
    secondary: [],
    instruments: ['standards', 'research', 'institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'multistakeholder' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOC', 'NIST'],
    sourceIds: ['wh-plan'],
    notes: ['Lead multistakeholder: a consortium is asked to establish measurement science collaboratively.'],
  },

  // ── I.12 Accelerate AI Adoption in Government (p. 10) ─────────────────────
  {
    id: 'us-1-12-1',
    planId: 'us',
    sectionId: 'us-1-12',
    page: 11,
    title: 'Formalize the Chief AI Officer Council as the hub for interagency AI adoption',
    text:
      'Formalize the Chief Artificial Intelligence Officer Council (CAIOC) as the primary venue for interagency coordination and ' +
      'collaboration on AI adoption. Through the CAIOC, initiate strategic coordination and collaboration with relevant Federal ' +
      'executive councils…',
    summary:
      'The Chief AI Officer Council is to become the main interagency forum on AI adoption and coordinate with other federal ' +
      'councils on management, data, IT, statistics, staffing and privacy.',
    primary: 'adoption',
    secondary: ['governance'],
    instruments: ['institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['CAIOC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary adoption, not governance: the council’s stated purpose is coordinating AI uptake; its governance role is secondary.',
      'CAIOC recorded as the acting body although it is a council, not an agency; the list of partner councils is cut to stay ' +
        'within 60 words.',
    ],
  },
  {
    id: 'us-1-12-2',
    planId: 'us',
    sectionId: 'us-1-12',
    page: 11,
    title: 'Create a talent exchange to detail federal AI specialists across agencies',
    text:
      'Create a talent-exchange program designed to allow rapid details of Federal staff to other agencies in need of specialized ' +
      'AI talent (e.g., data scientists and software engineers), with input from the Office of Personnel Management.',
    summary: 'A new exchange is to let agencies quickly borrow federal staff with AI skills, such as data scientists, from other agencies.',
    primary: 'adoption',
    secondary: [],
    instruments: ['skills', 'institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['Office of Personnel Management'],
    sourceIds: ['wh-plan'],
    notes: ['OPM recorded by name as the only agency the bullet names (it gives input); the bullet gives no abbreviation and no leader.'],
  },
  {
    id: 'us-1-12-3',
    planId: 'us',
    sectionId: 'us-1-12',
    page: 11,
    title: 'Create a GSA-managed AI procurement toolbox for federal agencies',
    text:
      'Create an AI procurement toolbox managed by the General Services Administration (GSA), in coordination with OMB, that ' +
      'facilitates uniformity across the Federal enterprise to the greatest extent practicable. This system would allow any ' +
      'Federal agency to easily choose among multiple models in a manner compliant with relevant privacy, data governance, and ' +
      'transparency laws. …',
    summary:
      'GSA and OMB are to build a common procurement toolbox that lets any agency pick among several AI models lawfully, customize ' +
      'them and see what other agencies use.',
    primary: 'adoption',
    secondary: ['governance'],
    instruments: ['institutions', 'standards'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['GSA', 'OMB'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary adoption, not governance: the toolbox is a vehicle for agencies to acquire and use models; procurement rules proper ' +
        'are secondary.',
    ],
  },
  {
    id: 'us-1-12-4',
    planId: 'us',
    sectionId: 'us-1-12',
    page: 11,
    title: 'Set up a GSA program to share advanced AI capabilities between agencies',
    text:
      'Implement an Advanced Technology Transfer and Capability Sharing Program with GSA to quickly transfer advanced AI ' +
      'capabilities and use cases between agencies.',
    summary: 'A GSA program is to move advanced AI tools and use cases quickly from one agency to another.',
    primary: 'adoption',
    secondary: [],
    instruments: ['institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['GSA'],
    sourceIds: ['wh-plan'],
    notes: [],
  },
  {
    id: 'us-1-12-5',
    planId: 'us',
    sectionId: 'us-1-12',
    page: 11,
    title: 'Give every federal employee who could benefit access to frontier models and training',
    text:
      'Mandate that all Federal agencies ensure—to the maximum extent practicable—that all employees whose work could benefit from ' +
      'access to frontier language models have access to, and appropriate training for, such tools.',
    summary: 'Every agency is to give staff whose work would gain from frontier language models access to them and training in their use.',
    primary: 'adoption',
    secondary: [],
    instruments: ['regulation', 'skills'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: ['No lead agency recorded: the bullet names none.'],
  },
  {
    id: 'us-1-12-6',
    planId: 'us',
    sectionId: 'us-1-12',
    page: 11,
    title: 'Pilot AI in public service delivery with High Impact Service Providers',
    text:
      'Convene, under the auspices of OMB, a cohort of agencies with High Impact Service Providers to pilot and increase the use ' +
      'of AI to improve the delivery of services to the public.',
    summary: 'OMB is to gather a group of agencies running high-impact public services to pilot and expand AI in service delivery.',
    primary: 'adoption',
    secondary: [],
    instruments: ['institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['OMB'],
    sourceIds: ['wh-plan'],
    notes: [],
  },

  // ── I.13 Drive Adoption of AI within the Department of Defense (p. 11) ────
  {
    id: 'us-1-13-1',
    planId: 'us',
    sectionId: 'us-1-13',
    page: 12,
    title: 'Identify DOD AI skill needs and build talent programs to meet them',
    text:
      'Identify the talent and skills DOD’s workforce requires to leverage AI at scale. Based on this identification, implement ' +
      'talent development programs to meet AI workforce requirements and drive the effective employment of AI-enabled ' +
      'capabilities.',
    summary: 'DOD is to map the AI skills its workforce needs and run talent programs to fill them.',
    primary: 'adoption',
    secondary: [],
    instruments: ['skills'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOD'],
    sourceIds: ['wh-plan'],
    notes: [],
  },
  {
    id: 'us-1-13-2',
    planId: 'us',
    sectionId: 'us-1-13',
    page: 12,
    title: 'Establish an AI & Autonomous Systems Virtual Proving Ground at DOD',
    text:
      'Establish an AI & Autonomous Systems Virtual Proving Ground at DOD, beginning with scoping the technical, geographic, ' +
      'security, and resourcing requirements necessary for such a facility.',
    summary:
      'DOD is to set up a virtual proving ground for AI and autonomous systems, starting by scoping what such a facility would require.',
    primary: 'robotics',
    secondary: ['adoption'],
    instruments: ['institutions', 'research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOD'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary robotics, not adoption: the object is testing autonomous systems (CODEBOOK tie-break 1); military uptake is secondary.',
    ],
  },
  {
    id: 'us-1-13-3',
    planId: 'us',
    sectionId: 'us-1-13',
    page: 12,
    title: 'Identify DOD workflows to automate with AI and make successful automation permanent',
    text:
      'Develop a streamlined process within DOD for classifying, evaluating, and optimizing workflows involved in its major ' +
      'operational and enabling functions, aiming to develop a list of priority workflows for automation with AI. When a workflow ' +
      'is successfully automated, DOD should strive to permanently transition that workflow to the AI-based implementation as ' +
      'quickly as practicable.',
    summary:
      'DOD is to find and rank its workflows for AI automation and, once one is automated successfully, switch to the AI-based ' +
      'version for good.',
    primary: 'adoption',
    secondary: [],
    instruments: ['institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOD'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary adoption, not robotics: workflow automation here is software uptake, with no physical system named.',
      'Instrument institutions: an internal process is the closest codebook instrument.',
    ],
  },
  {
    id: 'us-1-13-4',
    planId: 'us',
    sectionId: 'us-1-13',
    page: 12,
    title: 'Secure DOD priority access to commercial compute in a national emergency',
    text:
      'Prioritize DOD-led agreements with cloud service providers, operators of computing infrastructure, and other relevant ' +
      'private sector entities to codify priority access to computing resources in the event of a national emergency so that DOD ' +
      'is prepared to fully leverage these technologies during a significant conflict.',
    summary:
      'DOD is to sign agreements with cloud and computing providers that give it first call on their compute in a national ' +
      'emergency or major conflict.',
    primary: 'chips',
    secondary: ['security'],
    instruments: ['regulation'],
    orientation: { scope: 'domestic', framing: 'competitive', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOD'],
    sourceIds: ['wh-plan'],
    notes: [
      'Primary chips, not adoption: priority access to compute (CODEBOOK tie-break 3).',
      'Instrument regulation: agreements that codify priority access are binding arrangements; the codebook has no contracting instrument.',
      'Framing competitive: the bullet prepares for "a significant conflict".',
    ],
  },
  {
    id: 'us-1-13-5',
    planId: 'us',
    sectionId: 'us-1-13',
    page: 12,
    title: 'Turn Senior Military Colleges into hubs of AI research and teaching',
    text:
      'Grow our Senior Military Colleges into hubs of AI research, development, and talent building, teaching core AI skills and ' +
      'literacy to future generations. Foster AI-specific curriculum, including in AI use, development, and infrastructure ' +
      'management, in the Senior Military Colleges throughout majors.',
    summary: 'Senior Military Colleges are to become centers of AI research and talent, with AI courses across all majors.',
    primary: 'adoption',
    secondary: [],
    instruments: ['skills', 'research'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: [],
    sourceIds: ['wh-plan'],
    notes: ['No lead agency recorded: the bullet names none (DOD is implied by the section but not named).'],
  },

  // ── I.14 Protect Commercial and Government AI Innovations (p. 12) ─────────
  {
    id: 'us-1-14-1',
    planId: 'us',
    sectionId: 'us-1-14',
    page: 12,
    title: 'Help leading AI developers protect their innovations from cyber and insider threats',
    text:
      'Led by DOD, DHS, CAISI at DOC, and other appropriate members of the IC, collaborate with leading American AI developers to ' +
      'enable the private sector to actively protect AI innovations from security risks, including malicious cyber actors, insider ' +
      'threats, and others.',
    summary:
      'Defense, Homeland Security, CAISI and intelligence agencies are to work with top US AI developers so they can defend their ' +
      'work against hackers and insiders.',
    primary: 'security',
    secondary: [],
    instruments: ['institutions'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOD', 'DHS', 'CAISI', 'DOC', 'IC'],
    sourceIds: ['wh-plan'],
    notes: [
      'Lead government: agencies lead and act in collaboration with industry (CODEBOOK §5).',
      'Framing neutral: the threats named are cyber actors and insiders, with no adversary state or rivalry language.',
    ],
  },

  // ── I.15 Combat Synthetic Media in the Legal System (p. 12) ───────────────
  {
    id: 'us-1-15-1',
    planId: 'us',
    sectionId: 'us-1-15',
    page: 13,
    title: 'Consider turning the NIST deepfake evaluation program into a guideline and benchmark',
    text:
      'Led by NIST at DOC, consider developing NIST’s Guardians of Forensic Evidence deepfake evaluation program into a formal ' +
      'guideline and a companion voluntary forensic benchmark.',
    summary: 'NIST is to weigh making its deepfake-forensics evaluation program into a formal guideline with a voluntary benchmark.',
    primary: 'security',
    secondary: [],
    instruments: ['standards'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['NIST', 'DOC'],
    sourceIds: ['wh-plan'],
    notes: [],
  },
  {
    id: 'us-1-15-2',
    planId: 'us',
    sectionId: 'us-1-15',
    page: 13,
    title: 'Guide adjudicating agencies toward a deepfake evidence standard',
    text:
      'Led by the Department of Justice (DOJ), issue guidance to agencies that engage in adjudications to explore adopting a ' +
      'deepfake standard similar to the proposed Federal Rules of Evidence Rule 901(c) under consideration by the Advisory ' +
      'Committee on Evidence Rules.',
    summary: 'DOJ is to advise agencies that hold adjudications to consider a deepfake evidence standard like the proposed Rule 901(c).',
    primary: 'security',
    secondary: ['governance'],
    instruments: ['standards'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOJ'],
    sourceIds: ['wh-plan'],
    notes: [],
  },
  {
    id: 'us-1-15-3',
    planId: 'us',
    sectionId: 'us-1-15',
    page: 13,
    title: 'Comment formally on proposed deepfake-related changes to the Federal Rules of Evidence',
    text: 'Led by DOJ’s Office of Legal Policy, file formal comments on any proposed … additions to the Federal Rules of Evidence.',
    summary:
      'DOJ’s policy office is to submit formal comments on any proposed additions to the Federal Rules of Evidence that deal with ' +
      'deepfakes.',
    primary: 'security',
    secondary: ['governance'],
    instruments: ['regulation'],
    orientation: { scope: 'domestic', framing: 'neutral', lead: 'government' },
    provenance: 'verbatim-official',
    leadAgencies: ['DOJ'],
    sourceIds: ['wh-plan'],
    notes: [
      'Instrument regulation: the comments feed rulemaking on binding evidence rules.',
      'The cut replaces one word, "deepfake-related", printed hyphenated across a line break and extracted as "deepfakerelated", ' +
        'which the verbatim check cannot match.',
    ],
  },
]

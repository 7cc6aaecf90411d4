import type { ComparisonInput } from './schema'

/**
 * One comparison per dimension (CODEBOOK §7). Relations rest on what each plan says on the dimension; outside readings
 * (Carnegie, research/cn-plan.md §3.10; Scott Singer in DW) are attributed in the note and cited in sourceIds.
 */
export const comparisons: ComparisonInput[] = [
  {
    dimensionId: 'chips',
    relation: 'diverge',
    note:
      'The US plan treats advanced chips as something to deny adversaries: it would explore verifying where exported AI chips ' +
      'are, extend export controls to chipmaking sub-systems and press allies to adopt US controls, while stripping extra ' +
      'conditions from CHIPS subsidies at home. China’s plan, in the part that could be read, only calls for lowering and ' +
      'removing technological barriers and does not mention export controls; its compute content (a faster build-out of ' +
      'intelligent computing power) is known only through press descriptions.',
    provisionIds: ['us-3-3-1', 'us-3-4-1', 'us-3-5-4', 'us-2-3-1', 'cn-2-1', 'cn-4-1'],
    sourceIds: ['wh-plan', 'cn-s2', 'cn-s65', 'cn-s4'],
  },
  {
    dimensionId: 'open-weights',
    relation: 'converge',
    note:
      'Both plans back open models and open resources: the US wants leading American open models and widens access for ' +
      'researchers and small businesses through NAIRR and NTIA, and China’s plan calls for openly shared technical ' +
      'documentation, cross-border open-source communities and an open-source compliance system, a convergence Carnegie’s ' +
      'Singer and Zvenyhorodskyi also see. They differ in emphasis: the US ties openness to national advantage and leaves ' +
      'release to developers, while China pairs it with safety guidelines and limits open flow to non-sensitive resources ' +
      '(China’s wording here is known from a third-party quotation and press descriptions).',
    provisionIds: ['us-1-3-2', 'us-1-3-5', 'cn-5-1', 'cn-5-3', 'cn-5-5'],
    sourceIds: ['wh-plan', 'cn-s9', 'cn-s11', 'cn-s65', 'cn-s63'],
  },
  {
    dimensionId: 'robotics',
    relation: 'mixed',
    note:
      'Both plans want AI put to work in industry: the US names robotics, drones and autonomous systems and backs their ' +
      'manufacture, supply chains and military testing, while China’s plan lists industrial manufacturing first among the ' +
      'sectors AI should empower and, in wording seen only in a script-converted repost, calls for exploring open AI Plus ' +
      'application scenarios. They part on focus: the readable ' +
      'text of China’s plan has no robotics section, and the physical-world AI push that Carnegie’s Scott Singer told DW is ' +
      'central to Chinese AI policy sits in domestic measures such as the AI Plus Opinions, not in this plan.',
    provisionIds: ['us-1-6-1', 'us-1-6-2', 'us-1-13-2', 'cn-3-1', 'cn-2-3'],
    sourceIds: ['wh-plan', 'cn-s3', 'dw-2026', 'cn-s37'],
  },
  {
    dimensionId: 'governance',
    relation: 'mixed',
    note:
      'Both plans want rules that leave room for innovation: the US would revise or repeal federal rules that hinder AI, ' +
      'weigh states’ AI rules in funding decisions and buy only models it judges free of ideological bias, and China’s plan ' +
      'asks for an innovation-friendly policy environment with coordinated regulation. They part on where governance is made: ' +
      'the US plan is about cutting rules at home, while China’s draws in governments, international bodies, firms and ' +
      'citizens and, according to press descriptions, anchors the effort in the UN Global Digital Compact.',
    provisionIds: ['us-1-1-2', 'us-1-1-3', 'us-1-2-2', 'cn-2-2', 'cn-1-1', 'cn-11-1'],
    sourceIds: ['wh-plan', 'cn-s2', 'cn-s1', 'cn-s11', 'cn-s10'],
  },
  {
    dimensionId: 'infrastructure',
    relation: 'mixed',
    note:
      'Both plans make building digital infrastructure a priority: the US through new permitting exclusions, lighter ' +
      'environmental rules and fast-tracked dispatchable and frontier power, China through a call to accelerate digital ' +
      'infrastructure. They part on scope and environment: the US plan builds at home, while China’s is addressed to all ' +
      'countries and, according to official and press descriptions only, ties the build-out to clean energy, energy-efficient ' +
      'AI and green computing.',
    provisionIds: ['us-2-1-1', 'us-2-1-4', 'us-2-2-3', 'cn-1-1', 'cn-4-1', 'cn-7-1'],
    sourceIds: ['wh-plan', 'cn-s2', 'cn-s1', 'cn-s65', 'cn-s4', 'cn-s14', 'cn-s11'],
  },
  {
    dimensionId: 'security',
    relation: 'mixed',
    note:
      'Carnegie’s Singer and Zvenyhorodskyi read both plans as managing AI risk without letting it constrain development, and ' +
      'both do set safety measures: the US national-security testing of frontier models, checks of adversaries’ AI systems ' +
      'for vulnerabilities and malign influence, and DNA-synthesis screening; China’s plan technical safety guidelines for ' +
      'open-source communities. They part on detail and target: the US measures name agencies, threats and adversaries’ ' +
      'models, while China’s risk-management and data-security points are known only through press reports, one of which ' +
      'carries an unquoted and possibly abridged Chinese passage on risk assessment, threat-information sharing and emergency ' +
      'response.',
    provisionIds: ['us-3-6-1', 'us-3-6-2', 'us-3-7-1', 'cn-5-1', 'cn-10-1', 'cn-6-1'],
    sourceIds: ['wh-plan', 'cn-s9', 'cn-s10', 'cn-x8', 'cn-s11', 'cn-s63'],
  },
  {
    dimensionId: 'diplomacy',
    relation: 'diverge',
    note:
      'The plans take opposite routes abroad: the US would export full-stack American AI packages to partners, build ' +
      'plurilateral controls rather than rely solely on treaty bodies and counter authoritarian influence in standards ' +
      'bodies, while China’s plan calls for joint international dialogue on AI governance and capacity-building that helps ' +
      'the Global South use AI (wording seen only in third-party quotations). Carnegie’s Singer and Zvenyhorodskyi still see ' +
      'common ground in state-backed promotion of each country’s AI abroad, but the US aims at allies and against rivals ' +
      'while China’s plan addresses all countries.',
    provisionIds: ['us-3-1-1', 'us-3-2-1', 'us-3-5-3', 'cn-13-2', 'cn-12-1', 'cn-12-2'],
    sourceIds: ['wh-plan', 'dw-2026', 'cn-x9', 'cn-s67', 'cn-s63'],
  },
  {
    dimensionId: 'adoption',
    relation: 'converge',
    note:
      'Both plans make putting AI to use a goal in its own right, one of the approaches Carnegie’s Singer and Zvenyhorodskyi ' +
      'say the two now share: the US through frontier-model access for federal staff, regulatory sandboxes and AI skills in ' +
      'education and workforce funding, China through worldwide adoption and AI that empowers industries from manufacturing ' +
      'to healthcare and education. They differ in reach, as the US measures serve American agencies and workers while ' +
      'China’s plan addresses all countries, with attention to the Global South.',
    provisionIds: ['us-1-12-5', 'us-1-4-1', 'us-1-5-1', 'cn-1-2', 'cn-3-1', 'cn-12-2'],
    sourceIds: ['wh-plan', 'cn-s2', 'cn-s1', 'cn-s3', 'cn-s67', 'cn-s63'],
  },
]

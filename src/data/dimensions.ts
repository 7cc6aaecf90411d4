import type { Dimension } from './schema'

/** The eight dimensions of comparison (SPEC §4, CODEBOOK §3), in display order. */
export const dimensions: Dimension[] = [
  {
    id: 'chips',
    label: 'Chips & compute',
    shortLabel: 'Chips',
    description: 'Semiconductors and fabs, chip export controls and their enforcement, compute access and compute markets.',
    order: 0,
  },
  {
    id: 'open-weights',
    label: 'Open source & open weights',
    shortLabel: 'Open weights',
    description: 'Open-source and open-weight models, open research resources, open-source communities and their rules.',
    order: 1,
  },
  {
    id: 'robotics',
    label: 'Robotics & physical AI',
    shortLabel: 'Robotics',
    description: 'Manufacturing, robotics, drones, autonomous vehicles, embodied AI, AI in industry and the real economy.',
    order: 2,
  },
  {
    id: 'governance',
    label: 'Governance & regulation',
    shortLabel: 'Governance',
    description:
      'Who makes AI rules and how: regulation, deregulation, preemption, frameworks, principles, procurement rules, governance institutions domestic and global.',
    order: 3,
  },
  {
    id: 'infrastructure',
    label: 'Infrastructure & energy',
    shortLabel: 'Infrastructure',
    description: 'Data centers, grid, energy, permitting of physical build-out, networks, digital infrastructure.',
    order: 4,
  },
  {
    id: 'security',
    label: 'Safety & security',
    shortLabel: 'Security',
    description:
      'Risk evaluations, national-security testing, cybersecurity, biosecurity, incident response, synthetic media, interpretability and control, data security.',
    order: 5,
  },
  {
    id: 'diplomacy',
    label: 'International cooperation & standards',
    shortLabel: 'Diplomacy',
    description:
      'Alliances, export promotion, standards bodies, international organizations, capacity building for other countries, dialogue.',
    order: 6,
  },
  {
    id: 'adoption',
    label: 'Adoption, science & workforce',
    shortLabel: 'Adoption',
    description:
      'Uptake by government, military and industry, sandboxes, AI for science and basic research, datasets, skills, education, talent, labour-market effects.',
    order: 7,
  },
]

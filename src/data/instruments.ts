import type { Instrument } from './schema'

/** Policy instruments (CODEBOOK §4). */
export const instruments: Instrument[] = [
  { id: 'deregulation', label: 'Deregulation', description: 'Repeal or relax rules, streamline permits, preempt, remove conditions.' },
  { id: 'regulation', label: 'Rules & mandates', description: 'Binding requirements, procurement conditions, legal duties.' },
  { id: 'standards', label: 'Standards & guidance', description: 'Technical standards, frameworks, guidelines, evaluation methods.' },
  { id: 'funding', label: 'Public funding', description: 'Grants, subsidies, public compute, financing, tax treatment.' },
  {
    id: 'institutions',
    label: 'Institutions & coordination',
    description: 'New bodies, councils, hubs, ISACs, inter-agency coordination, convenings.',
  },
  { id: 'research', label: 'Research & data', description: 'R&D programs, science, datasets, testbeds.' },
  { id: 'skills', label: 'Skills & workforce', description: 'Training, education, apprenticeships, talent exchange.' },
  { id: 'export-control', label: 'Export controls', description: 'Restricting technology transfer, enforcement, end-use checks.' },
  { id: 'export-promotion', label: 'Export promotion', description: 'Packaged exports, deal financing, market access.' },
  {
    id: 'cooperation',
    label: 'International cooperation',
    description: 'Multilateral or bilateral dialogue, shared platforms, capacity building abroad.',
  },
]

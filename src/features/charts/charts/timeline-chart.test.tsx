import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../../data/index'
import { selectTimeline } from '../../../lib/chart-selectors'
import { defaultViewState } from '../../../url-state/view-state'
import { TimelineChart } from './timeline-chart'

const data = loadDataset()

describe('TimelineChart', () => {
  it('labels the key events directly (what the PNG and SVG exports draw)', () => {
    const { container } = render(
      <TimelineChart data={selectTimeline(data, { ...defaultViewState, dims: ['chips', 'diplomacy'] })} dataset={data} size="export" />,
    )
    const labels = [...container.querySelectorAll('.timeline-chart__key')].map((g) => [
      g.getAttribute('data-label-for'),
      g.querySelector('text')?.textContent,
    ])
    expect(labels.sort()).toEqual(
      [
        ['ai-diffusion-rule-rescinded', 'Diffusion rule rescinded'],
        ['bis-h200-licensing-rule', 'BIS H200 rule'],
        ['cn-global-ai-governance-plan', 'China plan released'],
        ['deepseek-r1-release', 'DeepSeek R1'],
        ['h200-sales-allowed', 'H200 sales allowed'],
        ['us-ai-action-plan-release', 'US plan released'],
        ['waico-proposed', 'WAICO proposed'],
      ].sort(),
    )
  })
})

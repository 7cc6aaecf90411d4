import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../data/index'
import { chartMeta } from '../../lib/charts/registry'
import { defaultViewState } from '../../url-state/view-state'
import { ChartSlide } from './chart-slide'

const data = loadDataset()

describe('ChartSlide', () => {
  it('shows one chart large with title, subtitle, source and as-of date, and no controls', () => {
    render(<ChartSlide dataset={data} chartId="implementation" state={{ ...defaultViewState, dims: ['chips'] }} />)
    const fig = screen.getByRole('figure', { name: chartMeta.implementation.title })
    expect(fig).toHaveTextContent(chartMeta.implementation.subtitle)
    expect(within(fig).getByText(/^Data as of/)).toHaveAttribute('datetime', data.meta.asOf)
    expect(fig).toHaveTextContent(`Source: Parallax dataset ${data.meta.version}`)
    expect(within(fig).queryByRole('button')).toBeNull()
    expect(fig.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0)
    // The slide follows the state it is given: chips only.
    const chipsUs = data.provisions.filter((p) => p.planId === 'us' && p.primary === 'chips').length
    expect(fig).toHaveTextContent(`Of ${chipsUs} US provisions shown`)
    expect(fig).toHaveTextContent(`US n=${chipsUs} provisions · primary dimension only.`)
  })

  it('draws Orientation as three 100% bars per plan, with n, the "not stated" segment and the notes line', () => {
    render(<ChartSlide dataset={data} chartId="orientation" state={defaultViewState} />)
    const fig = screen.getByRole('figure', { name: chartMeta.orientation.title })
    const n = (planId: string) => data.provisions.filter((p) => p.planId === planId).length
    expect(fig).toHaveTextContent(`US n=${n('us')} · China n=${n('cn')} provisions · primary dimension only.`)
    expect(
      within(fig)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Scope', 'Framing', 'Lead'])
    const bars = within(fig).getAllByRole('img', { name: /provisions: / })
    expect(bars.map((b) => b.getAttribute('aria-label')?.split(':')[0])).toEqual([
      `United States, scope, ${n('us')} provisions`,
      `China, scope, ${n('cn')} provisions`,
      `United States, framing, ${n('us')} provisions`,
      `China, framing, ${n('cn')} provisions`,
      `United States, lead, ${n('us')} provisions`,
      `China, lead, ${n('cn')} provisions`,
    ])
    const notStated = (planId: string) => data.provisions.filter((p) => p.planId === planId && p.orientation.lead === 'not-stated').length
    const withNotStated = ['us', 'cn'].filter((p) => notStated(p) > 0)
    expect(withNotStated.length).toBeGreaterThan(0)
    for (const planId of withNotStated) {
      const bar = fig.querySelector(`[data-plan="${planId}"] [data-code="not-stated"]`)
      expect(bar, planId).not.toBeNull()
      expect(bars.find((b) => b.getAttribute('aria-label')?.includes(`lead, ${n(planId)}`))?.getAttribute('aria-label')).toContain(
        `Actor not stated`,
      )
    }
    expect(within(fig).getByRole('list', { name: 'Notes on this chart' })).toHaveTextContent('read only in part')
    expect(fig.querySelector('.recharts-radar')).toBeNull()
  })
})

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
  })
})

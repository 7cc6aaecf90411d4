import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { AppErrorBoundary } from './error-boundary'

function Bomb({ armed }: { armed: boolean }) {
  if (armed) throw new Error('cell renderer failed')
  return <p>All good</p>
}

function Harness() {
  const [armed, setArmed] = useState(true)
  return (
    <>
      <button type="button" onClick={() => setArmed(false)}>
        Defuse
      </button>
      <AppErrorBoundary>
        <Bomb armed={armed} />
      </AppErrorBoundary>
    </>
  )
}

describe('AppErrorBoundary', () => {
  it('shows what broke and recovers on Try again', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    render(<Harness />)
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong while showing this view')
    expect(screen.getByRole('alert')).toHaveTextContent('cell renderer failed')
    await userEvent.click(screen.getByRole('button', { name: 'Defuse' }))
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('All good')).toBeInTheDocument()
    spy.mockRestore()
  })
})

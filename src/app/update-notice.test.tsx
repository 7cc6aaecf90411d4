import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../test-utils'
import { shouldRegister, SW_OPT_IN_KEY, useSwUpdate } from './service-worker'

afterEach(() => useSwUpdate.setState({ activate: null }))

describe('service worker registration', () => {
  const nav = (webdriver: boolean) => ({ serviceWorker: {}, webdriver }) as unknown as Navigator
  const storage = (value: string | null) => ({ getItem: () => value })
  it('registers only in production builds, never under jsdom tests or the dev server', () => {
    expect(shouldRegister({ PROD: true, MODE: 'production' }, nav(false), storage(null))).toBe(true)
    expect(shouldRegister({ PROD: false, MODE: 'development' }, nav(false), storage(null))).toBe(false)
    expect(shouldRegister({ PROD: false, MODE: 'test' }, nav(false), storage(null))).toBe(false)
    expect(shouldRegister({ PROD: true, MODE: 'production' }, {} as Navigator, storage(null))).toBe(false)
  })
  it('stays off under browser automation unless the test opts in', () => {
    expect(shouldRegister({ PROD: true, MODE: 'production' }, nav(true), storage(null))).toBe(false)
    expect(shouldRegister({ PROD: true, MODE: 'production' }, nav(true), storage('on'))).toBe(true)
    expect(SW_OPT_IN_KEY).toBe('parallax:service-worker')
  })
})

describe('update notice', () => {
  it('says quietly that a newer version is waiting, reloads on request and can be dismissed', async () => {
    const { user } = renderApp('/?dims=chips')
    await screen.findByRole('table', { name: 'Side-by-side comparison' })
    expect(screen.queryByText(/A newer version is available/)).toBeNull()
    const activate = vi.fn()
    act(() => useSwUpdate.setState({ activate }))
    expect(screen.getByText(/A newer version is available/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reload' }))
    expect(activate).toHaveBeenCalledTimes(1)
    await user.click(screen.getByRole('button', { name: 'Dismiss update notice' }))
    expect(screen.queryByText(/A newer version is available/)).toBeNull()
  })
})

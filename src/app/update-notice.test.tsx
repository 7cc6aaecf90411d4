import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '../test-utils'
import { shouldRegister, useSwUpdate } from './service-worker'

afterEach(() => useSwUpdate.setState({ activate: null }))

describe('service worker registration', () => {
  const nav = (webdriver: boolean) => ({ serviceWorker: {}, webdriver }) as unknown as Navigator
  it('registers only in production builds, never under jsdom tests or the dev server', () => {
    expect(shouldRegister({ PROD: true, MODE: 'production' }, nav(false))).toBe(true)
    expect(shouldRegister({ PROD: false, MODE: 'development' }, nav(false))).toBe(false)
    expect(shouldRegister({ PROD: false, MODE: 'test' }, nav(false))).toBe(false)
    expect(shouldRegister({ PROD: true, MODE: 'test' }, nav(false))).toBe(false)
    expect(shouldRegister({ PROD: true, MODE: 'production' }, {} as Navigator)).toBe(false)
  })
  it('behaves the same whatever drives the browser: automation gets the service worker too', () => {
    expect(shouldRegister({ PROD: true, MODE: 'production' }, nav(true))).toBe(true)
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

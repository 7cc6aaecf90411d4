/** Development only (VITE_MSW=1): serves the data module and, optionally, a failure scenario. */
import { setupWorker } from 'msw/browser'
import { handlers, scenarios, type ScenarioName } from './handlers'

export async function startMockWorker(): Promise<void> {
  const name = window.sessionStorage.getItem('parallax:msw-scenario') as ScenarioName | null
  const extra = name && name in scenarios ? [scenarios[name]] : []
  await setupWorker(...extra, ...handlers).start({ onUnhandledRequest: 'bypass', quiet: false })
}

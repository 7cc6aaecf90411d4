/** Development only (VITE_MSW=1): serves the dev server's data and, optionally, a failure scenario. */
import { bypass } from 'msw'
import { setupWorker } from 'msw/browser'
import { createHandlers, type Payloads, type ScenarioName } from './handlers'

let cached: Promise<Payloads> | undefined
const fetchJson = async <T>(path: string): Promise<T> => (await fetch(bypass(new URL(path, window.location.origin)))).json() as Promise<T>
const load = () =>
  (cached ??= Promise.all([
    fetchJson<Payloads['dataset']>('/api/v1/dataset.json'),
    fetchJson<Payloads['notes']>('/api/v1/notes.json'),
  ]).then(([dataset, notes]) => ({ dataset, notes })))

export async function startMockWorker(): Promise<void> {
  const { handlers, scenarios } = createHandlers(load)
  const name = window.sessionStorage.getItem('parallax:msw-scenario') as ScenarioName | null
  const extra = name && name in scenarios ? [scenarios[name]] : []
  await setupWorker(...extra, ...handlers).start({ onUnhandledRequest: 'bypass', quiet: false })
}

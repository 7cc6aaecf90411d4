import { mount } from './app/mount'
import { registerWhenSettled } from './app/service-worker'
import { takeBriefParam } from './brief/link-param'
import { useUrlStore } from './url-state/store'
import './app/tokens.css'
import './app/base.css'
import './app/print.css'
import './app/prerender.css'
// The permanent pages (src/pages/) are shown with this bundle's CSS until the app replaces them.
import './pages/pages.css'

async function start(): Promise<void> {
  // Development only: tree-shaken from the production build.
  if (import.meta.env.DEV && import.meta.env.VITE_MSW === '1') {
    const { startMockWorker } = await import('../mocks/browser')
    await startMockWorker()
  }
  // A shared brief (`brief=`) opens as a new draft, not as a view parameter (docs/url-contract.md § Brief links).
  takeBriefParam()
  useUrlStore.getState().syncFromLocation()
  const root = document.getElementById('root')
  if (!root) throw new Error('Missing #root element')
  // Hydrates the pre-rendered default view, or renders afresh (see mount.tsx).
  mount(root)
  registerWhenSettled()
}

void start()

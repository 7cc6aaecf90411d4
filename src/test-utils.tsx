/** Renders the whole app at a URL, with a fresh query cache and the URL store read from that URL. */
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from './app/app'
import { createQueryClient } from './app/query-client'
import { useUrlStore } from './url-state/store'

export function renderApp(url = '/') {
  window.history.replaceState(null, '', url)
  useUrlStore.setState({ notices: [] })
  useUrlStore.getState().syncFromLocation()
  const queryClient = createQueryClient()
  const user = userEvent.setup()
  const result = render(<App queryClient={queryClient} />)
  return { ...result, user, queryClient }
}

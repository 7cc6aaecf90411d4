import { Component, type ErrorInfo, type ReactNode } from 'react'
import { APP_BASE } from '../url-state/url'

interface State {
  error: Error | null
}

/** Last line of defence: a rendering bug shows a message and a way back, never a blank page. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Parallax crashed while rendering', error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <main className="crash" role="alert">
        <h1>Something went wrong while showing this view</h1>
        <p>The link you opened is kept in the address bar. Try again, or open the default view.</p>
        <p className="crash__detail">{error.message}</p>
        <p className="crash__actions">
          <button type="button" className="button button--primary" onClick={() => this.setState({ error: null })}>
            Try again
          </button>{' '}
          <a className="button" href={APP_BASE}>
            Open the default view
          </a>
        </p>
      </main>
    )
  }
}

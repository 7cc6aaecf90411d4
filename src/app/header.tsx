import type { ReactNode } from 'react'
import { APP_BASE } from '../url-state/url'
import { Nav } from './nav'

export function Header({ actions }: { actions: ReactNode }) {
  return (
    <header className="site-header">
      <div className="site-header__brand">
        <a href={APP_BASE} className="site-header__logo">
          <span aria-hidden="true" className="site-header__mark" />
          Parallax
        </a>
        <p className="site-header__tagline">The US and China AI action plans of July 2025, side by side</p>
      </div>
      <Nav />
      <div className="site-header__actions">{actions}</div>
    </header>
  )
}

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { loadDataset } from '../../data/index'
import { renderApp } from '../../test-utils'
import { useUrlStore } from '../../url-state/store'
import { Presentation } from './presentation'
import { CONTRAST_KEY } from './use-high-contrast'

const data = loadDataset()
const deck = () => screen.findByRole('dialog', { name: 'Presentation' }, { timeout: 5000 })
const currentSlide = () => document.querySelector('.slide--current') as HTMLElement
const currentTitle = () => within(currentSlide()).getByRole('heading', { level: 1 }).textContent
const press = (key: string) => fireEvent.keyDown(window, { key })
const progress = () =>
  screen.getByRole('toolbar', { name: 'Presentation controls' }).querySelector('.deck-toolbar__progress [aria-hidden]')?.textContent

afterEach(() => window.localStorage.clear())

describe('presentation at /?present=1&dims=chips', () => {
  it('builds the deck from the filters and opens on the title slide', async () => {
    renderApp('/?present=1&dims=chips')
    await deck()
    const titles = [...document.querySelectorAll('.slide')].map((s) => s.querySelector('h1')?.textContent)
    expect(titles).toEqual([
      'The US and China AI action plans of July 2025',
      'Chips & compute',
      // Chart slides lead with the finding, from the chart's text summary.
      'The widest gap is on Chips & compute: United States 9.8% against China 0%.',
      'United States (17 instrument codes on 10 provisions): mostly Export controls (35.3%), then International cooperation (17.6%). China: no provision matches the filters.',
      'Of 1 compared dimension, 1 is addressed only by the US plan (Chips & compute).',
      'Sources',
    ])
    expect(currentTitle()).toBe('The US and China AI action plans of July 2025')
    expect(progress()).toBe('1 / 6')
    expect(within(currentSlide()).getByText(/^Data as of 28 November 2026/)).toBeInTheDocument()
    expect(within(currentSlide()).getByRole('link', { name: 'http://localhost:3000/?dims=chips' })).toBeInTheDocument()
  })

  it('shows the plans’ words with section and page, and keeps described provisions out of quotes', async () => {
    const { user } = renderApp('/?present=1&dims=chips')
    await deck()
    const before = window.history.length
    await user.click(screen.getByRole('button', { name: 'Next slide' }))
    expect(window.location.search).toBe('?dims=chips&present=1&slide=2')
    expect(window.history.length).toBe(before)
    expect(currentTitle()).toBe('Chips & compute')
    const slide = currentSlide()
    expect(within(slide).getByText('Only the US plan addresses it')).toBeInTheDocument()
    const us = within(slide).getByRole('region', { name: /United States/ })
    expect(
      within(us)
        .getAllByRole('article')
        .map((a) => a.getAttribute('data-provision')),
    ).toEqual(['us-3-3-1', 'us-3-4-1'])
    // Title first, then the whole wording — not cut at "…impose export controls on…".
    for (const id of ['us-3-3-1', 'us-3-4-1']) {
      const p = data.provisions.find((x) => x.id === id)
      const article = us.querySelector(`[data-provision="${id}"]`) as HTMLElement
      expect(within(article).getByRole('heading', { level: 3 })).toHaveTextContent(p?.title ?? 'missing')
      expect(article.querySelector('blockquote')?.textContent).toBe(p?.text)
    }
    const first = us.querySelector('[data-provision="us-3-3-1"]') as HTMLElement
    expect(first.querySelector('.key__meta')?.textContent).toBe('Pillar III, section 3, p. 21')
    const cn = within(slide).getByRole('region', { name: /China/ })
    const articles = within(cn).getAllByRole('article')
    expect(articles.length).toBeGreaterThan(0)
    for (const article of articles) {
      const p = data.provisions.find((x) => x.id === article.getAttribute('data-provision'))
      expect(within(article).getByRole('heading', { level: 3 })).toHaveTextContent(p?.title ?? 'missing')
      if (p?.provenance === 'described') {
        // The badge on the slide; the description and how it was read are in the notes, not projected.
        expect(article).toHaveTextContent('Described, not quoted')
        expect(article.querySelector('blockquote')).toBeNull()
        expect(article).not.toHaveTextContent(p.summary)
      } else if (p?.nativeText && !p.text) {
        expect(article.querySelector('blockquote')?.getAttribute('lang')).toBe('zh')
      }
    }
    expect(articles.some((a) => a.getAttribute('data-provenance') === 'described')).toBe(true)
  })

  it('walks the deck with every key in the table and leaves with Esc', async () => {
    renderApp('/?present=1&dims=chips')
    await deck()
    const steps: [string, number][] = [
      ['ArrowRight', 2],
      ['ArrowLeft', 1],
      ['ArrowDown', 2],
      ['ArrowUp', 1],
      [' ', 2],
      ['PageUp', 1],
      ['PageDown', 2],
      ['n', 3],
      ['p', 2],
      ['N', 3],
      ['P', 2],
      ['Backspace', 1],
      ['End', 6],
      ['Home', 1],
    ]
    for (const [key, slide] of steps) {
      press(key)
      await waitFor(() => expect(progress(), key).toBe(`${slide} / 6`))
      expect(window.location.search).toBe(slide === 1 ? '?dims=chips&present=1' : `?dims=chips&present=1&slide=${slide}`)
    }
    press('b')
    expect(await screen.findByRole('button', { name: /Screen blanked/ })).toHaveFocus()
    press('ArrowRight')
    expect(progress()).toBe('1 / 6')
    press('.')
    await waitFor(() => expect(screen.queryByRole('button', { name: /Screen blanked/ })).toBeNull())
    press('B')
    await screen.findByRole('button', { name: /Screen blanked/ })
    press('Escape')
    await waitFor(() => expect(screen.queryByRole('button', { name: /Screen blanked/ })).toBeNull())
    press('?')
    const help = await screen.findByRole('dialog', { name: 'Keyboard and clicker keys' })
    expect(within(help).getByText('→ ↓ Space Page Down N')).toBeInTheDocument()
    press('Escape')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard and clicker keys' })).toBeNull())
    press('Escape')
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Presentation' })).toBeNull())
    expect(window.location.search).toBe('?dims=chips')
    expect(await screen.findByRole('table', { name: 'Side-by-side comparison' })).toBeInTheDocument()
  })

  it('enters from the Present button with a history entry and leaves to the same view', async () => {
    const { user } = renderApp('/?view=sources&dims=chips~robotics')
    await screen.findByRole('heading', { name: 'Sources and method', level: 1 })
    const before = window.history.length
    await user.click(screen.getByRole('button', { name: 'Present' }))
    await deck()
    expect(window.location.search).toBe('?view=sources&dims=chips~robotics&present=1')
    expect(window.history.length).toBe(before + 1)
    await user.click(screen.getByRole('button', { name: 'Next slide' }))
    await user.click(screen.getByRole('button', { name: 'Exit presentation' }))
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Presentation' })).toBeNull())
    expect(window.location.search).toBe('?view=sources&dims=chips~robotics')
    expect(screen.getByRole('button', { name: 'Present' })).toHaveFocus()
  })

  it('opens a shared link on its slide, and clamps a slide past the end with a notice', async () => {
    const first = renderApp('/?present=1&dims=chips&slide=2')
    await deck()
    expect(currentTitle()).toBe('Chips & compute')
    first.unmount()
    renderApp('/?present=1&dims=chips&slide=40')
    await deck()
    expect(
      await screen.findByText(/slide: this presentation has 6 slides, so slide 40 does not exist; showing slide 6/),
    ).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toBe('?dims=chips&present=1&slide=6'))
    expect(currentTitle()).toBe('Sources')
  })

  it('shows speaker notes with the full texts behind the quotes', async () => {
    renderApp('/?present=1&dims=chips&slide=2')
    await deck()
    // S opens the speaker window; jsdom has no windows (window.open gives nothing), as when a
    // browser blocks the pop-up: the notes open beside the slide and say why.
    press('s')
    const notes = await screen.findByRole('complementary', { name: 'Speaker notes' })
    expect(within(notes).getByRole('status')).toHaveTextContent('The browser blocked the speaker window, so the notes are shown here')
    const full = data.provisions.find((p) => p.id === 'us-3-3-1')?.text ?? 'missing'
    expect(within(notes).getByText(full)).toBeInTheDocument()
    expect(within(notes).getByText(data.comparisons.find((c) => c.dimensionId === 'chips')?.note ?? 'missing')).toBeInTheDocument()
    expect(within(notes).getByText('Next: Emphasis by dimension')).toBeInTheDocument()
    press('S')
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Speaker notes' })).toBeNull())
  })

  it('remembers the high-contrast theme in this browser, not in the link', async () => {
    const { user, unmount } = renderApp('/?present=1&dims=chips')
    const dialog = await deck()
    await user.click(screen.getByRole('button', { name: 'High contrast' }))
    expect(dialog).toHaveClass('deck--contrast')
    expect(screen.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true')
    expect(window.localStorage.getItem(CONTRAST_KEY)).toBe('high')
    expect(window.location.search).toBe('?dims=chips&present=1')
    unmount()
    renderApp('/?present=1&dims=chips')
    expect(await deck()).toHaveClass('deck--contrast')
  })

  it('shows the focused chart on its chart slide, from the charts feature', async () => {
    renderApp('/?present=1&dims=chips&chart=convergence&slide=3')
    await deck()
    expect(currentTitle()).toBe('Of 1 compared dimension, 1 is addressed only by the US plan (Chips & compute).')
    expect(await within(currentSlide()).findByRole('figure', { name: 'Convergence' }, { timeout: 5000 })).toBeInTheDocument()
  })

  it('names the chart and links to it when no chart renderer is available', async () => {
    window.history.replaceState(null, '', '/?present=1&dims=chips&chart=emphasis&slide=3')
    useUrlStore.getState().syncFromLocation()
    render(<Presentation dataset={data} renderChart={() => null} />)
    const link = within(currentSlide()).getByRole('link', { name: 'Emphasis by dimension' })
    expect(link).toHaveAttribute('href', 'http://localhost:3000/charts/emphasis/?dims=chips')
    expect(currentSlide()).toHaveTextContent('The chart “Emphasis by dimension” is not available in this presentation.')
  })
})

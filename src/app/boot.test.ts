/**
 * public/boot.js, the first script of the page: it decides whether the URL is the pre-rendered
 * default view ("show") or anything else ("skip", which hides it), and when to load the app.
 * The shipped file is evaluated as is, with the browser globals it uses passed in.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const source = readFileSync(path.resolve(__dirname, '../../public/boot.js'), 'utf8')

interface Boot {
  html: HTMLElement
  head: HTMLHeadElement
  fire(event: 'load'): void
  /** Runs the pending timers, frames and the LCP observer's callback (if observed). */
  flush(): void
  paint(): void
}

function boot(url: string, attrs: Record<string, string>, options: { lcpApi?: boolean } = {}): Boot {
  const doc = document.implementation.createHTMLDocument('')
  for (const [name, value] of Object.entries(attrs)) doc.documentElement.setAttribute(name, value)
  const listeners: Record<string, (() => void)[]> = {}
  let queue: (() => void)[] = []
  const observers: (() => void)[] = []
  class FakeObserver {
    static supportedEntryTypes = options.lcpApi === false ? ['paint'] : ['paint', 'largest-contentful-paint']
    constructor(private readonly callback: (list: unknown, observer: FakeObserver) => void) {}
    observe() {
      observers.push(() => this.callback({}, this))
    }
    disconnect() {}
  }
  const location = new URL(url, 'https://parallax.example')
  const run = new Function(
    'window',
    'document',
    'location',
    'addEventListener',
    'requestAnimationFrame',
    'setTimeout',
    'PerformanceObserver',
    source,
  )
  run(
    { PerformanceObserver: FakeObserver },
    doc,
    location,
    (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
    (fn: () => void) => queue.push(fn),
    (fn: () => void) => queue.push(fn),
    FakeObserver,
  )
  const flush = () => {
    while (queue.length) {
      const pending = queue
      queue = []
      pending.forEach((fn) => fn())
    }
  }
  return {
    html: doc.documentElement,
    head: doc.head,
    fire: (type) => listeners[type]?.forEach((fn) => fn()),
    flush,
    paint: () => {
      observers.splice(0).forEach((fn) => fn())
      flush()
    },
  }
}

const built = {
  'data-prerender-path': '/',
  'data-entry': '/assets/index-abc.js',
  'data-modulepreload': '/assets/rt-1.js /assets/rt-2.js',
  'data-preload-fetch': '/api/v1/dataset.json',
}

const loaded = (b: Boot) =>
  [...b.head.querySelectorAll('link, script')].map(
    (el) =>
      `${el.tagName.toLowerCase()} ${['rel', 'type', 'as', 'href', 'src']
        .map((a) => el.getAttribute(a))
        .filter(Boolean)
        .join(' ')}`,
  )

describe('boot.js: which links show the pre-rendered default view', () => {
  it.each([
    ['/', 'show'],
    ['/#main', 'show'],
    ['/?', 'show'],
    ['/?dims=chips', 'skip'],
    ['/?view=charts', 'skip'],
    ['/?sel=us-1-1-1', 'skip'],
    // Not the canonical URL: the app rewrites it, so it is treated like any other link.
    ['/?view=compare', 'skip'],
    ['/?utm_source=x', 'skip'],
    ['/index.html', 'skip'],
    ['/other/', 'skip'],
  ])('%s → %s', (url, expected) => {
    expect(boot(url, built).html.getAttribute('data-prerender')).toBe(expected)
  })

  it('uses the base path the build rendered for', () => {
    expect(boot('/parallax/', { ...built, 'data-prerender-path': '/parallax/' }).html.getAttribute('data-prerender')).toBe('show')
    expect(boot('/', { ...built, 'data-prerender-path': '/parallax/' }).html.getAttribute('data-prerender')).toBe('skip')
  })

  it('skips when the page has no pre-render (the dev server)', () => {
    const b = boot('/', {})
    expect(b.html.getAttribute('data-prerender')).toBe('skip')
    expect(loaded(b)).toEqual([])
  })
})

describe('boot.js: when the app loads', () => {
  it('loads data, module preloads and the entry at once for any other link', () => {
    const b = boot('/?dims=chips', built)
    expect(loaded(b)).toEqual([
      'link preload fetch /api/v1/dataset.json',
      'link modulepreload /assets/rt-1.js',
      'link modulepreload /assets/rt-2.js',
      'script module /assets/index-abc.js',
    ])
    expect(b.head.querySelector('script')?.getAttribute('crossorigin')).toBe('')
    expect(b.head.querySelector('link[as=fetch]')?.getAttribute('crossorigin')).toBe('anonymous')
  })

  it('for the default view, waits for the load event and the largest paint', () => {
    const b = boot('/', built)
    b.flush()
    expect(loaded(b)).toEqual([])
    b.fire('load')
    expect(loaded(b)).toEqual([]) // the 1 s fallback timer is queued, not yet due
    b.paint()
    expect(loaded(b)).toHaveLength(4)
    expect(loaded(b).at(-1)).toBe('script module /assets/index-abc.js')
  })

  it('falls back to the next frame without the LCP API, and loads only once', () => {
    const b = boot('/', built, { lcpApi: false })
    b.fire('load')
    b.flush()
    expect(loaded(b)).toHaveLength(4)
    b.fire('load')
    b.flush()
    expect(loaded(b)).toHaveLength(4)
  })
})

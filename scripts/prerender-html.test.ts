import { describe, expect, it } from 'vitest'
import { cspProblems, deferAppLoading, injectPage, injectPrerender, notFoundPage } from './prerender-html'

const built = `<!doctype html>
<html lang="en">
  <head>
    <link rel="preload" href="/api/v1/dataset.json" as="fetch" crossorigin="anonymous" />
    <script src="/boot.js"></script>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-x.js">
    <link rel="stylesheet" crossorigin href="/assets/index-def.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

describe('cspProblems', () => {
  it('accepts what React renders for the default view', () => {
    expect(
      cspProblems('<table class="matrix" data-plans="2" aria-label="Side-by-side comparison"><tr><td>open weights</td></tr></table>'),
    ).toEqual([])
  })

  it('names style attributes, script and style elements and inline handlers', () => {
    expect(cspProblems('<table style="--plans:2">')).toEqual(["a style attribute (style-src is 'self'; use a class or a data attribute)"])
    expect(cspProblems('<div><script>x()</script><style>p{}</style></div>')).toEqual(['a <script> element', 'a <style> element'])
    expect(cspProblems('<button onclick="x()">')).toEqual(['an inline event handler'])
  })

  it('does not mistake text for attributes', () => {
    expect(cspProblems('<p>onion=3, style=bold</p>')).toEqual([])
  })
})

describe('injectPrerender', () => {
  const app = '<div class="app"><header>H</header><main id="main" tabindex="-1"><div class="layout">A $& $1</div></main></div>'

  it('puts the view in #root, the skeleton first in its <main>, the path on <html>', () => {
    const html = injectPrerender(built, { app, skeleton: '<div class="skeleton">S</div>' }, '40a38-1332a00f2e794f', '/')
    expect(html).toContain('<html data-prerender-path="/" lang="en">')
    // `$&` and `$1` in the markup stay as they are (no replacement patterns).
    expect(html).toContain(
      '<div id="root" data-prerender-data="40a38-1332a00f2e794f"><div class="app"><header>H</header><main id="main" tabindex="-1"><div id="boot-skeleton" class="boot-skeleton"><div class="skeleton">S</div></div><div class="layout">A $& $1</div></main></div></div>',
    )
  })

  it('fails loudly when index.html has no empty #root or the view no single <main>', () => {
    expect(() => injectPrerender(built.replace('<div id="root"></div>', '<div id="app"></div>'), { app, skeleton: '' }, 'x', '/')).toThrow(
      'no empty <div id="root"></div>',
    )
    expect(() => injectPrerender(built, { app: '<div class="app"></div>', skeleton: '' }, 'x', '/')).toThrow(
      'expected one <main> in the rendered view, found 0',
    )
  })
})

describe('deferAppLoading', () => {
  it('moves the entry, module preloads and the data preload to <html> for boot.js', () => {
    const html = deferAppLoading(built)
    expect(html).toContain(
      '<html data-entry="/assets/index-abc.js" data-modulepreload="/assets/rolldown-runtime-x.js" data-preload-fetch="/api/v1/dataset.json" lang="en">',
    )
    expect(html).not.toContain('type="module"')
    expect(html).not.toContain('rel="modulepreload"')
    expect(html).not.toContain('rel="preload"')
    expect(html).toContain('<script src="/boot.js"></script>')
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/index-def.css">')
  })

  it('fails loudly unless there is exactly one entry script', () => {
    expect(() => deferAppLoading(built.replace(/<script type="module"[^>]*><\/script>/, ''))).toThrow(
      'expected one module script in index.html, found 0',
    )
  })
})

describe('injectPage', () => {
  const finished = `<!doctype html>
<html data-prerender-path="/" lang="en" data-entry="/assets/index.js">
  <head>
    <title>Parallax</title>
    <meta
      name="description"
      content="Compare"
    />
    <meta property="og:type" content="website" />
    <meta property="og:title" content="Parallax" />
    <meta name="twitter:card" content="summary_large_image" />
    <script src="/boot.js"></script>
  </head>
  <body>
    <div id="root" data-prerender-data="fp-1"><div class="app"><main id="main">default view</main></div></div>
  </body>
</html>`
  const page = {
    path: '/provisions/us-3-3-1/',
    head: '<title>A $& page</title>',
    app: '<div class="app"><main id="main" tabindex="-1">the page $1</main></div>',
  }

  it('swaps the template’s metadata for the page’s, sets the path and replaces #root', () => {
    const html = injectPage(finished, page, '<p>S</p>')
    expect(html).not.toContain('og:type')
    expect(html).not.toContain('twitter:card')
    expect(html).not.toContain('content="Compare"')
    expect(html.match(/<title>/g)).toHaveLength(1)
    expect(html).toContain('<title>A $& page</title>\n  </head>')
    expect(html).toContain('<html data-prerender-path="/provisions/us-3-3-1/" lang="en" data-entry="/assets/index.js">')
    expect(html).toContain(
      '<div id="root" data-prerender-data="fp-1" data-prerender-page=""><div class="app"><main id="main" tabindex="-1"><div id="boot-skeleton" class="boot-skeleton"><p>S</p></div>the page $1</main></div></div>\n  </body>',
    )
    expect(html).not.toContain('default view')
    expect(html).toContain('<script src="/boot.js"></script>')
  })

  it('throws when the template is not the finished index.html', () => {
    expect(() => injectPage(finished.replace(' data-prerender-path="/"', ''), page, '')).toThrow(/data-prerender-path/)
    expect(() => injectPage(finished, { ...page, app: '<div></div>' }, '')).toThrow(/one <main>/)
  })

  it('makes a 404 page that is not indexed', () => {
    expect(notFoundPage(finished)).toContain('<title>Page not found — Parallax</title>\n    <meta name="robots" content="noindex" />')
  })
})

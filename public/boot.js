/* global window, document, location, addEventListener, requestAnimationFrame */
/*
 * The page's first script: tiny, render-blocking, external (the CSP allows only 'self' scripts).
 * The build pre-renders the default Compare view into index.html (scripts/vite-prerender.ts).
 *
 * 1. Any other link (filters, another view, another path) must never show that view, not even for
 *    a frame: mark <html data-prerender="skip"> and CSS (src/app/prerender.css) shows a loading
 *    skeleton instead. "show" keeps the pre-rendered view; the app hydrates it (src/app/mount.tsx).
 * 2. Load the app's code and data, which the build lists on <html> instead of in tags: at once for
 *    "skip" (nothing useful paints without them); for "show", once the page has loaded and its
 *    largest paint is on screen, so the pre-rendered view has the network and the CPU to itself
 *    (hydration can wait a frame).
 *
 * Tested in src/app/boot.test.ts.
 */
;(function () {
  var html = document.documentElement
  var path = html.getAttribute('data-prerender-path')
  var show = path !== null && location.pathname === path && location.search === ''
  html.setAttribute('data-prerender', show ? 'show' : 'skip')

  var entry = html.getAttribute('data-entry')
  if (!entry) return
  function add(tag, attrs) {
    var el = document.createElement(tag)
    for (var name in attrs) el.setAttribute(name, attrs[name])
    document.head.appendChild(el)
  }
  function load() {
    var data = html.getAttribute('data-preload-fetch')
    if (data) add('link', { rel: 'preload', href: data, as: 'fetch', crossorigin: 'anonymous' })
    var modules = (html.getAttribute('data-modulepreload') || '').split(' ')
    for (var i = 0; i < modules.length; i++) if (modules[i]) add('link', { rel: 'modulepreload', href: modules[i], crossorigin: '' })
    add('script', { type: 'module', src: entry, crossorigin: '' })
  }
  if (!show) return load()
  // After the page has loaded and its largest paint is on screen (the entry is queued once the
  // frame is presented); a timer covers browsers without the API and hidden tabs, which never paint.
  var started = false
  function start() {
    if (started) return
    started = true
    setTimeout(load, 0)
  }
  addEventListener('load', function () {
    setTimeout(start, 1000)
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || []
    if (types.indexOf('largest-contentful-paint') < 0) return requestAnimationFrame(start)
    new PerformanceObserver(function (list, observer) {
      observer.disconnect()
      start()
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  })
})()

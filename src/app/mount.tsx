/**
 * Takes over #root. The build pre-renders the default Compare view into index.html
 * (scripts/vite-prerender.ts), and public/boot.js, which runs before first paint, marks
 * `<html data-prerender="show">` when the URL is exactly that view's, `"skip"` otherwise (CSS then
 * hides the pre-render and shows a loading skeleton). Here:
 *
 * - `show`: wait for the dataset (fetched and validated off the main thread), then hydrate the
 *   markup in a transition — React keeps the DOM and works in 5 ms slices, so nothing moves and no
 *   long task blocks input. Only when the payload's fingerprint equals the one the markup was
 *   rendered from; a different payload (a newer deploy, a stale cache) renders afresh instead.
 *   Boxes ticked and text typed before hydration are then replayed (replay-input.ts).
 * - `skip` or a failed load: wait until the data has settled, then render afresh in a transition
 *   (5 ms slices); without a pre-render (dev server), at once. Until React commits, the pre-rendered markup shows
 *   only its header and the loading skeleton; the commit replaces it in one frame (no blank frame,
 *   no flash of the pre-rendered view).
 *
 * - a permanent page (`#root[data-prerender-page]`, docs/url-contract.md "Permanent pages"): its
 *   markup stays on screen until the app, rendered afresh once the data has settled, replaces it.
 *
 * `<html data-app="hydrated|rendered">` is set after the first commit (tests and the bench wait for it).
 */
import { startTransition } from 'react'
import { datasetFingerprint, datasetQueryOptions } from '../api/dataset'
import { createQueryClient } from './query-client'
import { replayEarlyInput } from './replay-input'
import { Root } from './root'

export function mount(container: HTMLElement): void {
  const html = document.documentElement
  const client = createQueryClient()
  const mounted = (how: 'hydrated' | 'rendered') => () => html.setAttribute('data-app', how)
  const prerendered = container.getAttribute('data-prerender-data')
  // React DOM's client (~220 KB) is its own chunk: it downloads with the data and is evaluated in
  // its own task, so no single task at start-up runs all the code.
  const dom = import('react-dom/client')

  /** Once the data has settled (loaded or failed), a fresh render in 5 ms slices. React clears the pre-rendered markup when it commits. */
  const renderAfresh = async () => {
    const { createRoot } = await dom
    const root = createRoot(container)
    // Un-hides #root's content (src/app/prerender.css) in the commit that replaces it, before it paints.
    const committed = () => container.removeAttribute('data-prerender-data')
    startTransition(() => root.render(<Root queryClient={client} onCommitted={committed} onMounted={mounted('rendered')} />))
  }

  const data = client.prefetchQuery(datasetQueryOptions())
  if (prerendered === null) {
    // No pre-render (the dev server): nothing is on screen yet, so the app's own skeleton first.
    void renderAfresh()
    return
  }
  // A permanent page (/provisions/…/ etc.) is not the app's own markup: the app replaces it, in one
  // commit once the data has settled, rather than hydrating it.
  if (html.getAttribute('data-prerender') !== 'show' || container.hasAttribute('data-prerender-page')) {
    // The pre-rendered loading skeleton is on screen: render once, with the data, rather than the
    // same skeleton again. A failed load stays in the query cache; the app shows it with Retry.
    void data.then(renderAfresh)
    return
  }
  Promise.all([client.fetchQuery(datasetQueryOptions()), dom]).then(([dataset, { hydrateRoot }]) => {
    if (datasetFingerprint(dataset) !== prerendered) return renderAfresh()
    document.getElementById('boot-skeleton')?.remove()
    const hydrated = () => {
      replayEarlyInput(container)
      mounted('hydrated')()
    }
    startTransition(() => {
      hydrateRoot(container, <Root queryClient={client} onMounted={hydrated} />)
    })
  }, renderAfresh)
}

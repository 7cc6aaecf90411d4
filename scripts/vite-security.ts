/**
 * Security headers for the static build: a Content-Security-Policy meta that allows only this
 * origin (no inline scripts) and a referrer policy. Only in the build: the dev server needs
 * inline scripts for hot reload.
 */
import type { Plugin } from 'vite'

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

export function securityMeta(): Plugin {
  return {
    name: 'parallax-security-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    },
  }
}

/** Development only: serve MSW's worker script from mocks/ so it never ships in dist/. */
export function mswWorkerInDev(): Plugin {
  return {
    name: 'parallax-msw-worker-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        void import('node:fs/promises').then(async (fs) => {
          res.setHeader('Content-Type', 'text/javascript')
          res.end(await fs.readFile(new URL('../mocks/mockServiceWorker.js', import.meta.url)))
        })
      })
    },
  }
}

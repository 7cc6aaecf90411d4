/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { datasetApi } from './scripts/vite-dataset-api.ts'
import { ogImages } from './scripts/vite-og-images.ts'
import { prerender } from './scripts/vite-prerender.ts'
import { mswWorkerInDev, securityMeta } from './scripts/vite-security.ts'

export default defineConfig({
  plugins: [
    react(),
    datasetApi(),
    // The default Compare view as HTML in index.html (docs/performance.md).
    prerender(),
    // A 1200×630 preview image per provision, event, dimension, chart and plan (scripts/og-images.ts).
    ogImages(),
    securityMeta(),
    mswWorkerInDev(),
    // Offline after the first visit: a Workbox service worker precaching the build and the dataset
    // (content-hashed revisions, so a new build replaces both). Registered by src/app/service-worker.ts.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: null,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2,json}'],
        // The permanent pages are for readers without the app and for crawlers; offline, the app
        // (index.html, the navigate fallback) shows every one of their paths itself.
        globIgnores: [
          '**/manifest.json',
          '**/.vite/**',
          '404.html',
          '{provisions,events,dimensions,charts,plans}/**',
          // Archived data versions are fetched only when a link names one (v=), never precached.
          '**/api/v1/versions/**',
        ],
        navigateFallback: 'index.html',
        // Files opened by address (feeds, sitemap, robots.txt, API files, images) are never the app.
        navigateFallbackDenylist: [/\.(?:atom|xml|txt|json|png|svg|csv)$/i],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600, manifest: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
    css: false,
    testTimeout: 20000,
  },
})

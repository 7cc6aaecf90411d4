import { defineConfig } from '@playwright/test'
import { chromePath, chromiumArgs } from './tests/chromium'

/** E2E_PORT lets two checkouts run their suites side by side; CI uses 4173. */
const port = Number(process.env.E2E_PORT ?? 4173)

/** End-to-end tests drive the production build (`npm run build` first) in Debian's Chromium. */
export default defineConfig({
  testDir: './tests/e2e',
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    launchOptions: { executablePath: chromePath, args: chromiumArgs },
    trace: 'off',
    // The app registers its service worker in every production build. A worker would answer
    // requests before page.route sees them, so specs run without one; the offline spec opts in
    // with test.use({ serviceWorkers: 'allow' }).
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})

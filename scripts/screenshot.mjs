// Takes the README screenshot of the production build: node scripts/screenshot.mjs (after npm run build).
import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'

const server = spawn('node', ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', '4175', '--strictPort'], {
  stdio: 'ignore',
})
await new Promise((r) => setTimeout(r, 1500))
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 }, deviceScaleFactor: 1 })
  await page.goto('http://127.0.0.1:4175/?dims=chips~open-weights~robotics&sel=us-3-3-1')
  await page.getByRole('table', { name: 'Side-by-side comparison' }).waitFor()
  await page.waitForTimeout(300)
  await page.screenshot({ path: 'docs/screenshot.png' })
} finally {
  await browser.close()
  server.kill()
}

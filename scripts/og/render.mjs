// Renders public/og-card.png (the link-preview image) from og-card.html: node scripts/og/render.mjs
import { chromium } from 'playwright-core'
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
})
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } })
await page.goto(new URL('./og-card.html', import.meta.url).href)
await page.screenshot({ path: 'public/og-card.png' })
await browser.close()

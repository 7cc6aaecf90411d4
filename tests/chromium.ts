/** Debian's Chromium and the flags it needs headless on this machine (TOOLCHAIN.md §4, §5). */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

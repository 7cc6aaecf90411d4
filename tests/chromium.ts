/**
 * Debian's Chromium and the flags it needs to run headless in a container as root: no sandbox, no
 * GPU, a disk-backed /dev/shm, and nothing that phones home (QUIC, sync, component updates,
 * background networking) — the app's tests require that no request leaves the origin.
 */
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

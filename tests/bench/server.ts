/**
 * Starts `vite preview` as one node process and stops exactly that PID. Not through npx: npx runs
 * npm → sh → node, so killing the npx PID would leave vite orphaned and still listening.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export interface PreviewServer {
  url: string
  pid: number
  stop(): Promise<void>
}

const running = new Set<ChildProcess>()

// If the bench is interrupted, do not leave servers listening.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    running.forEach((c) => c.pid && process.kill(c.pid, 'SIGTERM'))
    process.exit(130)
  })
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}:\n${log()}`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s:\n${log()}`)
}

export async function startPreview(root: string, outDir: string, port: number): Promise<PreviewServer> {
  const vite = path.join(root, 'node_modules/vite/bin/vite.js')
  const args = [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir]
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const url = `http://127.0.0.1:${port}`
  const pid = child.pid ?? -1
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise<void>((r) => child.once('exit', () => r()))
    process.kill(pid, 'SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGKILL')
    running.delete(child)
  }
  try {
    await waitForHttp(`${url}/`, child, () => output)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, pid, stop }
}

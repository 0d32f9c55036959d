/**
 * The production app for the web benchmarks: `BENCH_URL` when a server is already running,
 * otherwise `scripts/start.sh` (migrate, seed, build when any source is newer than the last build,
 * `next start`) on `BENCH_PORT` (default 3300), stopped again when the benchmark ends.
 */
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'

export interface App {
  url: string
  stop: () => void
}

const root = resolve(__dirname, '../..')

async function waitUntilUp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs / 1000} s`)
}

export async function startApp(): Promise<App> {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL.replace(/\/$/, ''), stop: () => {} }
  const port = Number(process.env.BENCH_PORT ?? 3300)
  const url = `http://localhost:${port}`
  console.log(`starting the app on ${url} (scripts/start.sh builds first if the build is stale)…`)
  const child = spawn('bash', ['scripts/start.sh'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true, // its own process group, so stop() ends next start and its workers together
  })
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
  }
  try {
    await waitUntilUp(url, 20 * 60_000) // a cold build on a loaded two-core machine takes minutes
  } catch (e) {
    stop()
    throw e
  }
  return { url, stop }
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/**
 * Node-only helpers for tests that hand our files to the real Wireshark dissectors. Never import
 * this from library code: it spawns processes and writes files.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const TSHARK = process.env.TSHARK ?? 'tshark'

/** tshark takes about a second to start, several on a loaded CI machine: more than vitest's 5 s default. */
export const TSHARK_TIMEOUT = { timeout: 60_000 }

/** Throws a message that says how to get tshark when it is missing. */
export function requireTshark(): void {
  try {
    execFileSync(TSHARK, ['--version'], { stdio: 'pipe' })
  } catch {
    throw new Error(
      'tshark is not installed, and the pcap tests need the real Wireshark dissectors: ' +
        'run `apt-get install tshark` (npm test installs it through scripts/ensure-deps.sh).',
    )
  }
}

let tempDir: string | undefined
let written = 0

/**
 * Writes bytes to a new temporary .pcap file and returns its path. The files share one folder per
 * test file, which each test file deletes with `afterAll(removeTempPcaps)`.
 */
export function writeTempPcap(bytes: Uint8Array, name = 'capture.pcap'): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'handshake-pcap-'))
  const path = join(tempDir, `${++written}-${name}`)
  writeFileSync(path, bytes)
  return path
}

/** Deletes the files writeTempPcap wrote; the next write starts a new folder. */
export function removeTempPcaps(): void {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true })
  tempDir = undefined
}

/** Preferences every test reads with: verify checksums, relative numbers, full TCP analysis. */
const PREFS = [
  'tcp.check_checksum:TRUE',
  'ip.check_checksum:TRUE',
  'tcp.relative_sequence_numbers:TRUE',
  'tcp.analyze_sequence_numbers:TRUE',
]

/** One row per frame matching `filter` (all frames when absent), one string per field. */
export function tsharkFields(path: string, fields: readonly string[], filter?: string): string[][] {
  const args = ['-r', path, '-n', ...PREFS.flatMap((p) => ['-o', p]), '-T', 'fields', '-E', 'separator=\t']
  for (const f of fields) args.push('-e', f)
  if (filter) args.push('-Y', filter)
  const out = execFileSync(TSHARK, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  return out
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'))
}

/** Frame numbers (1-based) that match a display filter. */
export const framesMatching = (path: string, filter: string): number[] =>
  tsharkFields(path, ['frame.number'], filter).map(([n]) => Number(n))

/**
 * `npm run bench`: bundles bench/run.ts with esbuild into one module and runs it in a fresh Node.
 *
 * Why bundle: the learner's browser runs the engine from Next's production bundle, where the
 * engine's modules are concatenated and an imported function is a plain call. Under tsx every
 * module is compiled on its own and each imported binding is read through a getter, which costs
 * ~30% of the engine's time on its hot paths and is not what any user runs. `npm run bench --
 * --unbundled` runs the same figures under tsx for comparison.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildSync } from 'esbuild'

const root = resolve(__dirname, '..')
const entry = join(root, 'bench/run.ts')
const unbundled = process.argv.includes('--unbundled')

function run(cmd: string, args: string[]): number {
  return spawnSync(cmd, args, { stdio: 'inherit', cwd: root }).status ?? 1
}

if (unbundled) {
  process.exitCode = run(process.execPath, ['--import', 'tsx', entry, 'unbundled (tsx)'])
} else {
  const dir = mkdtempSync(join(tmpdir(), 'handshake-bench-'))
  try {
    const outfile = join(dir, 'bench.mjs')
    buildSync({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      alias: { '@': root },
      logLevel: 'warning',
    })
    process.exitCode = run(process.execPath, [outfile, 'bundled (esbuild, as in the browser)'])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

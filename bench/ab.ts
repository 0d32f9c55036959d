/**
 * `npx tsx bench/ab.ts <git-ref> [runs]`: the engine at <git-ref> against the working tree, in one
 * process, interleaved run by run, best CPU time of `runs` (default 6). On a shared machine wall
 * time moves 2-4x with load between two `npm run bench` runs; interleaving in one process and
 * comparing CPU time is what made the issue-#3 figures comparable. Prints figures, asserts nothing.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as current from '@/lib/tcp'
import { synFloodLoad } from '@/lib/scenarios/reference/load'
import { bulk } from './engine'
import { timed } from './measure'

type Engine = typeof current

/** The smallest of `make(start), make(2·start), …` whose run emits at least `events` trace events. */
function atLeast(
  e: Engine,
  make: (n: number) => current.ScenarioInput,
  start: number,
): current.ScenarioInput {
  for (let n = start; ; n *= 2) if (e.runScenario(make(n)).trace.length >= 10_000) return make(n)
}

/** 50 scattered seeks on a new Replay; the worst one's CPU milliseconds. */
function worstSeek(e: Engine, s: current.ScenarioInput): number {
  const replay = new e.Replay(s)
  let worst = 0
  for (let i = 0; i < 50; i++) worst = Math.max(worst, timed(() => replay.at((i * 7919) % 10_000)).cpuMs)
  return worst
}

const CASES: Record<string, (e: Engine) => () => void> = {
  'bulk 50 MB, runScenario': (e) => () => e.runScenario(bulk(50_000_000)),
  'SYN flood 100 000, runScenario': (e) => () => e.runScenario(synFloodLoad(100_000)),
  'SYN flood 10 000, runScenario': (e) => () => e.runScenario(synFloodLoad(10_000)),
  'bulk: Replay to event 10 000': (e) => {
    const s = atLeast(e, bulk, 1_000_000)
    return () => new e.Replay(s).at(9_999)
  },
  'flood: Replay to event 10 000': (e) => {
    const s = atLeast(e, synFloodLoad, 500)
    return () => new e.Replay(s).at(9_999)
  },
}
const SEEKS: Record<string, (e: Engine) => current.ScenarioInput> = {
  'bulk: worst of 50 seeks': (e) => atLeast(e, bulk, 1_000_000),
  'flood: worst of 50 seeks': (e) => atLeast(e, synFloodLoad, 500),
}

async function main(): Promise<void> {
  const ref = process.argv[2]
  const runs = Number(process.argv[3] ?? 6)
  if (!ref) throw new Error('usage: npx tsx bench/ab.ts <git-ref> [runs]')
  const root = resolve(__dirname, '..')
  const dir = mkdtempSync(join(tmpdir(), 'engine-ab-'))
  execFileSync(
    'sh',
    ['-c', `git archive ${JSON.stringify(ref)} lib/tcp | tar -x -C ${JSON.stringify(dir)}`],
    {
      cwd: root,
    },
  )
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  const old = (await import(join(dir, 'lib/tcp/index.ts'))) as Engine
  console.log(`CPU ms, best of ${runs}, interleaved: ${ref} vs working tree`)
  const row = (label: string, a: number, b: number) =>
    console.log(`  ${label.padEnd(40)} ${a.toFixed(1).padStart(8)} → ${b.toFixed(1).padStart(8)}`)
  for (const [label, make] of Object.entries(CASES)) {
    const fa = make(old)
    const fb = make(current)
    fa()
    fb()
    let a = Infinity
    let b = Infinity
    for (let i = 0; i < runs; i++) {
      a = Math.min(a, timed(fa).cpuMs)
      b = Math.min(b, timed(fb).cpuMs)
    }
    row(label, a, b)
  }
  for (const [label, make] of Object.entries(SEEKS)) {
    const sa = make(old)
    const sb = make(current)
    const wa: number[] = []
    const wb: number[] = []
    for (let i = 0; i < runs + 2; i++) {
      wa.push(worstSeek(old, sa))
      wb.push(worstSeek(current, sb))
    }
    // Median over passes: a single pass's worst seek is mostly the machine's noise.
    const median = (x: number[]) => x.slice(2).sort((p, q) => p - q)[Math.floor(runs / 2)]
    row(`${label} (median pass)`, median(wa), median(wb))
  }
  rmSync(dir, { recursive: true, force: true })
}

void main()

import { describe, expect, it } from 'vitest'
import { goldenScenarios } from '@/lib/scenarios'
import { type ScenarioInput } from '../scenario/schema'
import { CHECKPOINT_EVENTS, Replay, runScenario, toScenario } from './runner'
import { snapshotWorld } from './snapshot'
import { World } from './world'

const bytesAsHex = (_k: string, v: unknown) =>
  v instanceof Uint8Array ? Buffer.from(v.buffer, v.byteOffset, v.length).toString('hex') : v
const json = (x: unknown) => JSON.stringify(x, bytesAsHex)

const runToEnd = (w: World) => {
  while (w.step()) {
    /* run */
  }
  return w
}

const lossy = (seed: number): ScenarioInput => ({
  name: `lossy-${seed}`,
  seed,
  hosts: { client: { ip: '10.0.0.1' }, server: { ip: '10.0.0.2', profile: 'rfc' } },
  network: { latencyMs: 20, jitterMs: 7, loss: 0.1 },
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80 },
        { on: { received: 9000 }, do: 'send', bytes: 7000 },
        { on: 'eof', do: 'close' },
      ],
    },
    {
      host: 'client',
      actions: [
        { at: 1, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', do: 'send', bytes: 9000 },
        { on: { received: 7000 }, do: 'close' },
      ],
    },
  ],
  faults: [
    { kind: 'duplicate', match: {}, nth: 3 },
    { kind: 'reorder', match: { payload: true }, nth: 2 },
  ],
})

// The golden runs except the long load runs, which the golden test already pins mid-run.
const golden = goldenScenarios().filter((e) => e.topic !== 'engine-load')
const cases: ScenarioInput[] = [...golden.map((e) => e.scenario), lossy(7), lossy(8)]

describe('World.fork', () => {
  for (const input of cases) {
    it(`${input.name}: a fork taken at any step continues exactly like the original`, () => {
      const s = toScenario(input)
      const full = runToEnd(new World(s))
      const expected = json(full.trace)
      const steps = full.steps
      for (const at of [0, 1, Math.floor(steps / 3), Math.floor((2 * steps) / 3), steps - 1]) {
        const w = new World(s)
        while (w.steps < at && w.step()) {
          /* advance */
        }
        const f = w.fork()
        runToEnd(f)
        runToEnd(w)
        expect(json(f.trace)).toBe(expected)
        expect(json(w.trace)).toBe(expected) // the original is untouched by its fork
        expect(snapshotWorld(f)).toEqual(snapshotWorld(full))
      }
    })
  }
})

/** A SYN flood against a small backlog: over 11 000 trace events. */
const flood: ScenarioInput = {
  name: 'flood',
  hosts: { attacker: { ip: '10.0.0.66' }, server: { ip: '10.0.0.2' } },
  apps: [{ host: 'server', actions: [{ do: 'listen', port: 80, backlog: 16, at: 0 }] }],
  faults: [
    { kind: 'syn-flood', from: 'attacker', to: 'server', port: 80, at: 0, ratePerSec: 100_000, count: 3000 },
  ],
}

describe('Replay checkpoints', () => {
  it('seeks backwards and forwards to the same snapshot a fresh run reaches', () => {
    const s = lossy(11)
    const n = runScenario(s).trace.length
    const replay = new Replay(s)
    replay.at(n - 1)
    for (const i of [n - 1, 3, Math.floor(n / 2), 1, n - 2, Math.floor(n / 3), 0]) {
      const fresh = runScenario(s, { untilEvent: i })
      const got = replay.at(i)
      expect(json(got.trace)).toBe(json(fresh.trace))
      expect(got.snapshot).toEqual(fresh.snapshot)
    }
  })

  it('primed a slice at a time, it holds a checkpoint for every stretch of the run and seeks exactly', () => {
    const s = flood
    const whole = runScenario(s)
    const n = whole.trace.length
    const replay = new Replay(s)
    let slices = 0
    while (!replay.prime()) slices++
    expect(slices).toBeGreaterThanOrEqual(Math.floor(n / CHECKPOINT_EVENTS) - 1)
    const kept = replay.checkpointCount
    expect(kept).toBeGreaterThanOrEqual(3)
    for (const i of [n - 1, Math.floor(n / 2), 3, Math.floor(n / 3), n - 2]) {
      const fresh = runScenario(s, { untilEvent: i })
      const got = replay.at(i)
      expect(json(got.trace)).toBe(json(fresh.trace))
      expect(got.snapshot).toEqual(fresh.snapshot)
    }
    expect(replay.checkpointCount).toBe(kept) // seeks found every checkpoint they needed
    expect(replay.prime()).toBe(true)
    // Runs the 15 000-event flood seven times over: ~4 s alone on one core, more beside the other
    // vitest worker, so the default 5 s would fail on a busy machine, not on a wrong result.
  }, 20_000)

  it('priming after a seek went ahead of it, and seeking while it primes, give the same snapshots', () => {
    const s = flood
    const n = runScenario(s).trace.length
    const replay = new Replay(s)
    replay.prime(500)
    replay.at(Math.floor(n / 2)) // the seek cursor overtakes the frontier
    replay.prime(700)
    const mid = replay.at(1234)
    expect(mid.snapshot).toEqual(runScenario(s, { untilEvent: 1234 }).snapshot)
    while (!replay.prime(3000)) {
      /* prime */
    }
    expect(replay.at(n - 1).snapshot).toEqual(runScenario(s).snapshot)
  })

  it(`replays at most ${CHECKPOINT_EVENTS} events for a backward seek in a long SYN flood`, () => {
    const s = flood
    const replay = new Replay(s)
    const end = replay.at(11_000)
    const fresh = runScenario(s, { untilEvent: 4321 })
    const back = replay.at(4321)
    expect(back.snapshot.step - Math.floor(4321 / CHECKPOINT_EVENTS)).toBeGreaterThan(0)
    expect(json(back.trace)).toBe(json(fresh.trace))
    expect(back.snapshot).toEqual(fresh.snapshot)
    expect(replay.at(11_000).snapshot).toEqual(end.snapshot)
  })
})

/**
 * Engine figures through its public runner (lib/tcp/sim/runner.ts): events per second on a long
 * bulk transfer, SYN floods of 10 000 and 100 000 segments, and the time to replay a
 * 10 000-event trace to its last step (what a scrubber does when the user drags to the end).
 */
import { Replay, runScenario, type ScenarioInput } from '@/lib/tcp'
import { bulkTransfer, synFloodLoad } from '@/lib/scenarios/reference/load'
import { type Figure, measure, round, timed } from './measure'

/** One connection moving `bytes` from client to server over a clean 10 ms path, then a close. */
export const bulk = (bytes: number): ScenarioInput => bulkTransfer('bench-bulk', bytes, { latencyMs: 10 })

/**
 * Best of five: a run keeps its whole trace alive (~50 MB for the 100 000-SYN flood), and whether
 * a major GC lands inside a given run moves it by ~30%; five samples make the best one stable.
 */
function eventsPerSecond(label: string, input: ScenarioInput): Figure[] {
  let events = 0
  let steps = 0
  const t = measure(
    label,
    () => {
      const r = runScenario(input)
      events = r.trace.length
      steps = r.world.steps
    },
    5,
  )
  return [
    t,
    { label: '  → trace events', value: events, unit: 'events' },
    { label: '  → trace events/s', value: Math.round(events / (t.ms / 1000)), unit: 'events/s' },
    {
      label: '  → trace events per CPU second',
      value: Math.round(events / (t.cpuMs / 1000)),
      unit: 'events/s',
    },
    { label: '  → scheduler steps/s', value: Math.round(steps / (t.ms / 1000)), unit: 'steps/s' },
  ]
}

/** The smallest of `make(1), make(2), make(4), …` whose run emits at least `events` trace events. */
function atLeast(events: number, make: (n: number) => ScenarioInput, start: number): ScenarioInput {
  for (let n = start; ; n *= 2) {
    const s = make(n)
    if (runScenario(s).trace.length >= events) return s
  }
}

/**
 * Seeking in a run of at least 10 000 events. First the cost of one cold seek to the end (a new
 * Replay runs ~10 000 events), then 50 scattered seeks on a new Replay primed in full beforehand,
 * as the player's connection-variables panel primes its own in idle time: every seek then resumes
 * from a checkpoint. Two primed passes: the first is the first time this process resumes forked
 * worlds (V8 re-optimises for their objects); the second is what a learner scrubbing for a while
 * sees. Then one pass on an unprimed Replay, whose first forward seek runs ~8 000 events.
 */
function seeks(what: string, scenario: ScenarioInput): Figure[] {
  const last = 9_999
  const fresh = measure(`${what}: cold seek to event 10 000`, () => new Replay(scenario).at(last))
  // A slice of CHECKPOINT_EVENTS at a time, as the panel does in idle time.
  const primed = (): Replay => {
    const replay = new Replay(scenario)
    while (!replay.prime());
    return replay
  }
  const priming = measure(`${what}: priming a Replay to the end`, primed)
  const pass = (label: string, replay: Replay): Figure[] => {
    const ms: number[] = []
    let worstCpu = 0
    for (let i = 0; i < 50; i++) {
      // Dragging back and forth: a backward move resumes from the checkpoint before it.
      const t = timed(() => replay.at((i * 7919) % 10_000))
      ms.push(t.ms)
      worstCpu = Math.max(worstCpu, t.cpuMs)
    }
    ms.sort((a, b) => a - b)
    const worst = ms[ms.length - 1]
    return [
      {
        label: `${what}: worst of 50 scattered seeks, ${label}`,
        value: round(worst),
        unit: 'ms',
        cpuMs: worstCpu,
      },
      { label: '  → median seek', value: round(ms[ms.length >> 1]), unit: 'ms' },
    ]
  }
  return [
    fresh,
    priming,
    ...pass('primed, first pass', primed()),
    ...pass('primed, second pass', primed()),
    ...pass('unprimed', new Replay(scenario)),
  ]
}

export function benchEngine(): Figure[] {
  const figures: Figure[] = []
  figures.push(...eventsPerSecond('bulk transfer, 50 MB over one connection', bulk(50_000_000)))
  figures.push(...eventsPerSecond('SYN flood, 100 000 SYNs', synFloodLoad(100_000)))
  figures.push(measure('SYN flood, 10 000 SYNs (run to idle)', () => runScenario(synFloodLoad(10_000))))

  figures.push(...seeks('bulk transfer', atLeast(10_000, bulk, 1_000_000)))
  figures.push(...seeks('SYN flood', atLeast(10_000, synFloodLoad, 500)))
  return figures
}

/**
 * Runs a scenario: to completion, or to a given trace event, and returns the trace, a snapshot of
 * every host and connection, and the expectation results. Runs are deterministic, so "go to step
 * N" is a replay from the start (fast enough: see bench) with a cached world for forward moves.
 */
import { checkExpectations, type ExpectationResult } from '../scenario/expect'
import { parseScenario, type Scenario, type ScenarioInput } from '../scenario/schema'
import { type TraceEvent } from '../trace'
import { type PayloadMemo } from './apps'
import { snapshotWorld, type WorldSnapshot } from './snapshot'
import { World } from './world'

export interface RunOptions {
  /** Stop once the trace holds more than this index (the step that emitted event N completes). */
  readonly untilEvent?: number
  /** A safety limit on events (default 2 000 000). */
  readonly maxSteps?: number
}

export interface RunResult {
  readonly scenario: Scenario
  readonly trace: readonly TraceEvent[]
  readonly snapshot: WorldSnapshot
  readonly expectations: ExpectationResult[]
  /** Why the run stopped. */
  readonly stopped: 'idle' | 'until' | 'event' | 'step-limit'
  readonly world: World
}

const DEFAULT_MAX_STEPS = 2_000_000

/** Parses (when given raw input) and runs a scenario. Throws on an invalid scenario. */
export function runScenario(input: Scenario | ScenarioInput, opts: RunOptions = {}): RunResult {
  const scenario = toScenario(input)
  const world = new World(scenario)
  const stopped = advance(world, opts)
  return finish(world, stopped)
}

export function toScenario(input: Scenario | ScenarioInput): Scenario {
  const r = parseScenario(input)
  if (!r.ok) throw new Error(`invalid scenario:\n${r.errors.join('\n')}`)
  return r.scenario
}

function advance(world: World, opts: RunOptions): RunResult['stopped'] {
  const max = opts.maxSteps ?? DEFAULT_MAX_STEPS
  const target = opts.untilEvent
  while (target === undefined || world.trace.length <= target) {
    if (world.steps >= max) return 'step-limit'
    if (!world.step()) return world.nextDeadline() === undefined ? 'idle' : 'until'
  }
  return 'event'
}

function finish(world: World, stopped: RunResult['stopped']): RunResult {
  const snapshot = snapshotWorld(world)
  const done = stopped === 'idle' || stopped === 'until'
  return {
    scenario: world.scenario,
    trace: world.trace,
    snapshot,
    expectations: done ? checkExpectations(world.scenario, world.trace, snapshot) : [],
    stopped,
    world,
  }
}

/**
 * Random access into a run, for a scrubber UI: `at(i)` returns the snapshot right after the step
 * that emitted trace event i. Moving forward continues the cached world; moving back replays.
 */
export class Replay {
  readonly scenario: Scenario
  private world: World
  /** Application payloads drawn so far: a replay from the start reuses them. */
  private readonly memo: PayloadMemo[] = []

  constructor(input: Scenario | ScenarioInput) {
    this.scenario = toScenario(input)
    this.world = new World(this.scenario, this.memo)
  }

  at(eventIndex: number): { trace: readonly TraceEvent[]; snapshot: WorldSnapshot } {
    if (this.world.trace.length > eventIndex + 1 || eventIndex < 0)
      this.world = new World(this.scenario, this.memo)
    advance(this.world, { untilEvent: Math.max(0, eventIndex) })
    return { trace: this.world.trace, snapshot: snapshotWorld(this.world) }
  }
}

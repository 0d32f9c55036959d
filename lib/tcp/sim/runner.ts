/**
 * Runs a scenario: to completion, or to a given trace event, and returns the trace, a snapshot of
 * every host and connection, and the expectation results. Runs are deterministic, so "go to step
 * N" is a replay from the start (fast enough: see bench) with a cached world for forward moves.
 */
import { checkExpectations, type ExpectationResult } from '../scenario/expect'
import { parseScenario, type Scenario, type ScenarioInput } from '../scenario/schema'
import { type TraceEvent } from '../trace'
import { type PayloadMemo } from './apps'
import { forkCounted, forkWorld } from './fork'
import { snapshotWorld, type WorldSnapshot } from './snapshot'
import { World } from './world'

export interface RunOptions {
  /** Stop once the trace holds more than this index (the step that emitted event N completes). */
  readonly untilEvent?: number
  /** A safety limit on engine steps (default 2 000 000). */
  readonly maxSteps?: number
  /** The trace-event budget (default EVENT_BUDGET). */
  readonly maxEvents?: number
  /** Called every PROGRESS_STEPS steps with the trace length so far (a worker reports progress). */
  readonly onProgress?: (events: number) => void
}

/**
 * Why a run stopped. Reaching a budget is an outcome, not an error: the trace so far is kept and
 * the caller says so ("stopped after N events"); expectations are not checked on a cut run.
 */
export type RunStop =
  | { readonly stopped: 'idle' | 'until' | 'event' }
  | { readonly stopped: 'event-budget' | 'step-limit'; readonly limit: number }

export type RunResult = RunStop & {
  readonly scenario: Scenario
  readonly trace: readonly TraceEvent[]
  readonly snapshot: WorldSnapshot
  readonly expectations: ExpectationResult[]
  readonly world: World
}

const DEFAULT_MAX_STEPS = 2_000_000
/**
 * Trace events one run may emit (issue #17). The largest run the library's knobs allow (a SYN
 * flood at 200 SYN/s with a 256 backlog and cookies on) emits about 141 000 events; a run that
 * reaches 200 000 holds about 150 MB of trace and view model, so a hostile link stops there.
 */
export const EVENT_BUDGET = 200_000
/** Steps between two progress reports: a few milliseconds of engine time. */
export const PROGRESS_STEPS = 2_000

/** Parses (when given raw input) and runs a scenario. Throws on an invalid scenario. */
export function runScenario(input: Scenario | ScenarioInput, opts: RunOptions = {}): RunResult {
  const scenario = toScenario(input)
  const world = new World(scenario)
  return finish(world, advance(world, opts))
}

export function toScenario(input: Scenario | ScenarioInput): Scenario {
  const r = parseScenario(input)
  if (!r.ok) throw new Error(`invalid scenario:\n${r.errors.join('\n')}`)
  return r.scenario
}

function advance(world: World, opts: RunOptions): RunStop {
  const maxSteps = opts.maxSteps ?? DEFAULT_MAX_STEPS
  const maxEvents = opts.maxEvents ?? EVENT_BUDGET
  const target = opts.untilEvent
  while (target === undefined || world.trace.length <= target) {
    if (world.steps >= maxSteps) return { stopped: 'step-limit', limit: maxSteps }
    // Checked between steps, so the trace ends on a whole step: at most a few events past the limit.
    if (world.trace.length >= maxEvents) return { stopped: 'event-budget', limit: maxEvents }
    if (!world.step()) return { stopped: world.nextDeadline() === undefined ? 'idle' : 'until' }
    if (opts.onProgress && world.steps % PROGRESS_STEPS === 0) opts.onProgress(world.trace.length)
  }
  return { stopped: 'event' }
}

function finish(world: World, stop: RunStop): RunResult {
  const snapshot = snapshotWorld(world)
  const done = stop.stopped === 'idle' || stop.stopped === 'until'
  return {
    ...stop,
    scenario: world.scenario,
    trace: world.trace,
    snapshot,
    expectations: done ? checkExpectations(world.scenario, world.trace, snapshot) : [],
    world,
  }
}

/** A replay ends where a default run would have stopped, so both show the same trace. */
const overBudget = (w: World) => w.steps >= DEFAULT_MAX_STEPS || w.trace.length >= EVENT_BUDGET

/**
 * Replay keeps a fork of its world at least every this many trace events, more sparsely when a
 * fork copies many objects (issue #3: any step in under 16 ms — a seek costs one fork plus the
 * events since the checkpoint, so both are kept to a few milliseconds).
 */
export const CHECKPOINT_EVENTS = 1000
/** Trace events replayed per object a fork copies, roughly equal in cost. */
const EVENTS_PER_FORKED_OBJECT = 2

/**
 * Random access into a run, for a scrubber UI: `at(i)` returns the snapshot right after the step
 * that emitted trace event i. Moving forward continues the cached world; on the way it keeps a
 * fork (World.fork) as a checkpoint every CHECKPOINT_EVENTS events or so, and a seek resumes from
 * the nearest checkpoint before i whenever that is closer than the current position.
 *
 * `prime()` lays the checkpoints ahead of time, a slice at a time, on a world of its own: a view
 * that primes while the learner reads never makes them wait for a long forward seek.
 */
export class Replay {
  readonly scenario: Scenario
  private world: World
  /** The world `prime()` advances, apart from the seek cursor, until the run ends. */
  private frontier: World | undefined
  /** Some world ran to the end: the run's whole trace is `known`. */
  private ended = false
  /** Application payloads drawn so far: a replay from the start reuses them. */
  private readonly memo: PayloadMemo[] = []
  /** Paused copies, by increasing trace length; their own trace arrays are left empty. */
  private readonly checkpoints: { readonly length: number; readonly world: World }[] = []
  /** Trace length at which the next checkpoint is due (whichever world passes it first keeps it). */
  private nextCheckpoint = CHECKPOINT_EVENTS
  /** The longest trace seen so far (runs are deterministic, so every run agrees on its prefix). */
  private known: TraceEvent[] = []

  constructor(input: Scenario | ScenarioInput) {
    this.scenario = toScenario(input)
    this.world = new World(this.scenario, this.memo)
  }

  at(eventIndex: number): { trace: readonly TraceEvent[]; snapshot: WorldSnapshot } {
    const target = Math.max(0, eventIndex)
    const here = this.world.trace.length
    const back = here > eventIndex + 1 || eventIndex < 0
    const cp = this.checkpointBefore(target)
    if (back || (cp !== undefined && cp.length > here + CHECKPOINT_EVENTS)) this.world = this.resume(cp)
    const w = this.world
    this.runTo(w, target)
    return { trace: w.trace, snapshot: snapshotWorld(w) }
  }

  /**
   * Runs up to `events` more trace events past the furthest point any seek or earlier prime
   * reached, keeping checkpoints on the way; true once the run's end is known. Call it in idle
   * time until it returns true, and every later seek costs at most one fork plus about
   * CHECKPOINT_EVENTS events (issue #3: any step under 16 ms).
   */
  prime(events: number = CHECKPOINT_EVENTS): boolean {
    if (this.ended) return true
    // A frontier that fell behind a seek, or none yet, restarts from the furthest checkpoint.
    if (this.frontier === undefined || this.frontier.trace.length < this.known.length)
      this.frontier =
        this.known.length === this.world.trace.length
          ? this.world.fork()
          : this.resume(this.checkpoints.at(-1))
    this.runTo(this.frontier, this.frontier.trace.length - 1 + events)
    if (this.ended) this.frontier = undefined
    return this.ended
  }

  /** How many checkpoints this Replay holds. */
  get checkpointCount(): number {
    return this.checkpoints.length
  }

  /** Steps `w` until it has emitted event `target` or the run ends, keeping checkpoints. */
  private runTo(w: World, target: number): void {
    while (w.trace.length <= target && !overBudget(w)) {
      if (w.trace.length >= this.nextCheckpoint) this.checkpoint(w)
      if (!w.step()) {
        this.ended = true
        break
      }
    }
    if (overBudget(w)) this.ended = true
    if (w.trace.length > this.known.length) this.known = w.trace
  }

  private checkpoint(w: World): void {
    if (w.trace.length > this.known.length) this.known = w.trace
    const { world, objects } = forkCounted(w, [])
    this.checkpoints.push({ length: w.trace.length, world })
    this.nextCheckpoint = w.trace.length + Math.max(CHECKPOINT_EVENTS, EVENTS_PER_FORKED_OBJECT * objects)
  }

  /** The latest checkpoint that has not yet emitted event `target`. */
  private checkpointBefore(target: number): { readonly length: number; readonly world: World } | undefined {
    for (let k = this.checkpoints.length - 1; k >= 0; k--)
      if (this.checkpoints[k].length <= target) return this.checkpoints[k]
    return undefined
  }

  /** A world at checkpoint `cp` (the checkpoint itself stays untouched), or a new one. */
  private resume(cp: { readonly length: number; readonly world: World } | undefined): World {
    if (cp === undefined) return new World(this.scenario, this.memo)
    return forkWorld(cp.world, this.known.slice(0, cp.length))
  }
}

/**
 * The scenario catalog, the one place scenarios are defined: the lessons a question can embed,
 * with the knobs a learner may turn, and the engine's reference runs (goldens, bench loads, the
 * player's demo). Ids are unique across both. `getScenario(id)` for any entry,
 * `withKnobs(id, values)` for the scenario to run, `listScenarios()` for what learners are offered.
 */
import { type ScenarioInput } from '@/lib/tcp'
import { TLS_ENTRIES } from './topics/tls'
import { applyKnob, KnobError } from './knobs'
import { CLOSE } from './topics/close'
import { CLOSING } from './topics/closing'
import { FAST_OPEN } from './topics/fast-open'
import { FAST_OPEN_COOKIE } from './topics/fast-open-cookie'
import { HANDSHAKE } from './topics/handshake'
import { HANDSHAKE_LOSS } from './topics/handshake-loss'
import { HEARTBEAT } from './topics/heartbeat'
import { ISN } from './topics/isn'
import { KEEPALIVE } from './topics/keepalive'
import { LISTEN_QUEUES } from './topics/listen-queues'
import { OLD_DUPLICATES } from './topics/old-duplicates'
import { RESET } from './topics/reset'
import { RST_VALIDATION } from './topics/rst-validation'
import { SYNACK_RETRIES } from './topics/synack-retries'
import { TIME_WAIT } from './topics/time-wait'
import { TIME_WAIT_REOPEN } from './topics/time-wait-reopen'
import { REFERENCE } from './reference'
import { type Knob, type KnobValue, type LibraryEntry } from './types'

/** What learners are offered, in teaching order. */
const LESSONS: readonly LibraryEntry[] = [
  ...HANDSHAKE,
  ...OLD_DUPLICATES,
  ...HANDSHAKE_LOSS,
  ...CLOSE,
  ...TIME_WAIT,
  ...KEEPALIVE,
  ...RESET,
  ...LISTEN_QUEUES,
  ...FAST_OPEN,
  // TLS 1.2 / 1.3 / 0-RTT over TCP (the handshakes themselves are modelled in lib/tls).
  ...TLS_ENTRIES,
  ...ISN,
  ...FAST_OPEN_COOKIE,
  ...RST_VALIDATION,
  ...SYNACK_RETRIES,
  ...CLOSING,
  ...HEARTBEAT,
  ...TIME_WAIT_REOPEN,
]

const CATALOG: readonly LibraryEntry[] = [...LESSONS, ...REFERENCE]

const BY_ID = new Map(CATALOG.map((e) => [e.id, e]))

/** The entry with this id (a lesson or a reference run), or undefined. */
export function getScenario(id: string): LibraryEntry | undefined {
  return BY_ID.get(id)
}

/** The lessons, in teaching order: what the playground, `sim --list` and authors are offered. */
export function listScenarios(): readonly LibraryEntry[] {
  return LESSONS
}

/** Every entry: the lessons, then the reference runs. */
export function allScenarios(): readonly LibraryEntry[] {
  return CATALOG
}

/** Every id `getScenario` knows, for "did you mean" hints. */
export function scenarioIds(): string[] {
  return [...BY_ID.keys()]
}

/** The entries whose traces `lib/tcp/sim/golden.test.ts` pins byte for byte. */
export function goldenScenarios(): readonly LibraryEntry[] {
  return CATALOG.filter((e) => e.golden)
}

/** The knob of an entry by id, or undefined. */
export function findKnob(entry: LibraryEntry, knobId: string): Knob | undefined {
  return entry.knobs.find((k) => k.id === knobId)
}

/**
 * The entry's scenario with knob values applied, in the entry's knob order (so a profile switch
 * comes before a parameter that overrides it). Throws a KnobError naming an unknown or bad knob.
 */
export function withKnobs(id: string, values: Readonly<Record<string, KnobValue>>): ScenarioInput {
  const entry = getScenario(id)
  if (!entry) throw new KnobError(`unknown scenario "${id}"`)
  for (const k of Object.keys(values))
    if (!findKnob(entry, k))
      throw new KnobError(`${k}: no such knob on ${id} (knobs: ${entry.knobs.map((x) => x.id).join(', ')})`)
  return entry.knobs.reduce(
    (s, k) => (values[k.id] === undefined ? s : applyKnob(s, k, values[k.id])),
    entry.scenario,
  )
}

export { KnobError, applyKnob, checkKnobValue, parseKnobValue } from './knobs'
export { getPath, PathError, setPath } from './path'
export type * from './types'

/**
 * The scenario library: every simulation a question can embed, by id, with the knobs a learner
 * may turn. `getScenario(id)` for the entry, `withKnobs(id, values)` for the scenario to run.
 */
import { type ScenarioInput } from '../scenario/schema'
import { TLS_ENTRIES } from '@/lib/tls/library'
import { applyKnob, KnobError } from './knobs'
import { CLOSE } from './scenarios/close'
import { CLOSING } from './scenarios/closing'
import { FAST_OPEN } from './scenarios/fast-open'
import { FAST_OPEN_COOKIE } from './scenarios/fast-open-cookie'
import { HANDSHAKE } from './scenarios/handshake'
import { HANDSHAKE_LOSS } from './scenarios/handshake-loss'
import { HEARTBEAT } from './scenarios/heartbeat'
import { ISN } from './scenarios/isn'
import { KEEPALIVE } from './scenarios/keepalive'
import { LISTEN_QUEUES } from './scenarios/listen-queues'
import { OLD_DUPLICATES } from './scenarios/old-duplicates'
import { RESET } from './scenarios/reset'
import { RST_VALIDATION } from './scenarios/rst-validation'
import { SYNACK_RETRIES } from './scenarios/synack-retries'
import { TIME_WAIT } from './scenarios/time-wait'
import { TIME_WAIT_REOPEN } from './scenarios/time-wait-reopen'
import { type Knob, type KnobValue, type LibraryEntry } from './types'

export const LIBRARY: readonly LibraryEntry[] = [
  ...HANDSHAKE,
  ...OLD_DUPLICATES,
  ...HANDSHAKE_LOSS,
  ...CLOSE,
  ...TIME_WAIT,
  ...KEEPALIVE,
  ...RESET,
  ...LISTEN_QUEUES,
  ...FAST_OPEN,
  // TLS 1.2 / 1.3 / 0-RTT over TCP, with the QUIC comparison, live with the handshakes in lib/tls.
  ...TLS_ENTRIES,
  ...ISN,
  ...FAST_OPEN_COOKIE,
  ...RST_VALIDATION,
  ...SYNACK_RETRIES,
  ...CLOSING,
  ...HEARTBEAT,
  ...TIME_WAIT_REOPEN,
]

const BY_ID = new Map(LIBRARY.map((e) => [e.id, e]))

/** The entry with this id, or undefined. */
export function getScenario(id: string): LibraryEntry | undefined {
  return BY_ID.get(id)
}

/** Every entry, in teaching order. */
export function listScenarios(): readonly LibraryEntry[] {
  return LIBRARY
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

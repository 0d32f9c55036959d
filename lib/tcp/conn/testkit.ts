/**
 * Test builders and a tiny send/expect DSL for one connection in isolation (smoltcp's `recv!`/`send!`
 * style): put an endpoint straight into any state, deliver a segment, expect what it sends.
 */
import { type Millis } from '../time'
import { resolveParams, type StackParams } from '../profile'
import { ACK, FIN, type Segment, type SegmentFields, SYN } from '../segment'
import { seq, seqAdd, type SeqNum } from '../seq'
import { type TcpState, type TimerKind, type TraceEvent } from '../trace'
import { TIMER_KINDS } from '../vocabulary'
import { type AppEvent, type ConnEnv, Connection } from './connection'
import { segmentArrives } from './input'
import { onTimer } from './timers'

export const LOCAL = { ip: '10.0.0.1', port: 40_000 }
export const REMOTE = { ip: '10.0.0.2', port: 80 }
/** Our ISS and the peer's IRS in every builder, so expected numbers read plainly. */
export const ISS = seq(1000)
export const IRS = seq(5000)

export interface Harness {
  readonly c: Connection
  readonly sent: SegmentFields[]
  readonly trace: TraceEvent[]
  readonly app: AppEvent[]
  now: number
  acceptQueueFull: boolean
  released: boolean
}

/** A connection wired to a fake host that records everything. */
export function harness(overrides: Partial<StackParams> = {}, profile: 'rfc' | 'linux' = 'rfc'): Harness {
  const h = {
    sent: [],
    trace: [],
    app: [],
    now: 0,
    acceptQueueFull: false,
    released: false,
  } as unknown as Harness
  const env: ConnEnv = {
    host: 'local',
    params: resolveParams(profile, overrides),
    now: () => h.now as Millis,
    emit: (e) => h.trace.push(e),
    transmit: (_c, f) => h.sent.push(f),
    armTimer: () => undefined,
    appEvent: (_c, ev) => h.app.push(ev),
    passiveOpenComplete: () => !h.acceptQueueFull,
    released: () => {
      h.released = true
    },
    fastOpenCookies: new Map(),
  }
  ;(h as { c: Connection }).c = new Connection(env, 'test', LOCAL, REMOTE)
  return h
}

/** Puts the connection in `state` with both SYNs exchanged (or not, for the opening states). */
export function inState(
  state: TcpState,
  overrides: Partial<StackParams> = {},
  profile: 'rfc' | 'linux' = 'rfc',
): Harness {
  const h = harness(overrides, profile)
  const c = h.c
  c.iss = ISS
  c.irs = IRS
  c.rcvNxt = seqAdd(IRS, 1)
  c.sndUna = c.sndNxt = c.sndMax = seqAdd(ISS, 1)
  c.bufSeq = seqAdd(ISS, 1)
  c.sndWnd = 65_535
  c.sndMss = 1460
  c.cwnd = 14_600
  c.sndWl1 = IRS
  c.sndWl2 = ISS
  switch (state) {
    case 'SYN-SENT':
      c.sndUna = ISS
      break
    case 'SYN-RECEIVED':
      c.sndUna = ISS
      c.passive = true
      break
    case 'FIN-WAIT-1':
    case 'CLOSING':
    case 'LAST-ACK':
      // Our FIN (at ISS+1) is sent but not acknowledged.
      c.finQueued = true
      c.sndNxt = c.sndMax = seqAdd(ISS, 2)
      break
    case 'FIN-WAIT-2':
    case 'TIME-WAIT':
      c.finQueued = true
      c.sndUna = c.sndNxt = c.sndMax = seqAdd(ISS, 2)
      break
    default:
      break
  }
  if (state === 'CLOSE-WAIT' || state === 'CLOSING' || state === 'LAST-ACK' || state === 'TIME-WAIT') {
    c.rcvNxt = seqAdd(IRS, 2) // the peer's FIN has been received
    c.finReceived = true
  }
  // Any cause will do: the trace is emptied on the next line, so no test reads it.
  c.setState(state, { code: 'connect' })
  h.trace.length = 0 // the setup is not what a test observes
  return h
}

export const establishedPair = (overrides: Partial<StackParams> = {}) => inState('ESTABLISHED', overrides)

let nextId = 1

/** Delivers a segment from the peer; unspecified fields default to an in-order pure ACK. */
export function deliver(
  h: Harness,
  f: {
    seq?: SeqNum
    ack?: SeqNum
    flags?: number
    window?: number
    payload?: Uint8Array
    options?: Segment['options']
  },
): void {
  const seg: Segment = {
    src: REMOTE,
    dst: LOCAL,
    seq: f.seq ?? h.c.rcvNxt,
    ack: f.ack ?? h.c.sndNxt,
    flags: f.flags ?? ACK,
    window: f.window ?? 65_535,
    options: f.options ?? {},
    payload: f.payload ?? new Uint8Array(0),
    id: nextId++,
    sender: 'peer',
  }
  segmentArrives(h.c, seg)
}

/** Asserts the segments sent since the last check, in order, and clears them. */
export function takeSent(h: Harness): { seq: number; ack: number; flags: number; len: number }[] {
  const out = h.sent.map((s) => ({
    seq: s.seq as number,
    ack: s.ack as number,
    flags: s.flags,
    len: s.payload.length,
  }))
  h.sent.length = 0
  return out
}

/** Moves the clock to `at` and fires every timer due by then, earliest first. */
export function advanceTo(h: Harness, at: number): void {
  for (;;) {
    let best: { k: TimerKind; d: number } | undefined
    for (const k of TIMER_KINDS) {
      const d = h.c.timers[k]
      if (d !== undefined && d <= at && (best === undefined || d < best.d)) best = { k, d }
    }
    if (!best) break
    h.now = best.d
    h.c.timers[best.k] = undefined
    onTimer(h.c, best.k)
  }
  h.now = at
}

export const bytes = (n: number): Uint8Array => new Uint8Array(n).map((_, i) => i & 0xff)
export { ACK, FIN, SYN }

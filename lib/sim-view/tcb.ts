/**
 * The connection-variables panel's model: one connection's RFC 9293 §3.3.1 TCB variables, its
 * RFC 6298 round-trip estimates and its armed timers, read from the engine's snapshot at the
 * player's step (Replay.at) rather than re-derived from the trace. Sequence variables are shown
 * relative to ISS (send side) and IRS (receive side), as the ladder and packet list show them,
 * with the raw 32-bit value kept for a tooltip.
 */
import {
  type ConnectionSnapshot,
  type HostSnapshot,
  type Segment,
  seq,
  seqDiff,
  type TcpState,
  type TimerKind,
  type TraceEvent,
  type WorldSnapshot,
} from '@/lib/tcp'

/** A sequence variable: relative to its initial number, and the raw value; absent when unknown. */
export interface SeqValue {
  readonly rel: number
  readonly raw: number
}

export interface TcbTimer {
  readonly kind: TimerKind
  /** Virtual ms until it fires; undefined when the timer is not armed at this step. */
  readonly remainingMs?: number
  readonly deadline?: number
}

export interface TcbView {
  readonly host: string
  readonly conn: string
  readonly local: string
  readonly remote: string
  readonly state: TcpState
  readonly iss: SeqValue
  /** Undefined until the peer's SYN has been seen (SYN-SENT, or a handshake that never completed). */
  readonly irs?: SeqValue
  readonly sndUna: SeqValue
  readonly sndNxt: SeqValue
  readonly sndWnd: number
  readonly rcvNxt?: SeqValue
  readonly rcvWnd: number
  /** RFC 6298 estimates in ms; SRTT and RTTVAR are null before the first RTT sample. */
  readonly srttMs: number | null
  readonly rttvarMs: number | null
  readonly rtoMs: number
  /** The timers this host arms at some point in the run, in a fixed order (stable layout). */
  readonly timers: readonly TcbTimer[]
}

/**
 * Index of the last trace event at or before time t (-1 when none): Replay.at() of it gives the
 * world as the player shows it at t.
 */
export function eventIndexAt(trace: readonly TraceEvent[], t: number): number {
  let lo = 0
  let hi = trace.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (trace[mid].at <= t) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** Kinds of timer a host arms anywhere in the run, in the engine's own order. */
export function timerKindsOf(trace: readonly TraceEvent[], host: string): TimerKind[] {
  const seen = new Set<TimerKind>()
  for (const e of trace) if (e.type === 'timer-set' && e.host === host) seen.add(e.timer)
  return [...seen]
}

const addr = (a: { ip: string; port: number }) => `${a.ip}:${a.port}`

/**
 * The connection a learner most likely means: the one that sent or received the selected segment,
 * else the newest connection that is not CLOSED, else the newest one.
 */
export function pickConnection(host: HostSnapshot, selected?: Segment): ConnectionSnapshot | undefined {
  const conns = host.connections
  if (selected) {
    const src = addr(selected.src)
    const dst = addr(selected.dst)
    const own = conns.findLast(
      (c) => (c.local === src && c.remote === dst) || (c.local === dst && c.remote === src),
    )
    if (own) return own
  }
  return conns.findLast((c) => c.state !== 'CLOSED') ?? conns.at(-1)
}

const rel = (raw: number, base: number): SeqValue => ({ rel: seqDiff(seq(raw), seq(base)), raw })

/** The panel's view of one host at one snapshot, or undefined when the host has no connection. */
export function tcbView(
  snapshot: WorldSnapshot,
  host: string,
  timerKinds: readonly TimerKind[],
  selected?: Segment,
): TcbView | undefined {
  const h = snapshot.hosts.find((x) => x.id === host)
  const c = h && pickConnection(h, selected)
  if (!c) return undefined
  // The engine leaves IRS and RCV.NXT at zero until a SYN arrives; once it has, RCV.NXT = IRS + 1
  // at least, so both being zero means "not yet".
  const synchronised = !(c.irs === 0 && c.rcvNxt === 0)
  return {
    host,
    conn: c.id,
    local: c.local,
    remote: c.remote,
    state: c.state,
    iss: rel(c.iss, c.iss),
    irs: synchronised ? rel(c.irs, c.irs) : undefined,
    sndUna: rel(c.sndUna, c.iss),
    sndNxt: rel(c.sndNxt, c.iss),
    sndWnd: c.sndWnd,
    rcvNxt: synchronised ? rel(c.rcvNxt, c.irs) : undefined,
    rcvWnd: c.rcvWnd,
    srttMs: c.srttMs,
    rttvarMs: c.rttvarMs,
    rtoMs: c.rtoMs,
    timers: timerKinds.map((kind) => {
      const deadline = c.timers[kind]
      return deadline === undefined ? { kind } : { kind, deadline, remainingMs: deadline - snapshot.at }
    }),
  }
}

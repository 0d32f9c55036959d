/** A plain-data picture of the world at one step: what the views and the CLI show beside the trace. */
import { type Connection } from '../conn/connection'
import { seqDiff } from '../seq'
import { type ConnId, type SocketError, type TcpState, type TimerKind } from '../trace'
import { TIMER_KINDS } from '../vocabulary'
import { type World } from './world'

export interface ConnectionSnapshot {
  readonly id: ConnId
  readonly state: TcpState
  readonly local: string
  readonly remote: string
  readonly iss: number
  readonly irs: number
  readonly sndUna: number
  readonly sndNxt: number
  readonly sndWnd: number
  readonly rcvNxt: number
  readonly rcvWnd: number
  readonly mss: number
  /** Bytes the application queued that are not yet acknowledged (sent or not). */
  readonly sendBuffered: number
  /** Bytes sent and not yet acknowledged. */
  readonly inFlight: number
  /** Bytes received in order that the application has not read. */
  readonly recvBuffered: number
  readonly outOfOrder: number
  readonly rtoMs: number
  readonly srttMs: number | null
  /** RFC 6298 RTTVAR; null until the first RTT sample, like SRTT. */
  readonly rttvarMs: number | null
  readonly retries: number
  readonly timers: Partial<Record<TimerKind, number>>
  readonly orphaned: boolean
  readonly error: SocketError | undefined
}

export interface ListenerSnapshot {
  readonly port: number
  readonly backlog: number
  readonly synQueue: ConnId[]
  readonly acceptQueue: ConnId[]
}

export interface HostSnapshot {
  readonly id: string
  readonly ip: string
  readonly profile: string
  readonly up: boolean
  readonly listeners: ListenerSnapshot[]
  /** Every connection the host has had, including CLOSED ones, oldest first. */
  readonly connections: ConnectionSnapshot[]
}

export interface WorldSnapshot {
  readonly at: number
  readonly step: number
  readonly traceLength: number
  readonly hosts: HostSnapshot[]
}

export function snapshotConnection(c: Connection): ConnectionSnapshot {
  const timers: Partial<Record<TimerKind, number>> = {}
  for (const k of TIMER_KINDS) if (c.timers[k] !== undefined) timers[k] = c.timers[k]
  let ooo = 0
  for (const o of c.ooo) ooo += o.bytes.length
  return {
    id: c.id,
    state: c.state,
    local: `${c.local.ip}:${c.local.port}`,
    remote: `${c.remote.ip}:${c.remote.port}`,
    iss: c.iss,
    irs: c.irs,
    sndUna: c.sndUna,
    sndNxt: c.sndNxt,
    sndWnd: c.sndWnd,
    rcvNxt: c.rcvNxt,
    rcvWnd: c.rcvWnd(),
    mss: c.sndMss,
    sendBuffered: c.sendBuf.length,
    inFlight: seqDiff(c.sndNxt, c.sndUna),
    recvBuffered: c.recvBuf.length,
    outOfOrder: ooo,
    rtoMs: c.rtt.current(),
    srttMs: c.rtt.srtt,
    rttvarMs: c.rtt.srtt === null ? null : c.rtt.rttvar,
    retries: c.retries,
    timers,
    orphaned: c.orphaned,
    error: c.error,
  }
}

export function snapshotWorld(w: World): WorldSnapshot {
  return {
    at: w.now(),
    step: w.steps,
    traceLength: w.trace.length,
    hosts: [...w.hosts.values()].map((h) => ({
      id: h.host,
      ip: h.ip,
      profile: h.params.profile,
      up: h.up,
      listeners: [...h.listeners.values()].map((l) => ({
        port: l.port,
        backlog: l.backlog,
        synQueue: l.synQueue.map((c) => c.id),
        acceptQueue: l.acceptQueue.map((c) => c.id),
      })),
      connections: h.history.map(snapshotConnection),
    })),
  }
}

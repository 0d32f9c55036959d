/**
 * A host: one IP address, a table of connections and listeners, and the demultiplexing of
 * RFC 9293 §3.10.7 (which TCB, if any, a segment belongs to). It implements ConnEnv for its
 * connections and answers for ports nobody owns (§3.10.7.1).
 */
import { type AppEvent, type ConnEnv, Connection, connId, type FastOpenCacheEntry } from '../conn/connection'
import { segmentArrives, segLen } from '../conn/input'
import { type StackParams } from '../profile'
import { type Rng } from '../rng'
import { type DiscardReason } from '../reasons'
import {
  ACK,
  hasFlag,
  type HostId,
  RST,
  type Segment,
  type SegmentFields,
  type SocketAddress,
} from '../segment'
import { seq, seqAdd } from '../seq'
import { type Millis } from '../time'
import { type SendReason, type TimerKind, type TraceEvent } from '../trace'
import { chooseIsn } from './isn'
import { type Listener, listenerSegment, removeEntry } from './listener'

/** What a host needs from the world around it (the simulator implements it). */
export interface HostServices {
  now(): Millis
  emit(e: TraceEvent): void
  transmit(host: Host, f: SegmentFields, conn: Connection | undefined, reason?: SendReason): void
  armTimer(host: Host, c: Connection, kind: TimerKind, deadline: Millis): void
  appEvent(host: Host, c: Connection, ev: AppEvent): void
  /** A listener's accept queue gained an entry. */
  acceptable(host: Host, l: Listener): void
  readonly rng: Rng
}

export const tupleKey = (localPort: number, remoteIp: string, remotePort: number): string =>
  `${localPort}|${remoteIp}|${remotePort}`

export class Host implements ConnEnv {
  up = true
  readonly conns = new Map<string, Connection>()
  readonly listeners = new Map<number, Listener>()
  /** Every connection this host ever had, in creation order (snapshots show closed ones too). */
  readonly history: Connection[] = []
  /** The ISN/cookie secret; a reboot draws a new one. */
  secret: number
  private nextPort: number
  readonly fastOpenCookies = new Map<string, FastOpenCacheEntry>()
  private readonly incarnations = new Map<string, number>()
  /** The 4-tuple key of the segment being received (a listener needs it again for cookies). */
  private lastSeg: Segment | undefined
  private lastKey = ''
  /**
   * The source address object and local port the last key was built for: a connection's
   * segments all share its frozen address objects, so a bulk transfer builds its key string
   * (and V8 hashes it) once instead of once per segment.
   */
  private keySrc: SocketAddress | undefined
  private keyPort = -1

  constructor(
    readonly host: HostId,
    readonly ip: string,
    readonly params: StackParams,
    readonly services: HostServices,
  ) {
    this.secret = services.rng.u32()
    const [lo, hi] = params.ephemeralPorts
    this.nextPort = services.rng.int(lo, hi)
  }

  now(): Millis {
    return this.services.now()
  }

  emit(e: TraceEvent): void {
    this.services.emit(e)
  }

  transmit(c: Connection, f: SegmentFields, reason?: SendReason): void {
    if (this.up) this.services.transmit(this, f, c, reason)
  }

  armTimer(c: Connection, kind: TimerKind, deadline: Millis): void {
    this.services.armTimer(this, c, kind, deadline)
  }

  appEvent(c: Connection, ev: AppEvent): void {
    this.services.appEvent(this, c, ev)
  }

  passiveOpenComplete(c: Connection): boolean {
    const l = this.listeners.get(c.local.port)
    return l ? l.complete(c) : false
  }

  released(c: Connection): void {
    const key = tupleKey(c.local.port, c.remote.ip, c.remote.port)
    if (this.conns.get(key) === c) this.conns.delete(key)
    const l = this.listeners.get(c.local.port)
    if (l) removeEntry(l, c)
    if (this.up) this.services.appEvent(this, c, { kind: 'closed' })
  }

  /** tupleKey of an arriving segment, as seen from this host. */
  tupleOf(seg: Segment): string {
    return seg === this.lastSeg ? this.lastKey : tupleKey(seg.dst.port, seg.src.ip, seg.src.port)
  }

  /** Creates a connection object for a 4-tuple; a reused tuple gets a "#n" incarnation suffix. */
  newConnection(localPort: number, remote: { ip: string; port: number }): Connection {
    // Frozen: addresses never change, and a fork (Replay's checkpoints) then shares them.
    const local = Object.freeze({ ip: this.ip, port: localPort })
    remote = Object.freeze({ ip: remote.ip, port: remote.port })
    const key = tupleKey(localPort, remote.ip, remote.port)
    const n = (this.incarnations.get(key) ?? 0) + 1
    this.incarnations.set(key, n)
    const id = n === 1 ? connId(local, remote) : `${connId(local, remote)}#${n}`
    const c = new Connection(this, id, local, remote)
    c.lastRecvAt = this.now()
    this.conns.set(key, c)
    c.historyIndex = this.history.length
    this.history.push(c)
    return c
  }

  isn(localPort: number, remote: { ip: string; port: number }): ReturnType<typeof chooseIsn> {
    return chooseIsn(
      this.params,
      this.secret,
      tupleKey(localPort, remote.ip, remote.port),
      this.now(),
      this.services.rng,
    )
  }

  /** A free ephemeral port (net.ipv4.ip_local_port_range), scanning upward like Linux. */
  ephemeralPort(remote: { ip: string; port: number }): number {
    const [lo, hi] = this.params.ephemeralPorts
    for (let i = 0; i <= hi - lo; i++) {
      const port = this.nextPort
      this.nextPort = port >= hi ? lo : port + 1
      if (!this.conns.has(tupleKey(port, remote.ip, remote.port)) && !this.listeners.has(port)) return port
    }
    throw new Error(`${this.host}: no free ephemeral port`)
  }

  /** SEGMENT ARRIVES: find the TCB (§3.10.7), else a listener (§3.10.7.2), else reset (§3.10.7.1). */
  receive(seg: Segment): void {
    if (seg.src !== this.keySrc || seg.dst.port !== this.keyPort) {
      this.keySrc = seg.src
      this.keyPort = seg.dst.port
      this.lastKey = tupleKey(seg.dst.port, seg.src.ip, seg.src.port)
    }
    const key = this.lastKey
    this.lastSeg = seg
    const c = this.conns.get(key)
    if (c && c.state !== 'CLOSED') {
      if (segmentArrives(c, seg) === 'done') return
    }
    const l = this.listeners.get(seg.dst.port)
    if (l) return listenerSegment(this, l, seg)
    this.closedPort(seg)
  }

  /** §3.10.7.1: "If the state is CLOSED (i.e., TCB does not exist) then ... a reset is sent in response". */
  private closedPort(seg: Segment): void {
    // "An incoming segment containing a RST is discarded"
    if (hasFlag(seg.flags, RST)) return this.discard(seg, { code: 'rst-no-connection' })
    const reply = hasFlag(seg.flags, ACK)
      ? // "If the ACK bit is on, <SEQ=SEG.ACK><CTL=RST>"
        { seq: seg.ack, ack: seq(0), flags: RST }
      : // "If the ACK bit is off, <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>"
        { seq: seq(0), ack: seqAdd(seg.seq, segLen(seg)), flags: RST | ACK }
    this.discard(seg, { code: 'closed-port', port: seg.dst.port })
    this.sendRaw(
      { src: seg.dst, dst: seg.src, ...reply, window: 0, options: {}, payload: new Uint8Array(0) },
      'reset',
    )
  }

  /** The host threw away a segment that belongs to no connection; `why` says which rule did. */
  discard(seg: Segment, why: DiscardReason): void {
    this.emit({ type: 'segment-discarded', at: this.now(), host: this.host, segmentId: seg.id, why })
  }

  /** Sends a segment that belongs to no connection (resets, cookie SYN-ACKs). */
  sendRaw(f: SegmentFields, reason?: SendReason): void {
    if (this.up) this.services.transmit(this, f, undefined, reason)
  }

  /**
   * The machine stops: every connection and listener vanishes without a segment. Each connection
   * still goes to CLOSED through setState, so the trace shows it end (and its timers cancelled)
   * at the crash; its application died with the host and is told nothing (see `released`).
   */
  crash(): void {
    this.up = false
    this.emit({ type: 'host', at: this.now(), host: this.host, change: 'crashed' })
    for (const c of this.conns.values()) c.setState('CLOSED', { code: 'host-crashed' })
    this.conns.clear()
    this.listeners.clear()
    this.fastOpenCookies.clear() // kernel memory
  }

  /** The machine comes back with empty tables and a new secret (so new ISNs). */
  reboot(): void {
    this.up = true
    this.secret = this.services.rng.u32()
    this.emit({ type: 'host', at: this.now(), host: this.host, change: 'rebooted' })
  }
}

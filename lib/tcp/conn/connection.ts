import { ByteQueue } from '../buffer'
import { type SegmentData } from '../payload'
import { type StackParams, synWindow } from '../profile'
import { type DiscardReason, type NoteReason, type StateCause } from '../reasons'
import { RttEstimator } from '../rtt'
import {
  ACK,
  type HostId,
  type Segment,
  type SegmentFields,
  type SocketAddress,
  type TcpOptions,
} from '../segment'
import { seq, seqAdd, seqDiff, seqGt, type SeqNum } from '../seq'
import { type Millis } from '../time'
import {
  type ConnId,
  type SendReason,
  type SocketError,
  type TcpState,
  type TimerKind,
  type TraceEvent,
} from '../trace'
import { TIMER_KINDS } from '../vocabulary'

/** What a connection tells its application (the simulator's socket API turns these into results). */
export type AppEvent =
  | { readonly kind: 'connected' }
  | { readonly kind: 'received'; readonly bytes: SegmentData }
  | { readonly kind: 'eof' }
  | { readonly kind: 'error'; readonly error: SocketError }
  | { readonly kind: 'closed' }

/** The services a connection needs from its host; the host implements it, tests can fake it. */
export interface ConnEnv {
  readonly host: HostId
  readonly params: StackParams
  now(): Millis
  emit(e: TraceEvent): void
  transmit(c: Connection, f: SegmentFields, reason?: SendReason): void
  /** Asks the driver to call back at `deadline` (timers are data; this only wakes the driver). */
  armTimer(c: Connection, kind: TimerKind, deadline: Millis): void
  appEvent(c: Connection, ev: AppEvent): void
  /** A passive open completed: move the entry to the accept queue; false when that queue is full. */
  passiveOpenComplete(c: Connection): boolean
  /** The connection reached CLOSED; the host forgets it. */
  released(c: Connection): void
  /** The client's Fast Open cookie cache (Linux tcp_fastopen_cache), by server IP. */
  readonly fastOpenCookies: Map<string, FastOpenCacheEntry>
}

/** What a client remembers of a server's Fast Open offer (RFC 7413 §4.1.2). */
export interface FastOpenCacheEntry {
  readonly cookie: string
  /** The server's MSS, so the data in a later SYN fits one segment. */
  readonly mss: number
}

/** Per-socket options an application may set (SO_KEEPALIVE + TCP_KEEP*, SO_LINGER). */
export interface SocketOptions {
  keepalive?: { idleMs: number; intervalMs: number; probes: number }
  /** SO_LINGER {1, 0}: close() aborts with RST and skips TIME-WAIT. */
  lingerZero?: boolean
  /** TCP_FASTOPEN_CONNECT: the SYN requests a cookie, or carries one and the first write. */
  fastOpen?: boolean
}

/**
 * The transmission control block of RFC 9293 §3.3.1 plus the bookkeeping a real stack keeps
 * beside it (buffers, RTT estimator, timers). Fields are public like smoltcp's socket struct; the
 * functions in input.ts, output.ts, user.ts and timers.ts are its behaviour.
 */
export class Connection {
  /** Private so that `setState`, which traces every change, is the only way to change it. */
  private _state: TcpState = 'CLOSED'
  readonly rtt: RttEstimator

  // Send sequence space (RFC 9293 §3.3.1, Figure 3)
  iss: SeqNum = seq(0)
  sndUna: SeqNum = seq(0)
  sndNxt: SeqNum = seq(0)
  /** The highest sequence number sent so far; anything below it is a retransmission. */
  sndMax: SeqNum = seq(0)
  sndWnd = 0
  sndWl1: SeqNum = seq(0)
  sndWl2: SeqNum = seq(0)
  sndMss = 536 // RFC 9293 §3.7.1: assumed when the peer sends no MSS option
  sndWscale = 0
  cwnd = 0

  // Receive sequence space (Figure 4)
  irs: SeqNum = seq(0)
  rcvNxt: SeqNum = seq(0)
  rcvWscale = 0
  /** Negotiated on the SYN exchange (RFC 7323 §2.2, §3.2; RFC 2018 §2). */
  tsOk = false
  sackOk = false
  tsRecent = 0
  /** When this connection last answered an unacceptable segment with an ACK (RFC 5961 §7). */
  lastInvalidAckAt = -Infinity
  /** Last.ACK.sent (RFC 7323 §4.3): the ACK field of the last segment sent with ACK on. */
  lastAckSent: SeqNum = seq(0)
  /** The options of the last segment that carried timestamps alone (see timestampOptions). */
  private lastTimestampOptions: TcpOptions | undefined = undefined

  /** Unacknowledged and unsent data; its first byte has sequence number `bufSeq`. */
  readonly sendBuf = new ByteQueue()
  bufSeq: SeqNum = seq(0)
  /** Stream offset of `bufSeq` (bytes since the first data byte), for application labels. */
  bufOffset = 0
  labels: { start: number; end: number; label: string }[] = []
  /** The application asked for a FIN (close or shutdown); it goes after the last data byte. */
  finQueued = false

  /** Data received in order but not yet read by the application. */
  readonly recvBuf = new ByteQueue()
  /** Out-of-order segments waiting for the gap before them to fill. */
  ooo: { seq: SeqNum; bytes: SegmentData; fin: boolean }[] = []
  /** Bytes received since the last ACK we sent, and full-size segments among them (§3.8.6.3). */
  unackedSegments = 0
  /** Linux icsk_ack.quick: how many more ACKs of new data go out at once (quick-ack mode). */
  quickAcks = 0
  /** Linux pingpong (interactive) mode: ACKs wait for a reply or the delayed-ACK timer. */
  pingpong = false
  /** When data last arrived (icsk_ack.lrcvtime), or undefined before the first byte. */
  lastDataRecvAt: Millis | undefined = undefined
  autoRead = true
  finReceived = false

  /** True for entries created by a listener (passive OPEN). */
  passive = false
  /** close() was called: the application no longer owns the socket (Linux "orphan"). */
  orphaned = false
  /** We SYN-ACKed from a SYN cookie; nothing is retransmitted for this entry. */
  fromCookie = false
  options: SocketOptions = {}
  error: SocketError | undefined

  // Retransmission bookkeeping
  retries = 0
  firstRetransmitAt: Millis | undefined
  synRetransmitted = false
  rttSeq: SeqNum | undefined
  rttStart: Millis | undefined
  keepaliveProbes = 0
  /** When the peer last sent us anything; keepalive measures idleness from here. */
  lastRecvAt = 0
  /** The peer's SYN options, kept by a half-open entry to build SYN-ACK retransmissions. */
  peerSyn: TcpOptions | undefined
  /** A tail loss probe went out and nothing new was acknowledged since (RFC 8985 §7.3). */
  tlpSent = false

  // TCP Fast Open (RFC 7413)
  /** Client: the cookie our SYN carries; server: the cookie our SYN-ACK hands out. */
  fastOpenCookie: string | undefined
  /** Client: connect() returned and the SYN waits for the first write to carry it. */
  synDeferred = false
  /** Client: data bytes our first SYN carried. */
  synData = 0
  /** Server: the SYN's data was accepted on a valid cookie; the socket is already acceptable. */
  fastOpened = false
  /** The application was told `connected` (a deferred Fast Open connect() returns at once). */
  connectedReported = false
  /** Server: TCP_DEFER_ACCEPT: until then a final ACK without data does not complete the handshake. */
  deferAcceptUntil: Millis | undefined

  /** Position in the host's history (timer jobs name the connection by it, so forks share them). */
  historyIndex = -1

  /** Timers as data: each is a deadline or absent (smoltcp `Timer`). */
  readonly timers: Partial<Record<TimerKind, Millis>> = {}

  constructor(
    readonly env: ConnEnv,
    readonly id: ConnId,
    readonly local: SocketAddress,
    readonly remote: SocketAddress,
  ) {
    this.rtt = new RttEstimator(env.params)
  }

  get state(): TcpState {
    return this._state
  }

  get params(): StackParams {
    return this.env.params
  }

  /** The one place a state changes; records old → new in the trace (smoltcp `set_state`). */
  setState(to: TcpState, cause: StateCause): void {
    const from = this._state
    if (from === to) return
    this._state = to
    this.env.emit({ type: 'state', at: this.env.now(), host: this.env.host, conn: this.id, from, to, cause })
    if (to === 'CLOSED') {
      for (const k of TIMER_KINDS) this.cancelTimer(k)
      this.env.released(this)
    }
  }

  setTimer(kind: TimerKind, afterMs: number, attempt?: number): void {
    const deadline = (this.env.now() + afterMs) as Millis
    this.timers[kind] = deadline
    const at = this.env.now()
    this.env.emit(
      attempt === undefined
        ? { type: 'timer-set', at, host: this.env.host, conn: this.id, timer: kind, deadline }
        : { type: 'timer-set', at, host: this.env.host, conn: this.id, timer: kind, deadline, attempt },
    )
    this.env.armTimer(this, kind, deadline)
  }

  cancelTimer(kind: TimerKind): void {
    if (this.timers[kind] === undefined) return
    this.timers[kind] = undefined
    this.env.emit({
      type: 'timer-cancelled',
      at: this.env.now(),
      host: this.env.host,
      conn: this.id,
      timer: kind,
    })
  }

  /** The earliest armed deadline, for a driver that steps one connection on its own. */
  nextDeadline(): Millis | undefined {
    let best: Millis | undefined
    for (const k of TIMER_KINDS) {
      const d = this.timers[k]
      if (d !== undefined && (best === undefined || d < best)) best = d
    }
    return best
  }

  /** The receive window we can offer: buffer space the application has not filled. */
  rcvWnd(): number {
    let queued = 0
    for (const o of this.ooo) queued += o.bytes.length
    return Math.max(0, this.params.recvBuffer - this.recvBuf.length - queued)
  }

  /** Sequence number of our FIN (valid once finQueued). */
  finSeq(): SeqNum {
    return seqAdd(this.bufSeq, this.sendBuf.length)
  }

  /** Our FIN has been sent and acknowledged. */
  finAcked(): boolean {
    return this.finQueued && seqDiff(this.sndUna, this.finSeq()) > 0
  }

  note(note: NoteReason): void {
    this.env.emit({ type: 'note', at: this.env.now(), host: this.env.host, conn: this.id, note })
  }

  /** Builds and sends one segment from this connection, stamping window and options. */
  send(
    f: {
      seq: SeqNum
      ack?: SeqNum
      flags: number
      payload?: SegmentData
      label?: string
      options?: TcpOptions
    },
    reason?: SendReason,
  ): void {
    const syn = (f.flags & 0x02) !== 0
    const wnd = this.rcvWnd()
    // RFC 7323 §2.2: the window in a SYN is never scaled.
    const window = syn ? synWindow(this.params, wnd, this.tsOk) : Math.min(wnd >>> this.rcvWscale, 65_535)
    let options = f.options ?? NO_OPTIONS
    if (this.tsOk && !syn)
      options = f.options
        ? { ...f.options, timestamps: { value: this.env.now(), echo: this.tsRecent } }
        : this.timestampOptions()
    // `label: undefined` never reaches the trace: the host copies fields into the segment.
    const fields: SegmentFields = {
      src: this.local,
      dst: this.remote,
      seq: f.seq,
      ack: f.ack ?? seq(0),
      flags: f.flags,
      window,
      options,
      payload: f.payload ?? EMPTY,
      label: f.label,
    }
    if (f.flags & ACK) {
      // tcp_event_ack_sent() -> tcp_dec_quickack_mode(): an ACK of new data spends one quick ACK.
      if (this.quickAcks > 0 && seqGt(fields.ack, this.lastAckSent)) this.quickAcks--
      this.lastAckSent = fields.ack
      this.unackedSegments = 0
      this.cancelTimer('delayed-ack')
    }
    this.env.transmit(this, fields, reason)
  }

  /**
   * `{ timestamps }` for a segment sent now (RFC 7323 §3.2: TSval is the clock, TSecr TS.Recent).
   * A window's worth of segments leaves in one instant with the same values, and segments are
   * never mutated, so they share one options object instead of allocating two each (issue #3).
   */
  private timestampOptions(): TcpOptions {
    const now = this.env.now()
    const last = this.lastTimestampOptions?.timestamps
    if (last !== undefined && last.value === now && last.echo === this.tsRecent)
      return this.lastTimestampOptions as TcpOptions
    return (this.lastTimestampOptions = { timestamps: { value: now, echo: this.tsRecent } })
  }
}

export const EMPTY = new Uint8Array(0)
/** Shared by every segment without options (segments are never mutated). */
const NO_OPTIONS: TcpOptions = Object.freeze({})

/** States in which a connection is synchronized (RFC 9293 §3.5.2, "synchronized states"). */
export function isSynchronized(s: TcpState): boolean {
  return s !== 'CLOSED' && s !== 'LISTEN' && s !== 'SYN-SENT' && s !== 'SYN-RECEIVED'
}

/** A connection's id within its host: "local-port>remote-ip:remote-port". */
export function connId(local: SocketAddress, remote: SocketAddress): ConnId {
  return `${local.port}>${remote.ip}:${remote.port}`
}

/** The connection looked at a segment and threw it away; `why` says which rule did. */
export function discard(c: Connection, seg: Segment, why: DiscardReason): void {
  c.env.emit({
    type: 'segment-discarded',
    at: c.env.now(),
    host: c.env.host,
    conn: c.id,
    segmentId: seg.id,
    why,
  })
}

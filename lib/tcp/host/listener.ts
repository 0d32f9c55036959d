/**
 * A listening socket (RFC 9293 §3.10.7.2) with Linux's two queues: the SYN (half-open) queue of
 * SYN-RECEIVED entries and the accept queue of ESTABLISHED connections nobody accepted yet.
 * Overflow behaviour follows tcp_conn_request() / tcp_check_req(); SYN cookies live in syncookie.ts.
 */
import { type Connection, EMPTY } from '../conn/connection'
import { fastOpenCookie } from '../conn/fastopen'
import { sendSynAck } from '../conn/output'
import { adoptSynOptions, establish } from '../conn/transitions'
import { bytesOf } from '../payload'
import { queueFull, synWindow } from '../profile'
import { ACK, hasFlag, RST, type Segment, type SocketAddress, SYN, type TcpOptions } from '../segment'
import { seq, seqAdd } from '../seq'
import { type Millis } from '../time'
import { type Host } from './host'
import {
  checkCookie,
  COOKIE_MSS_TABLE,
  makeCookie,
  mssIndex,
  overflowedRecently,
  stampOverflow,
} from './syncookie'

/** Linux TSMASK: the TSval bits a cookie SYN-ACK borrows for options (wscale 4 bits, SACK 1). */
const TS_OPTION_MASK = 0x3f
/**
 * A cookie SYN-ACK to a SYN without timestamps carries the MSS alone: one frozen options object
 * per table entry, shared by every such SYN-ACK (a flood's are all of this kind, and each one
 * the trace keeps is one more object for the garbage collector to trace).
 */
const MSS_ONLY_COOKIE_OPTIONS: readonly TcpOptions[] = COOKIE_MSS_TABLE.map((mss) => Object.freeze({ mss }))

export class Listener {
  readonly synQueue: Connection[] = []
  readonly acceptQueue: Connection[] = []
  /** Linux logs the flood warning once per listener. */
  cookiesSent = 0
  /** When the SYN queue last overflowed into cookies (tcp_synq_overflow), if ever. */
  lastOverflowAt: Millis | undefined = undefined
  /** The listening socket's address, shared by every segment it sends (segments are immutable). */
  readonly address: SocketAddress
  /** TCP_FASTOPEN was set on this socket (and the stack allows the server side). */
  fastOpen = false
  /** TCP_DEFER_ACCEPT, in ms: how long a bare final ACK is ignored while waiting for data. */
  deferAcceptMs: number | undefined

  constructor(
    readonly host: Host,
    readonly port: number,
    /** listen()'s backlog, capped by net.core.somaxconn. */
    readonly backlog: number,
  ) {
    this.address = { ip: host.ip, port }
  }

  /** A SYN-RECEIVED entry's handshake completed: move it to the accept queue unless that is full. */
  complete(c: Connection): boolean {
    if (queueFull(this.host.params, this.acceptQueue.length, this.backlog)) return false
    const i = this.synQueue.indexOf(c)
    if (i >= 0) this.synQueue.splice(i, 1)
    this.acceptQueue.push(c)
    traceQueues(this)
    this.host.services.acceptable(this.host, this)
    return true
  }

  /** accept(): the oldest established connection, if any. */
  accept(): Connection | undefined {
    const c = this.acceptQueue.shift()
    if (c) traceQueues(this)
    return c
  }
}

export function removeEntry(l: Listener, c: Connection): void {
  for (const q of [l.synQueue, l.acceptQueue]) {
    const i = q.indexOf(c)
    if (i >= 0) {
      q.splice(i, 1)
      traceQueues(l)
    }
  }
}

function traceQueues(l: Listener): void {
  l.host.emit({
    type: 'queue',
    at: l.host.now(),
    host: l.host.host,
    port: l.port,
    synQueue: l.synQueue.length,
    acceptQueue: l.acceptQueue.length,
    backlog: l.backlog,
  })
}

/** §3.10.7.2: "If the state is LISTEN, then ..." */
export function listenerSegment(h: Host, l: Listener, seg: Segment): void {
  if (hasFlag(seg.flags, RST)) {
    // "first, check for a RST: An incoming RST segment could not be valid ... ignore"
    return h.discard(seg, { code: 'rst-to-listener' })
  }
  if (hasFlag(seg.flags, ACK) && !hasFlag(seg.flags, SYN)) return ackToListener(h, l, seg)
  if (hasFlag(seg.flags, SYN) && !hasFlag(seg.flags, ACK)) return synToListener(h, l, seg)
  // "Any other control or text-bearing segment (not containing SYN) must have an ACK ... drop"
  h.discard(seg, { code: 'listener-neither-syn-nor-ack' })
}

function synToListener(h: Host, l: Listener, seg: Segment): void {
  const p = h.params
  // Linux tcp_conn_request(): a full accept queue drops every new SYN (ListenOverflows).
  if (queueFull(p, l.acceptQueue.length, l.backlog)) return h.discard(seg, { code: 'accept-queue-full-syn' })
  // inet_csk_reqsk_queue_is_full(): the SYN queue is measured against the listener's backlog.
  const synFull = queueFull(p, l.synQueue.length, l.backlog)
  if (p.synCookies === 'always' || (synFull && p.synCookies === 'overflow')) return sendCookie(h, l, seg)
  if (synFull) return h.discard(seg, { code: 'syn-queue-full-no-cookies' })
  if (p.synCookies === 'off' && p.maxSynBacklog - l.synQueue.length < p.maxSynBacklog >> 2)
    // tcp_conn_request(): without cookies the last quarter of tcp_max_syn_backlog is kept for peers
    // proven alive (tcp_peer_is_proven, an RTT in the metrics cache); no peer here is.
    return h.discard(seg, { code: 'syn-backlog-unproven-peer' })
  // "set RCV.NXT to SEG.SEQ+1, IRS is set to SEG.SEQ ... ISS should be selected and a SYN segment sent"
  const c = h.newConnection(l.port, seg.src)
  c.passive = true
  c.autoRead = false // nobody owns it until accept(): data waits in the socket buffer
  c.peerSyn = seg.options
  c.irs = seg.seq
  c.rcvNxt = seqAdd(seg.seq, 1)
  c.iss = c.sndUna = c.sndNxt = c.sndMax = h.isn(l.port, seg.src)
  c.bufSeq = seqAdd(c.iss, 1)
  adoptSynOptions(c, seg)
  c.setState('SYN-RECEIVED', { code: 'syn-to-listener' })
  if (l.deferAcceptMs !== undefined) c.deferAcceptUntil = (h.now() + l.deferAcceptMs) as Millis
  const fastOpen = l.fastOpen && seg.options.fastOpen !== undefined && fastOpenData(h, l, c, seg)
  if (fastOpen) l.acceptQueue.push(c)
  else l.synQueue.push(c)
  traceQueues(l)
  c.rttStart = h.now()
  sendSynAck(c, false, seg.options)
  if (fastOpen) h.services.acceptable(h, l)
  if (p.twoWayHandshake) {
    // Counterfactual, NOT TCP: the server trusts the SYN without proof that the client is current.
    c.note({ code: 'two-way-handshake-established' })
    if (l.complete(c)) establish(c, { code: 'two-way-open' })
    return
  }
  c.setTimer('synack', c.rtt.current(), 1)
}

/**
 * RFC 7413 §4.2.2 at a listener with TCP_FASTOPEN: a SYN without a valid cookie gets one in the
 * SYN-ACK (its data, if any, is left for the client to send again); a valid cookie's data is
 * accepted at once and the socket goes straight to the accept queue (Linux
 * tcp_fastopen_create_child). True when the data was accepted.
 */
function fastOpenData(h: Host, l: Listener, c: Connection, seg: Segment): boolean {
  const valid = fastOpenCookie(h.secret, seg.src.ip)
  const offered = seg.options.fastOpen?.cookie
  if (offered !== valid) {
    c.fastOpenCookie = valid
    c.note(
      offered === undefined
        ? { code: 'fast-open-cookie-requested', cookie: valid }
        : { code: 'fast-open-cookie-invalid', cookie: offered },
    )
    return false
  }
  if (seg.payload.length === 0) return false
  if (queueFull(h.params, l.acceptQueue.length, l.backlog)) {
    c.note({ code: 'fast-open-accept-queue-full' })
    return false
  }
  c.rcvNxt = seqAdd(c.rcvNxt, seg.payload.length)
  c.recvBuf.push(bytesOf(seg.payload))
  c.fastOpened = true
  c.cwnd = h.params.initialWindowSegments * c.sndMss // RFC 6928 §2, as at ESTABLISHED
  c.note({ code: 'fast-open-data-accepted', bytes: seg.payload.length })
  return true
}

function sendCookie(h: Host, l: Listener, seg: Segment): void {
  l.lastOverflowAt = stampOverflow(l.lastOverflowAt, h.now())
  if (l.cookiesSent++ === 0 && h.params.synCookies === 'overflow')
    h.emit({
      type: 'note',
      at: h.now(),
      host: h.host,
      note: { code: 'syn-flood-cookies', port: l.port },
    })
  const tuple = h.tupleOf(seg)
  const idx = mssIndex(seg.options.mss ?? 536)
  const iss = makeCookie(h.secret, tuple, seg.seq, h.now(), idx)
  const ts = seg.options.timestamps && h.params.timestamps
  const wscale = ts && seg.options.windowScale !== undefined && h.params.windowScale !== null
  const sack = ts && !!seg.options.sackPermitted && h.params.sackPermitted
  // Linux cookie_init_timestamp(): the low bits of TSval carry the client's wscale and SACK flag.
  const tsval =
    (h.now() & ~TS_OPTION_MASK) | (wscale ? (seg.options.windowScale ?? 0) & 0xf : 0xf) | (sack ? 0x10 : 0)
  // Without timestamps a cookie has no room for window scale or SACK (Linux cookie_v4_check()).
  // Keys added in the order the trace has always shown them: mss, timestamps, windowScale, sack.
  let options = MSS_ONLY_COOKIE_OPTIONS[idx]
  if (ts) {
    const o: { -readonly [K in keyof TcpOptions]: TcpOptions[K] } = { mss: COOKIE_MSS_TABLE[idx] }
    o.timestamps = { value: tsval >>> 0, echo: seg.options.timestamps?.value ?? 0 }
    if (wscale) o.windowScale = h.params.windowScale ?? 0
    if (sack) o.sackPermitted = true
    options = o
  }
  h.sendRaw(
    {
      src: l.address,
      dst: seg.src,
      seq: seq(iss),
      ack: seqAdd(seg.seq, 1),
      flags: SYN | ACK,
      window: synWindow(h.params, h.params.recvBuffer, !!ts),
      options,
      payload: EMPTY,
    },
    'syn-cookie',
  )
}

function ackToListener(h: Host, l: Listener, seg: Segment): void {
  if (overflowedRecently(l.lastOverflowAt, h.now())) {
    const tuple = h.tupleOf(seg)
    const idx = checkCookie(h.secret, tuple, seqAdd(seg.seq, -1), seqAdd(seg.ack, -1), h.now())
    if (idx !== undefined) return cookieConnection(h, l, seg, idx)
  }
  // "If the ACK bit is on ... form a reset segment <SEQ=SEG.ACK><CTL=RST>"
  h.discard(seg, { code: 'listener-ack-no-entry' })
  h.sendRaw(
    {
      src: seg.dst,
      dst: seg.src,
      seq: seg.ack,
      ack: seq(0),
      flags: RST,
      window: 0,
      options: {},
      payload: new Uint8Array(0),
    },
    'reset',
  )
}

/** A valid cookie ACK recreates the connection straight into ESTABLISHED. */
function cookieConnection(h: Host, l: Listener, seg: Segment, idx: number): void {
  if (queueFull(h.params, l.acceptQueue.length, l.backlog))
    return h.discard(seg, { code: 'syn-cookie-accept-queue-full' })
  const c = h.newConnection(l.port, seg.src)
  c.passive = true
  c.autoRead = false
  c.fromCookie = true
  c.iss = seqAdd(seg.ack, -1)
  c.irs = seqAdd(seg.seq, -1)
  c.rcvNxt = seg.seq
  c.lastAckSent = seg.seq // our cookie SYN-ACK acknowledged the client's SYN (RFC 7323 §4.3)
  c.sndUna = c.sndNxt = c.sndMax = c.bufSeq = seg.ack
  c.sndMss = Math.min(COOKIE_MSS_TABLE[idx], h.params.mss)
  c.tsOk = seg.options.timestamps !== undefined && h.params.timestamps
  if (c.tsOk && seg.options.timestamps) {
    const bits = seg.options.timestamps.echo & TS_OPTION_MASK
    if ((bits & 0xf) !== 0xf && h.params.windowScale !== null) {
      c.sndWscale = bits & 0xf
      c.rcvWscale = h.params.windowScale
    }
    c.sackOk = (bits & 0x10) !== 0
    c.tsRecent = seg.options.timestamps.value
  }
  c.sndWnd = seg.window << c.sndWscale
  c.sndWl1 = seg.seq
  c.sndWl2 = seg.ack
  c.note(
    c.tsOk
      ? { code: 'cookie-rebuilt-from-timestamps' }
      : { code: 'cookie-rebuilt-without-timestamps', mss: c.sndMss },
  )
  c.setState('SYN-RECEIVED', { code: 'syn-cookie-final-ack' })
  l.synQueue.push(c)
  if (!l.complete(c)) return
  establish(c, { code: 'syn-cookie-validated' })
}

import { ACK, FIN, hasFlag, PSH, RST, type Segment, SYN, type TcpOptions } from '../segment'
import { seqAdd, seqDiff, seqGt, seqLt } from '../seq'
import { type Connection } from './connection'

/** States from which data and FIN may be (re)transmitted. */
function maySendData(c: Connection): boolean {
  switch (c.state) {
    case 'ESTABLISHED':
    case 'CLOSE-WAIT':
    case 'FIN-WAIT-1': // retransmissions of data queued before close()
    case 'CLOSING':
    case 'LAST-ACK':
      return true
    case 'SYN-RECEIVED': // RFC 7413 §4.2.2: a Fast Open server may send before the final ACK
      return c.fastOpened
    default:
      return false
  }
}

/** The options our SYN or SYN-ACK carries (RFC 9293 §3.2; RFC 7323; RFC 2018). */
export function synOptions(c: Connection, replyingTo?: TcpOptions): TcpOptions {
  const p = c.params
  // On a SYN-ACK, offer an option only if the SYN offered it (RFC 7323 §1.3, RFC 2018 §2).
  const offer = (mine: boolean, theirs: boolean | undefined) => mine && (replyingTo === undefined || !!theirs)
  const o: TcpOptions = {
    mss: p.mss,
    ...(offer(p.windowScale !== null, replyingTo?.windowScale !== undefined)
      ? { windowScale: p.windowScale ?? 0 }
      : {}),
    ...(offer(p.sackPermitted, replyingTo?.sackPermitted) ? { sackPermitted: true } : {}),
    ...(offer(p.timestamps, replyingTo?.timestamps !== undefined)
      ? { timestamps: { value: c.env.now(), echo: replyingTo?.timestamps?.value ?? 0 } }
      : {}),
  }
  // RFC 7413 §4.1.1: a client's SYN carries its cookie, or an empty option to request one; a
  // server's SYN-ACK carries a cookie when it hands one out.
  if (replyingTo === undefined && c.options.fastOpen)
    return { ...o, fastOpen: c.fastOpenCookie === undefined ? {} : { cookie: c.fastOpenCookie } }
  if (replyingTo !== undefined && c.fastOpenCookie !== undefined)
    return { ...o, fastOpen: { cookie: c.fastOpenCookie } }
  return o
}

/** <SEQ=ISS><CTL=SYN> (RFC 9293 §3.10.1). */
export function sendSyn(c: Connection, retransmission: boolean): void {
  c.send({ seq: c.iss, flags: SYN, options: synOptions(c) }, retransmission ? 'retransmission' : undefined)
  // A retransmitted Fast Open SYN goes without data, but the server may still ACK the first one's.
  c.sndNxt = seqAdd(c.iss, 1 + c.synData)
  if (seqGt(c.sndNxt, c.sndMax)) c.sndMax = c.sndNxt
}

/**
 * RFC 7413 §4.2.1: a Fast Open SYN with a cookie carries the first write, up to the MSS the server
 * announced last time. A retransmitted SYN goes without data (sendSyn); the data then follows the
 * handshake like any unacknowledged byte.
 */
export function sendSynData(c: Connection, mss: number): void {
  c.synDeferred = false
  const len = Math.min(c.sendBuf.length, mss)
  c.synData = len
  c.rttStart = c.env.now()
  c.send({
    seq: c.iss,
    flags: SYN,
    options: synOptions(c),
    payload: c.sendBuf.view(0, len),
    label: labelFor(c, c.bufOffset, c.bufOffset + len),
  })
  c.sndNxt = seqAdd(c.iss, 1 + len)
  if (seqGt(c.sndNxt, c.sndMax)) c.sndMax = c.sndNxt
  c.setTimer('retransmit', c.rtt.current(), 1)
}

/** <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> (RFC 9293 §3.10.7.2). */
export function sendSynAck(c: Connection, retransmission: boolean, peerOptions?: TcpOptions): void {
  c.send(
    { seq: c.iss, ack: c.rcvNxt, flags: SYN | ACK, options: synOptions(c, peerOptions ?? {}) },
    c.fromCookie ? 'syn-cookie' : retransmission ? 'retransmission' : undefined,
  )
  c.sndNxt = seqAdd(c.iss, 1)
  if (seqGt(c.sndNxt, c.sndMax)) c.sndMax = c.sndNxt
}

/** <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> */
export function sendAck(c: Connection): void {
  c.send({ seq: c.sndNxt, ack: c.rcvNxt, flags: ACK })
}

/**
 * RFC 5961 §7 ACK throttling: sends the duplicate or challenge ACK an unacceptable segment calls
 * for unless one went less than `invalidAckRatelimitMs` ago; false when throttled. A segment with
 * data is always answered (Linux tcp_oow_rate_limited: it cannot be part of an ACK loop).
 */
export function sendInvalidAck(c: Connection, seg: Segment): boolean {
  const now = c.env.now()
  const dataOnly = seg.payload.length > 0 && !hasFlag(seg.flags, SYN)
  if (!dataOnly && now - c.lastInvalidAckAt < c.params.invalidAckRatelimitMs) return false
  c.lastInvalidAckAt = now
  sendAck(c)
  return true
}

/** A reset from a live connection: abort, close with unread data, keepalive give-up. */
export function sendReset(c: Connection): void {
  if (c.params.abortRstAck) c.send({ seq: c.sndNxt, ack: c.rcvNxt, flags: RST | ACK }, 'reset')
  else c.send({ seq: c.sndNxt, flags: RST }, 'reset') // RFC 9293 §3.10.5
}

/** Labels of the application messages overlapping stream bytes [start, end). */
export function labelFor(c: Connection, start: number, end: number): string | undefined {
  let out: string | undefined
  for (const l of c.labels) {
    if (l.end <= start || l.start >= end) continue
    out = out === undefined ? l.label : `${out}, ${l.label}`
  }
  return out
}

/**
 * Sends whatever the windows allow: new data, retransmissions after a go-back (RTO), and the
 * FIN once every data byte is out (RFC 9293 §3.10.2, §3.10.4). Arms the retransmission timer
 * whenever something is outstanding (RFC 6298 §5.1).
 */
export function output(c: Connection): void {
  if (!maySendData(c)) return
  const before = c.sndMax
  for (;;) {
    const off = seqDiff(c.sndNxt, c.bufSeq)
    const avail = c.sendBuf.length - off
    if (avail <= 0) break
    const inFlight = seqDiff(c.sndNxt, c.sndUna)
    const room = Math.min(c.sndWnd, c.cwnd) - inFlight
    if (room <= 0) {
      // RFC 9293 §3.8.6.1: a zero window is probed so a lost window update cannot deadlock us.
      if (c.sndWnd === 0 && inFlight === 0 && c.timers.persist === undefined)
        c.setTimer('persist', c.rtt.current())
      break
    }
    const len = Math.min(avail, room, c.sndMss)
    const last = off + len === c.sendBuf.length
    // Like Linux tcp_send_fin(), a queued FIN rides on the last data segment.
    const fin = last && c.finQueued
    sendData(c, off, len, fin)
  }
  if (c.finQueued && c.sndNxt === c.finSeq()) {
    const retx = seqLt(c.sndNxt, c.sndMax)
    c.send({ seq: c.sndNxt, ack: c.rcvNxt, flags: FIN | ACK }, retx ? 'retransmission' : undefined)
    advance(c, 1, retx)
  }
  if (c.sndNxt !== c.sndUna && c.timers.retransmit === undefined) c.setTimer('retransmit', c.rtt.current(), 1)
  if (c.sndMax !== before) armTailLossProbe(c)
}

/**
 * RFC 8985 §7.2, as Linux tcp_schedule_loss_probe() (net/ipv4/tcp_output.c) does it: after new
 * data or a FIN goes out, or an ACK leaves some outstanding, a probe timeout (PTO) of 2·SRTT, plus
 * the worst-case delayed ACK when a single segment is in flight, capped at the RTO: Linux keeps
 * one timer for both, so a PTO longer than the RTO still fires as a probe, at the RTO's time.
 * One probe per tail: none again until something new is acknowledged, none during RTO recovery
 * (icsk_ca_state must be Open). Linux probes only on SACK connections (tcp_is_sack()).
 */
export function armTailLossProbe(c: Connection): void {
  if (!c.params.tailLossProbe || c.tlpSent || c.retries > 0 || c.sndNxt === c.sndUna) return
  if (!maySendData(c) || c.state === 'SYN-RECEIVED') return // no probe before the handshake ends
  const linux = c.params.profile === 'linux'
  if (linux && !c.sackOk) return
  const srtt = c.rtt.srtt
  let pto = srtt === null ? TLP_NO_SRTT_PTO_MS : 2 * srtt
  // RFC 8985's WCDelAckT is 200 ms; Linux adds tcp_rto_min (also 200 ms by default) for a lone
  // segment, and TCP_TIMEOUT_MIN (2 jiffies) otherwise.
  if (seqDiff(c.sndNxt, c.sndUna) <= c.sndMss) pto += linux ? c.params.minRtoMs : WORST_CASE_DELAYED_ACK_MS
  else if (linux) pto += LINUX_TIMEOUT_MIN_MS
  const rto = c.timers.retransmit
  const now = c.env.now()
  c.setTimer('tail-loss-probe', rto === undefined ? Math.ceil(pto) : Math.min(Math.ceil(pto), rto - now))
}

/** RFC 8985 §7.2: WCDelAckT, "the worst-case delayed ACK timer" (200 ms). */
const WORST_CASE_DELAYED_ACK_MS = 200
/** RFC 8985 §7.2: "If SRTT is not available, PTO = 1 second" (Linux: TCP_TIMEOUT_INIT). */
const TLP_NO_SRTT_PTO_MS = 1000
/** Linux TCP_TIMEOUT_MIN: 2 jiffies, 2 ms at HZ = 1000. */
const LINUX_TIMEOUT_MIN_MS = 2

function sendData(c: Connection, off: number, len: number, fin: boolean): void {
  const seqNo = c.sndNxt
  const retx = seqLt(seqNo, c.sndMax)
  // Linux tcp_event_data_sent(), called by __tcp_transmit_skb() for every segment that carries
  // data (a retransmission too, a bare FIN not): data sent within the ACK timeout (TCP_ATO_MIN) of
  // the last data received is a reply, and one reply (tcp_pingpong_thresh = 1) makes the
  // connection interactive: pingpong mode, where ACKs wait to ride on replies.
  const lastRecv = c.lastDataRecvAt
  if (
    c.params.quickAck &&
    len > 0 &&
    lastRecv !== undefined &&
    c.env.now() - lastRecv < c.params.delayedAckMs
  )
    c.pingpong = true
  const payload = c.sendBuf.view(off, len)
  const start = c.bufOffset + off
  const label = labelFor(c, start, start + len)
  const flags = ACK | (PSH * (off + len === c.sendBuf.length ? 1 : 0)) | (fin ? FIN : 0)
  c.send(
    { seq: seqNo, ack: c.rcvNxt, flags, payload, label: label || undefined },
    retx ? 'retransmission' : undefined,
  )
  advance(c, len + (fin ? 1 : 0), retx)
}

function advance(c: Connection, n: number, retx: boolean): void {
  // Karn's algorithm (RFC 6298 §3): time only segments sent for the first time.
  if (!retx && c.rttSeq === undefined) {
    c.rttSeq = seqAdd(c.sndNxt, n)
    c.rttStart = c.env.now()
  }
  c.sndNxt = seqAdd(c.sndNxt, n)
  if (seqGt(c.sndNxt, c.sndMax)) c.sndMax = c.sndNxt
}

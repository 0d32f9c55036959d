/** Segment text and FIN (RFC 9293 §3.10.7.4 seventh and eighth), reassembly and ACK policy. */
import { bytesOf, type SegmentData } from '../payload'
import { FIN, hasFlag, type Segment } from '../segment'
import { seqAdd, seqDiff } from '../seq'
import { type Connection } from './connection'
import { sendAck, sendReset } from './output'
import { enterTimeWait } from './transitions'

/** Accepts text and FIN from an acceptable segment; false means the connection went away. */
export function acceptData(c: Connection, seg: Segment): boolean {
  const fin = hasFlag(seg.flags, FIN)
  if (seg.payload.length === 0 && !fin) return true
  switch (c.state) {
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2': // "deliver the segment text to the user RECEIVE buffers"
      break
    case 'CLOSE-WAIT':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT': // "This should not occur since a FIN has been received from the remote side"
      return true
    default: // unexpected segment: SYN-RECEIVED becomes ESTABLISHED before text is processed
      return true
  }
  if (seg.payload.length > 0 && c.orphaned) {
    // Linux tcp_rcv_state_process(): data for a socket nobody can read any more resets it
    // (RFC 9293 §3.6.1 SHLD-3, RFC 2525 §2.17).
    c.note({ code: 'data-after-close-reset' })
    sendReset(c)
    c.setState('CLOSED', { code: 'data-after-close' })
    return false
  }
  const d = seqDiff(seg.seq, c.rcvNxt)
  const wnd = c.rcvWnd()
  if (d > 0) {
    // Out of order: keep what fits the window and ACK at once (RFC 5681 §4.2, RFC 9293 §3.10.7.4).
    const room = wnd - d
    const bytes = seg.payload.subarray(0, Math.max(0, room))
    if (bytes.length > 0 || fin)
      c.ooo.push({ seq: seg.seq, bytes, fin: fin && bytes.length === seg.payload.length })
    sendAck(c)
    return true
  }
  const skip = -d
  const len = seg.payload.length
  // The common case, a whole in-order segment, hands on the payload itself (no new view).
  const bytes =
    skip === 0 && wnd >= len
      ? seg.payload
      : seg.payload.subarray(Math.min(skip, len), Math.min(len, skip + wnd))
  const whole = skip + wnd >= seg.payload.length
  if (bytes.length > 0) deliver(c, bytes)
  if (fin && whole) return processFin(c)
  if (drainReassembly(c)) return processFin(c)
  if (bytes.length > 0) ackData(c, bytes.length, skip > 0)
  return true
}

function deliver(c: Connection, bytes: SegmentData): void {
  c.rcvNxt = seqAdd(c.rcvNxt, bytes.length)
  if (c.autoRead) c.env.appEvent(c, { kind: 'received', bytes })
  else c.recvBuf.push(bytesOf(bytes))
}

/** Moves queued out-of-order data that now follows RCV.NXT; true if a queued FIN became in order. */
function drainReassembly(c: Connection): boolean {
  if (c.ooo.length === 0) return false
  c.ooo.sort((a, b) => seqDiff(a.seq, b.seq))
  let finNow = false
  while (c.ooo.length > 0) {
    const o = c.ooo[0]
    const d = seqDiff(o.seq, c.rcvNxt)
    if (d > 0) break
    c.ooo.shift()
    if (-d < o.bytes.length) deliver(c, o.bytes.subarray(-d))
    if (o.fin && -d <= o.bytes.length) finNow = true
    if (finNow) break
  }
  // A gap just filled: ACK at once so the sender learns quickly (RFC 5681 §4.2).
  if (!finNow) sendAck(c)
  return finNow
}

/**
 * RFC 9293 §3.8.6.3: ACK every second full-size segment, otherwise within the delayed-ACK time;
 * Linux __tcp_ack_snd_check() also ACKs at once in quick-ack mode.
 */
function ackData(c: Connection, len: number, duplicate: boolean): void {
  if (duplicate) return sendAck(c)
  if (c.params.quickAck) dataReceived(c)
  if (len >= c.sndMss || len >= c.params.mss) c.unackedSegments++
  else c.unackedSegments += 0.5
  if (c.unackedSegments >= 2 || c.params.delayedAckMs === 0 || inQuickAckMode(c)) return sendAck(c)
  if (c.timers['delayed-ack'] === undefined) c.setTimer('delayed-ack', c.params.delayedAckMs)
}

/**
 * Linux tcp_event_data_recv(): the first data on a connection, or data after a silence longer
 * than the RTO, grants quick ACKs (tcp_incr_quickack). The ACK-timeout (ato) adaptation is not
 * modelled: the delayed ACK is always delayedAckMs.
 */
function dataReceived(c: Connection): void {
  const now = c.env.now()
  if (c.lastDataRecvAt === undefined || now - c.lastDataRecvAt > c.rtt.current()) {
    // tcp_incr_quickack(): half the receive window in segments, at least 2, at most 16.
    const quick = Math.min(Math.floor(c.rcvWnd() / (2 * c.sndMss)) || 2, MAX_QUICKACKS)
    c.quickAcks = Math.max(c.quickAcks, quick)
  }
  c.lastDataRecvAt = now
}

/** Linux TCP_MAX_QUICKACKS. */
const MAX_QUICKACKS = 16

/** Linux tcp_in_quickack_mode(): quick ACKs left and not in pingpong (interactive) mode. */
function inQuickAckMode(c: Connection): boolean {
  return c.quickAcks > 0 && !c.pingpong
}

/** §3.10.7.4 eighth: the FIN, once every byte before it has arrived. */
export function processFin(c: Connection): boolean {
  c.rcvNxt = seqAdd(c.rcvNxt, 1) // "advance RCV.NXT over the FIN"
  c.finReceived = true
  if (!c.orphaned) c.env.appEvent(c, { kind: 'eof' })
  const s = c.state
  switch (s) {
    case 'SYN-RECEIVED':
    case 'ESTABLISHED': // "Enter the CLOSE-WAIT state"
      c.setState('CLOSE-WAIT', { code: 'fin-received' })
      // Linux tcp_fin() enters pingpong mode and delays this ACK, so an application that closes at
      // once merges it into its FIN.
      if (c.params.quickAck) c.pingpong = true
      if (c.params.ackFinImmediately || c.params.delayedAckMs === 0) sendAck(c)
      else if (c.timers['delayed-ack'] === undefined) c.setTimer('delayed-ack', c.params.delayedAckMs)
      return true
    case 'FIN-WAIT-1': // "If our FIN has been ACKed ... enter TIME-WAIT; otherwise, enter the CLOSING state"
      sendAck(c)
      if (c.finAcked()) enterTimeWait(c, { code: 'fin-received-fin-acked' })
      else c.setState('CLOSING', { code: 'simultaneous-close' })
      return c.state !== 'CLOSED'
    case 'FIN-WAIT-2': // "Enter the TIME-WAIT state. Start the time-wait timer"
      sendAck(c)
      enterTimeWait(c, { code: 'fin-received' })
      return c.state !== 'CLOSED'
    case 'CLOSE-WAIT':
    case 'CLOSING':
    case 'LAST-ACK': // "Remain in the ... state"
      sendAck(c)
      return true
    case 'TIME-WAIT': // "Remain in the TIME-WAIT state. Restart the 2 MSL time-wait timeout"
      sendAck(c)
      enterTimeWait(c, null)
      return true
    default: // unexpected segment: no FIN is processed in CLOSED, LISTEN or SYN-SENT
      return false
  }
}

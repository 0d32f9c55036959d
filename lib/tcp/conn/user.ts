/** The user calls of RFC 9293 §3.10 (OPEN, SEND, RECEIVE, CLOSE, ABORT) plus shutdown(SHUT_WR). */
import { assertNever } from '../assert'
import { Payload } from '../payload'
import { type StateCause } from '../reasons'
import { fastOpenAllows } from '../profile'
import { type SeqNum, seqAdd } from '../seq'
import { type Connection } from './connection'
import { output, sendAck, sendReset, sendSyn, sendSynData } from './output'

/** OPEN (active), §3.10.1: "select an ISS. Send a SYN segment, set SND.UNA to ISS, SND.NXT to ISS+1". */
export function openActive(c: Connection, iss: SeqNum): void {
  c.iss = c.sndUna = c.sndNxt = c.sndMax = iss
  c.bufSeq = seqAdd(iss, 1)
  if (c.options.fastOpen && !fastOpenAllows(c.params, 'client')) {
    c.note({ code: 'fast-open-connect-ignored' })
    c.options.fastOpen = false
  }
  const cached = c.options.fastOpen ? c.env.fastOpenCookies.get(c.remote.ip) : undefined
  if (cached) {
    // Linux TCP_FASTOPEN_CONNECT with a cookie: connect() returns at once and the SYN leaves
    // with the first write, carrying it (RFC 7413 §4.2.1).
    c.fastOpenCookie = cached.cookie
    c.sndMss = Math.min(cached.mss, c.params.mss)
    c.synDeferred = true
    c.setState('SYN-SENT', { code: 'connect-fast-open' })
    c.connectedReported = true
    c.env.appEvent(c, { kind: 'connected' })
    return
  }
  c.setState('SYN-SENT', { code: 'connect' })
  c.rttStart = c.env.now()
  sendSyn(c, false)
  c.setTimer('retransmit', c.rtt.current(), 1)
}

/**
 * SEND, §3.10.2: queue the bytes and transmit what the windows allow. False: EPIPE. A Payload's
 * bytes are drawn only if something reads them (payload.ts).
 */
export function send(c: Connection, data: Uint8Array | Payload, label?: string): boolean {
  const s = c.state
  switch (s) {
    case 'SYN-SENT':
    case 'SYN-RECEIVED': // "Queue the data for transmission after entering ESTABLISHED state"
    case 'ESTABLISHED':
    case 'CLOSE-WAIT': // "Segmentize the buffer and send it with a piggybacked acknowledgment"
      if (c.finQueued) return false // after shutdown(SHUT_WR): "error: connection closing"
      break
    case 'CLOSED':
    case 'LISTEN':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT': // "return 'error: connection closing' and do not service request"
      return false
    default:
      return assertNever(s, 'state')
  }
  if (label !== undefined) {
    const start = c.bufOffset + c.sendBuf.length
    c.labels.push({ start, end: start + data.length, label })
  }
  if (data instanceof Payload) c.sendBuf.pushWrite(data)
  else c.sendBuf.push(data)
  if (c.synDeferred) sendSynData(c, c.sndMss)
  else output(c)
  return true
}

/** shutdown(SHUT_WR): queue a FIN after the data; the socket stays owned (no FIN-WAIT-2 timeout). */
export function shutdownWrite(c: Connection): void {
  if (c.finQueued) return
  const s = c.state
  switch (s) {
    case 'SYN-SENT': // CLOSE in SYN-SENT: "Delete the TCB"
      c.setState('CLOSED', { code: 'close-before-handshake' })
      return
    case 'SYN-RECEIVED':
    case 'ESTABLISHED': // "form a FIN segment and send it, and enter FIN-WAIT-1 state"
      c.finQueued = true
      c.setState('FIN-WAIT-1', { code: s === 'ESTABLISHED' ? 'close-fin-queued' : 'close-in-syn-received' })
      output(c)
      return
    case 'CLOSE-WAIT': // "send a FIN segment, enter LAST-ACK state"
      c.finQueued = true
      c.setState('LAST-ACK', { code: 'close-after-peer-fin' })
      output(c)
      return
    case 'CLOSED':
    case 'LISTEN':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT': // "error: connection closing": a FIN is already on its way
      return
    default:
      assertNever(s, 'state')
  }
}

/** close(): give up the socket. Unread data or SO_LINGER {1,0} turn it into an abort (SHLD-3). */
export function close(c: Connection): void {
  if (c.recvBuf.length > 0 && c.state !== 'CLOSED') {
    c.note({ code: 'close-unread-data-rst', bytes: c.recvBuf.length }) // RFC 9293 SHLD-3, RFC 2525 §2.17
    return abort(c, { code: 'close-unread-data' })
  }
  if (c.options.lingerZero) return abort(c, { code: 'close-linger-zero' })
  c.orphaned = true
  if (c.state === 'FIN-WAIT-2' && c.params.finWait2TimeoutMs !== null)
    c.setTimer('fin-wait-2', c.params.finWait2TimeoutMs) // was half-closed, now orphaned
  shutdownWrite(c)
}

/** ABORT, §3.10.5: "Send a reset segment <SEQ=SND.NXT><CTL=RST>" in the synchronized states. */
export function abort(c: Connection, cause: StateCause = { code: 'abort' }): void {
  c.orphaned = true
  const s = c.state
  switch (s) {
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT': // "Send a reset segment"
      sendReset(c)
      c.setState('CLOSED', cause)
      return
    case 'SYN-SENT':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT': // "respond with 'ok' and delete the TCB"
      c.setState('CLOSED', cause)
      return
    case 'CLOSED':
    case 'LISTEN':
      return
    default:
      assertNever(s, 'state')
  }
}

/** RECEIVE, §3.10.3: hands up to `max` buffered bytes to the application and reopens the window. */
export function read(c: Connection, max = Infinity): Uint8Array {
  const before = c.rcvWnd()
  const out = c.recvBuf.shift(Math.min(max, c.recvBuf.length))
  // RFC 9293 §3.8.6.2.2: announce a reopened window once it grows by at least one MSS.
  if (
    out.length > 0 &&
    c.rcvWnd() - before >= Math.min(c.params.mss, c.params.recvBuffer / 2) &&
    before < c.params.mss
  )
    if (c.state !== 'CLOSED' && c.state !== 'TIME-WAIT') sendAck(c)
  return out
}

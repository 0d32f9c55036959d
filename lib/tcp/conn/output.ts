import { ACK, FIN, PSH, RST, SYN, type TcpOptions } from '../segment'
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
    default:
      return false
  }
}

/** The options our SYN or SYN-ACK carries (RFC 9293 §3.2; RFC 7323; RFC 2018). */
export function synOptions(c: Connection, replyingTo?: TcpOptions): TcpOptions {
  const p = c.params
  // On a SYN-ACK, offer an option only if the SYN offered it (RFC 7323 §1.3, RFC 2018 §2).
  const offer = (mine: boolean, theirs: boolean | undefined) => mine && (replyingTo === undefined || !!theirs)
  return {
    mss: p.mss,
    ...(offer(p.windowScale !== null, replyingTo?.windowScale !== undefined)
      ? { windowScale: p.windowScale ?? 0 }
      : {}),
    ...(offer(p.sackPermitted, replyingTo?.sackPermitted) ? { sackPermitted: true } : {}),
    ...(offer(p.timestamps, replyingTo?.timestamps !== undefined)
      ? { timestamps: { value: c.env.now(), echo: replyingTo?.timestamps?.value ?? 0 } }
      : {}),
  }
}

/** <SEQ=ISS><CTL=SYN> (RFC 9293 §3.10.1). */
export function sendSyn(c: Connection, retransmission: boolean): void {
  c.send({ seq: c.iss, flags: SYN, options: synOptions(c) }, retransmission ? 'retransmission' : undefined)
  c.sndNxt = seqAdd(c.iss, 1)
  if (seqGt(c.sndNxt, c.sndMax)) c.sndMax = c.sndNxt
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

/** A reset from a live connection: abort, close with unread data, keepalive give-up. */
export function sendReset(c: Connection): void {
  if (c.params.abortRstAck) c.send({ seq: c.sndNxt, ack: c.rcvNxt, flags: RST | ACK }, 'reset')
  else c.send({ seq: c.sndNxt, flags: RST }, 'reset') // RFC 9293 §3.10.5
}

/** Labels of the application messages overlapping stream bytes [start, end). */
function labelFor(c: Connection, start: number, end: number): string | undefined {
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
}

function sendData(c: Connection, off: number, len: number, fin: boolean): void {
  const seqNo = c.sndNxt
  const retx = seqLt(seqNo, c.sndMax)
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

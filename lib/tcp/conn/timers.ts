/** What each timer does when its deadline passes (RFC 6298 §5, RFC 9293 §3.8, Linux defaults). */
import { assertNever } from '../assert'
import { ACK, FIN, PSH } from '../segment'
import { seqAdd, seqDiff, seqGt } from '../seq'
import { type TimerKind } from '../trace'
import { type Connection } from './connection'
import { labelFor, output, sendAck, sendReset, sendSyn, sendSynAck } from './output'

/** Runs a timer that has just fired (the caller cleared its deadline and traced the firing). */
export function onTimer(c: Connection, kind: TimerKind): void {
  switch (kind) {
    case 'retransmit': // RFC 6298 §5.4–5.6
      // A probe due at the same instant goes first: Linux runs both on one timer, and a PTO
      // capped at the RTO fires as the probe (tcp_schedule_loss_probe()).
      if (c.timers['tail-loss-probe'] === c.env.now()) {
        c.cancelTimer('tail-loss-probe')
        return tailLossProbe(c)
      }
      return retransmitTimeout(c)
    case 'synack': // a half-open entry re-sends its SYN-ACK (Linux tcp_synack_retries)
      return synackTimeout(c)
    case 'delayed-ack': // RFC 9293 §3.8.6.3: the delay is over, ACK now
      // Linux tcp_delack_timer_handler(): a delayed ACK that had to fire means no reply came to
      // carry it, so the connection leaves pingpong mode.
      c.pingpong = false
      return sendAck(c)
    case 'time-wait': // RFC 9293 §3.10.8: "If the time-wait timeout expires ... enter the CLOSED state"
      return c.setState('CLOSED', { code: 'time-wait-expired' })
    case 'fin-wait-2': // Linux tcp_fin_timeout: an orphaned FIN-WAIT-2 socket is dropped silently
      c.note({ code: 'fin-wait-2-orphan-timed-out' })
      return c.setState('CLOSED', { code: 'fin-wait-2-timeout' })
    case 'keepalive': // RFC 1122 §4.2.3.6
      return keepaliveTimeout(c)
    case 'tail-loss-probe': // RFC 8985 §7.3: re-send the last segment before the RTO
      return tailLossProbe(c)
    case 'persist': // RFC 9293 §3.8.6.1: probe a zero window
      return windowProbe(c)
    default:
      assertNever(kind, 'timer')
  }
}

function retransmitTimeout(c: Connection): void {
  const p = c.params
  const now = c.env.now()
  const opening = c.state === 'SYN-SENT' || c.state === 'SYN-RECEIVED'
  const limit = opening ? synRetryLimit(c) : p.dataRetries
  const giveUpMs = opening ? p.synGiveUpMs : p.dataGiveUpMs
  if (c.retries === 0) c.firstRetransmitAt = (now - c.rtt.current()) as typeof now
  const elapsed = now - (c.firstRetransmitAt ?? now)
  // RFC 9293 §3.8.3 R2 (time) or Linux tcp_syn_retries / tcp_retries2 (count).
  if ((limit !== null && c.retries >= limit) || (giveUpMs !== null && elapsed >= giveUpMs)) {
    c.note({ code: 'retransmissions-given-up', retransmissions: c.retries, elapsedMs: elapsed })
    c.error = 'ETIMEDOUT'
    if (!c.orphaned) c.env.appEvent(c, { kind: 'error', error: 'ETIMEDOUT' })
    return c.setState('CLOSED', { code: 'retransmissions-exhausted' })
  }
  c.retries++
  c.cancelTimer('tail-loss-probe')
  if (c.retries === p.r1) c.note({ code: 'r1-reached', retransmissions: p.r1 })
  if (!linearSynTimeout(c)) c.rtt.backOff() // RFC 6298 §5.5
  c.rttSeq = c.rttStart = undefined // Karn: no sample from a retransmitted segment
  let next = c.rtt.current()
  if (giveUpMs !== null) next = Math.max(0, Math.min(next, (c.firstRetransmitAt ?? now) + giveUpMs - now))
  c.setTimer('retransmit', next, c.retries + 1)
  switch (c.state) {
    case 'SYN-SENT':
      c.synRetransmitted = true
      return sendSyn(c, true)
    case 'SYN-RECEIVED': // simultaneous open: our SYN,ACK
      c.synRetransmitted = true
      return sendSynAck(c, true, c.peerSyn)
    default:
      // RFC 6298 §5.4 retransmit the earliest unacknowledged segment; RFC 5681 §3.1: cwnd = 1 MSS.
      c.sndNxt = c.sndUna
      c.cwnd = c.sndMss
      output(c)
  }
}

/**
 * How many times a SYN may be re-sent. Linux tcp_write_timeout(): tcp_syn_retries, plus
 * tcp_syn_linear_timeouts for an active open (SYN-SENT) only.
 */
function synRetryLimit(c: Connection): number | null {
  const p = c.params
  if (p.synRetries === null) return null
  return p.synRetries + (c.state === 'SYN-SENT' ? p.synLinearTimeouts : 0)
}

/**
 * Linux tcp_retransmit_timer(): in SYN-SENT the first tcp_syn_linear_timeouts retransmissions keep
 * the timeout as it was; back-off starts with the one after them. `c.retries` counts this one.
 */
function linearSynTimeout(c: Connection): boolean {
  return c.state === 'SYN-SENT' && c.retries <= c.params.synLinearTimeouts
}

function synackTimeout(c: Connection): void {
  if (c.state !== 'SYN-RECEIVED') return
  if (c.retries >= c.params.synackRetries) {
    c.note({ code: 'syn-ack-given-up', sent: c.retries + 1 })
    return c.setState('CLOSED', { code: 'syn-ack-retries-exhausted' })
  }
  c.retries++
  c.rtt.backOff()
  c.synRetransmitted = true
  c.setTimer('synack', c.rtt.current(), c.retries + 1)
  sendSynAck(c, true, c.peerSyn)
}

function keepaliveTimeout(c: Connection): void {
  const ka = c.options.keepalive
  if (!ka) return
  const idle = c.env.now() - c.lastRecvAt
  // Keepalive only runs on an idle connection; outstanding data is the retransmission timer's job.
  if (c.sndUna !== c.sndNxt || c.sendBuf.length > seqDiff(c.sndNxt, c.bufSeq)) {
    return c.setTimer('keepalive', ka.idleMs)
  }
  if (c.keepaliveProbes === 0 && idle < ka.idleMs) return c.setTimer('keepalive', ka.idleMs - idle)
  if (c.keepaliveProbes >= ka.probes) {
    // Linux tcp_keepalive_timer(): tcp_send_active_reset() then tcp_write_err() (ETIMEDOUT).
    c.note({ code: 'keepalive-given-up', probes: ka.probes })
    sendReset(c)
    c.error = 'ETIMEDOUT'
    if (!c.orphaned) c.env.appEvent(c, { kind: 'error', error: 'ETIMEDOUT' })
    return c.setState('CLOSED', { code: 'keepalive-timeout' })
  }
  c.keepaliveProbes++
  // RFC 1122 §4.2.3.6: SEG.SEQ = SND.NXT − 1 and no data, so the peer must answer with an ACK.
  c.send({ seq: seqAdd(c.sndNxt, -1), ack: c.rcvNxt, flags: ACK }, 'keepalive')
  c.setTimer('keepalive', ka.intervalMs, c.keepaliveProbes)
}

/**
 * RFC 8985 §7.3 (Linux tcp_send_loss_probe()): re-send the last segment sent, up to one MSS back
 * from SND.NXT, with the FIN if that was sent; it is not an RTO, so nothing backs off, and the
 * RTO timer runs again from now.
 */
function tailLossProbe(c: Connection): void {
  if (c.sndUna === c.sndNxt) return
  c.tlpSent = true
  c.setTimer('retransmit', c.rtt.current(), 1)
  const finSent = c.finQueued && seqGt(c.sndNxt, c.finSeq())
  const dataEnd = Math.min(seqDiff(c.sndNxt, c.bufSeq), c.sendBuf.length)
  const len = Math.min(c.sndMss, dataEnd)
  if (len <= 0 && !finSent) return
  const off = dataEnd - Math.max(len, 0)
  const start = c.bufOffset + off
  const last = dataEnd === c.sendBuf.length
  c.send(
    {
      seq: seqAdd(c.bufSeq, off),
      ack: c.rcvNxt,
      flags: ACK | (last && len > 0 ? PSH : 0) | (finSent ? FIN : 0),
      payload: c.sendBuf.view(off, Math.max(len, 0)),
      label: len > 0 ? labelFor(c, start, start + len) : undefined,
    },
    'tail-loss-probe',
  )
}

function windowProbe(c: Connection): void {
  if (c.sndWnd > 0) return output(c)
  // Linux tcp_xmit_probe_skb(): a zero-length segment at SND.UNA − 1 makes the peer report its window.
  c.send({ seq: seqAdd(c.sndUna, -1), ack: c.rcvNxt, flags: ACK }, 'window-probe')
  c.rtt.backOff()
  c.setTimer('persist', c.rtt.current())
}

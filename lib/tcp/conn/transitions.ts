/** ACK processing and the state changes it drives (RFC 9293 §3.10.7.4 fifth), plus TIME-WAIT entry. */
import { assertNever } from '../assert'
import { type StateCause } from '../reasons'
import { FIN, hasFlag, RST, type Segment } from '../segment'
import { seqAdd, seqDiff, seqGe, seqGt, seqLe, seqLt } from '../seq'
import { type Connection, discard } from './connection'
import { armTailLossProbe, sendInvalidAck } from './output'

/** Adopts the peer's SYN options: MSS (§3.7.1), window scale (RFC 7323 §2.2), SACK, timestamps. */
export function adoptSynOptions(c: Connection, seg: Segment): void {
  const o = seg.options
  c.sndMss = Math.min(o.mss ?? 536, c.params.mss) // RFC 9293 §3.7.1: 536 when the option is absent
  if (o.windowScale !== undefined && c.params.windowScale !== null) {
    c.sndWscale = Math.min(o.windowScale, 14) // RFC 7323 §2.3: shifts above 14 are treated as 14
    c.rcvWscale = c.params.windowScale
  }
  c.sackOk = !!o.sackPermitted && c.params.sackPermitted
  c.tsOk = o.timestamps !== undefined && c.params.timestamps
  if (o.timestamps) c.tsRecent = o.timestamps.value
  c.sndWnd = seg.window // RFC 7323 §2.2: the window of a SYN is never scaled
  c.sndWl1 = seg.seq
  c.sndWl2 = seg.ack
}

/**
 * RFC 7323 §4.3 (2): on every acceptable segment, "If SEG.TSval >= TS.Recent and SEG.SEQ <=
 * Last.ACK.sent, then SEG.TSval is copied to TS.Recent" — so every segment we send echoes the
 * peer's latest clock, not the one from its SYN (Linux tcp_replace_ts_recent, !after(seq, rcv_wup)).
 */
export function updateTsRecent(c: Connection, seg: Segment): void {
  const ts = seg.options.timestamps
  if (!c.tsOk || ts === undefined) return
  if (((ts.value - c.tsRecent) | 0) < 0 || seqGt(seg.seq, c.lastAckSent)) return
  c.tsRecent = ts.value
}

/** Both SYNs are acknowledged: the connection is open. */
export function establish(c: Connection, cause: StateCause): void {
  c.cancelTimer('retransmit')
  c.cancelTimer('synack')
  // Karn (RFC 6298 §3): only an unretransmitted SYN gives an RTT sample; §5.7 otherwise.
  if (c.synRetransmitted) c.rtt.synWasLost()
  else if (c.rttStart !== undefined) c.rtt.sample(c.env.now() - c.rttStart)
  c.rttSeq = c.rttStart = undefined
  c.retries = 0
  c.firstRetransmitAt = undefined
  c.cwnd = c.params.initialWindowSegments * c.sndMss // RFC 6928 §2
  c.setState('ESTABLISHED', cause)
  if (!c.passive && !c.connectedReported) {
    c.connectedReported = true
    c.env.appEvent(c, { kind: 'connected' })
  }
  if (c.options.keepalive) c.setTimer('keepalive', c.options.keepalive.idleMs)
}

/** §3.10.7.4 fifth, by state; false means "drop the segment and return". */
export function processAck(c: Connection, seg: Segment): boolean {
  const s = c.state
  switch (s) {
    case 'SYN-RECEIVED':
      // "If SND.UNA < SEG.ACK =< SND.NXT, then enter ESTABLISHED state"
      if (!(seqLt(c.sndUna, seg.ack) && seqLe(seg.ack, c.sndNxt))) {
        // "If the segment acknowledgment is not acceptable, form a reset segment <SEQ=SEG.ACK><CTL=RST>"
        c.send({ seq: seg.ack, flags: RST }, 'reset')
        discard(c, seg, { code: 'ack-not-for-our-syn-ack' })
        return false
      }
      if (
        c.deferAcceptUntil !== undefined &&
        seg.payload.length === 0 &&
        !hasFlag(seg.flags, FIN) &&
        c.env.now() < c.deferAcceptUntil
      ) {
        // Linux TCP_DEFER_ACCEPT (tcp_check_req): a bare final ACK is dropped; the entry stays
        // half-open until data arrives, and SYN-ACK retransmissions keep prompting the client.
        discard(c, seg, { code: 'defer-accept-bare-ack' })
        return false
      }
      if (c.passive && !c.fastOpened && !c.env.passiveOpenComplete(c)) {
        // Linux tcp_check_req() with tcp_abort_on_overflow = 0: drop, keep the entry, retransmit later.
        discard(c, seg, { code: 'accept-queue-full-final-ack' })
        return false
      }
      c.sndWnd = seg.window << c.sndWscale
      c.sndWl1 = seg.seq
      c.sndWl2 = seg.ack
      // A Fast Open server may already have queued (and sent) data from ISS+1 on.
      if (!c.fastOpened) c.bufSeq = seg.ack
      establish(c, { code: c.passive ? 'handshake-complete' : 'simultaneous-open-ack' })
      return updateAck(c, seg)
    case 'ESTABLISHED':
    case 'CLOSE-WAIT': // "If SND.UNA < SEG.ACK =< SND.NXT, then set SND.UNA <- SEG.ACK"
      return updateAck(c, seg)
    case 'FIN-WAIT-1': // "if the FIN segment is now acknowledged, then enter FIN-WAIT-2"
      if (!updateAck(c, seg)) return false
      if (c.finAcked()) enterFinWait2(c)
      return true
    case 'FIN-WAIT-2': // "if the retransmission queue is empty, the user's CLOSE can be acknowledged"
      return updateAck(c, seg)
    case 'CLOSING': // "if the ACK acknowledges our FIN, then enter the TIME-WAIT state"
      if (!updateAck(c, seg)) return false
      if (c.finAcked()) enterTimeWait(c, { code: 'fin-acked-in-closing' })
      return true
    case 'LAST-ACK': // "If our FIN is now acknowledged, delete the TCB, enter the CLOSED state"
      if (!updateAck(c, seg)) return false
      if (c.finAcked()) {
        c.setState('CLOSED', { code: 'fin-acked' })
        return false
      }
      return true
    case 'TIME-WAIT': // "The only thing that can arrive in this state is a retransmission of the remote FIN"
      return true
    case 'CLOSED':
    case 'LISTEN':
    case 'SYN-SENT': // unexpected segment: these states never reach ACK processing
      discard(c, seg, { code: 'unexpected-ack-processing', state: s })
      return false
    default:
      return assertNever(s, 'state')
  }
}

/** SND.UNA, the retransmission queue, RTT, the window (§3.10.7.4 fifth, RFC 6298 §5). */
function updateAck(c: Connection, seg: Segment): boolean {
  const ack = seg.ack
  if (seqGt(ack, c.sndMax)) {
    // "If the ACK acks something not yet sent (SEG.ACK > SND.NXT), then send an ACK, drop the segment"
    if (!sendInvalidAck(c, seg))
      discard(c, seg, { code: 'ack-unsent-data-rate-limited' }) // RFC 5961 §7
    else discard(c, seg, { code: 'ack-unsent-data' })
    return false
  }
  if (seqGt(ack, c.sndUna)) {
    const dataAcked = Math.min(Math.max(seqDiff(ack, c.bufSeq), 0), c.sendBuf.length)
    c.sendBuf.drop(dataAcked)
    c.bufSeq = seqAdd(c.bufSeq, dataAcked)
    c.bufOffset += dataAcked
    if (c.labels.length && c.labels[0].end <= c.bufOffset)
      c.labels = c.labels.filter((l) => l.end > c.bufOffset)
    const newlyAcked = seqDiff(ack, c.sndUna)
    c.sndUna = ack
    if (seqLt(c.sndNxt, ack)) c.sndNxt = ack // after a go-back, the peer may have had more
    if (c.rttSeq !== undefined && seqGe(ack, c.rttSeq) && c.rttStart !== undefined) {
      c.rtt.sample(c.env.now() - c.rttStart)
      c.rttSeq = c.rttStart = undefined
    }
    c.retries = 0
    c.firstRetransmitAt = undefined
    c.cwnd += Math.min(newlyAcked, c.sndMss) // RFC 5681 §3.1 slow start (no loss recovery modelled)
    c.cancelTimer('persist')
    c.cancelTimer('tail-loss-probe')
    c.tlpSent = false
    // RFC 6298 §5.2, §5.3: stop the timer when all is ACKed, otherwise restart it.
    if (c.sndUna === c.sndNxt) c.cancelTimer('retransmit')
    else {
      c.setTimer('retransmit', c.rtt.current(), 1)
      armTailLossProbe(c) // RFC 8985 §7.2: re-armed on an ACK that leaves data outstanding
    }
  }
  // "If SND.WL1 < SEG.SEQ or (SND.WL1 = SEG.SEQ and SND.WL2 =< SEG.ACK), set SND.WND <- SEG.WND"
  if (seqLt(c.sndWl1, seg.seq) || (c.sndWl1 === seg.seq && seqLe(c.sndWl2, ack))) {
    c.sndWnd = seg.window << c.sndWscale
    c.sndWl1 = seg.seq
    c.sndWl2 = ack
  }
  return true
}

function enterFinWait2(c: Connection): void {
  c.setState('FIN-WAIT-2', { code: 'fin-acked' })
  // Linux tcp_fin_timeout: only a socket the application closed (orphaned) times out here.
  if (c.orphaned && c.params.finWait2TimeoutMs !== null) c.setTimer('fin-wait-2', c.params.finWait2TimeoutMs)
}

/** Enters TIME-WAIT (cause given) or restarts its timer (cause null). */
export function enterTimeWait(c: Connection, cause: StateCause | null): void {
  for (const k of [
    'retransmit',
    'fin-wait-2',
    'keepalive',
    'persist',
    'tail-loss-probe',
    'delayed-ack',
  ] as const)
    c.cancelTimer(k)
  if (cause !== null) c.setState('TIME-WAIT', cause)
  if (c.params.timeWaitMs === 0) {
    c.note({ code: 'time-wait-zero-not-tcp' })
    c.setState('CLOSED', { code: 'time-wait-zero' })
    return
  }
  c.setTimer('time-wait', c.params.timeWaitMs)
}

/**
 * SEGMENT ARRIVES (RFC 9293 §3.10.7): one exhaustive dispatch on the connection's state, then on
 * what the segment carries. Read §3.10.7.3 (SYN-SENT) and §3.10.7.4 (everything else) beside it.
 */
import { assertNever } from '../assert'
import { type StateCause } from '../reasons'
import { ACK, FIN, RST, SYN, hasFlag, type Segment } from '../segment'
import { seqAdd, seqGt, seqInWindow, seqLe } from '../seq'
import { type Connection, discard } from './connection'
import { acceptData } from './receive'
import { output, sendAck, sendInvalidAck, sendSynAck } from './output'
import { fastOpenSynAck } from './fastopen'
import { adoptSynOptions, enterTimeWait, establish, processAck, updateTsRecent } from './transitions'

/** What the host must do after a segment: usually nothing; `reopen` hands a SYN to the listener. */
export type ArrivalOutcome = 'done' | 'reopen'

export function segmentArrives(c: Connection, seg: Segment): ArrivalOutcome {
  const s = c.state
  switch (s) {
    case 'CLOSED': // §3.10.7.1: a CLOSED connection has no TCB; the host answers for it
      discard(c, seg, { code: 'connection-closed' })
      return 'done'
    case 'LISTEN': // §3.10.7.2 is handled by host/listener.ts: a listener is not a Connection
      discard(c, seg, { code: 'listener-not-connection' })
      return 'done'
    case 'SYN-SENT':
      synSent(c, seg)
      return 'done'
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      return otherwise(c, seg)
    default:
      return assertNever(s, 'state')
  }
}

type SynSentEvent = 'bad-ack' | 'rst' | 'rst-without-ack' | 'syn-ack' | 'syn' | 'unexpected'

function classifySynSent(c: Connection, seg: Segment): SynSentEvent {
  const ack = hasFlag(seg.flags, ACK)
  if (ack && (seqLe(seg.ack, c.iss) || seqGt(seg.ack, c.sndNxt))) return 'bad-ack'
  if (hasFlag(seg.flags, RST)) return ack ? 'rst' : 'rst-without-ack'
  if (hasFlag(seg.flags, SYN)) return ack ? 'syn-ack' : 'syn'
  return 'unexpected'
}

/** §3.10.7.3 */
function synSent(c: Connection, seg: Segment): void {
  const ev = classifySynSent(c, seg)
  switch (ev) {
    case 'bad-ack': // "If SEG.ACK =< ISS or SEG.ACK > SND.NXT, send a reset (unless the RST bit is set)"
      if (!hasFlag(seg.flags, RST)) c.send({ seq: seg.ack, flags: RST }, 'reset')
      discard(c, seg, { code: 'ack-not-for-our-syn' })
      return
    case 'rst': // "If the ACK was acceptable, then signal 'error: connection reset'" (ECONNREFUSED)
      c.error = 'ECONNREFUSED'
      c.env.appEvent(c, { kind: 'error', error: 'ECONNREFUSED' })
      c.setState('CLOSED', { code: 'rst-refused' })
      return
    case 'rst-without-ack': // "Otherwise (no ACK), drop the segment and return"
      discard(c, seg, { code: 'rst-without-ack-in-syn-sent' })
      return
    case 'syn-ack': // "If SND.UNA > ISS (our SYN has been ACKed), change the state to ESTABLISHED"
      c.irs = seg.seq
      c.rcvNxt = seqAdd(seg.seq, 1)
      adoptSynOptions(c, seg)
      if (c.options.fastOpen) fastOpenSynAck(c, seg)
      c.sndUna = seg.ack
      c.sndWl1 = seg.seq
      c.sndWl2 = seg.ack
      c.bufSeq = seg.ack
      establish(c, { code: 'syn-ack-received' })
      // The third segment of the handshake (a counterfactual two-way handshake omits it): "Data
      // or controls that were queued for transmission MAY be included", so queued data carries it.
      if (!c.params.twoWayHandshake) {
        const nxt = c.sndNxt
        output(c)
        if (c.sndNxt === nxt) sendAck(c) // nothing queued (or no window): a bare ACK
      } else output(c)
      return
    case 'syn': // "Otherwise, enter SYN-RECEIVED, form a SYN,ACK segment" (simultaneous open, MUST-10)
      c.irs = seg.seq
      c.rcvNxt = seqAdd(seg.seq, 1)
      adoptSynOptions(c, seg)
      c.setState('SYN-RECEIVED', { code: 'simultaneous-open-syn' })
      sendSynAck(c, false, seg.options)
      return
    case 'unexpected': // "If neither of the SYN or RST bits is set, then drop the segment and return"
      discard(c, seg, { code: 'unexpected-in-syn-sent' })
      return
    default:
      assertNever(ev, 'SYN-SENT event')
  }
}

/** §3.10.7.4 first: is any part of the segment inside the receive window? */
export function acceptable(c: Connection, seg: Segment): boolean {
  const len = segLen(seg)
  const wnd = c.rcvWnd()
  if (len === 0) return wnd === 0 ? seg.seq === c.rcvNxt : seqInWindow(seg.seq, c.rcvNxt, wnd)
  if (wnd === 0) return false
  return seqInWindow(seg.seq, c.rcvNxt, wnd) || seqInWindow(seqAdd(seg.seq, len - 1), c.rcvNxt, wnd)
}

/** SEG.LEN: data plus one for each of SYN and FIN (RFC 9293 §3.4). */
export function segLen(seg: Segment): number {
  return seg.payload.length + (seg.flags & SYN ? 1 : 0) + (seg.flags & FIN ? 1 : 0)
}

type SyncEvent = 'duplicate-syn' | 'unacceptable' | 'rst' | 'syn' | 'no-ack' | 'ack'

function classify(c: Connection, seg: Segment): SyncEvent {
  const synOnly = (seg.flags & (SYN | ACK | RST)) === SYN
  if (c.state === 'SYN-RECEIVED' && synOnly && seg.seq === c.irs) return 'duplicate-syn'
  // Linux tcp_timewait_state_process() looks at a new SYN before any window test.
  if (c.state === 'TIME-WAIT' && synOnly && seqGt(seg.seq, c.rcvNxt)) return 'syn'
  if (!acceptable(c, seg)) return 'unacceptable'
  if (hasFlag(seg.flags, RST)) return 'rst'
  if (hasFlag(seg.flags, SYN)) return 'syn'
  if (!hasFlag(seg.flags, ACK)) return 'no-ack'
  return 'ack'
}

/** §3.10.7.4: SYN-RECEIVED and the synchronized states. */
function otherwise(c: Connection, seg: Segment): ArrivalOutcome {
  noteActivity(c)
  const ev = classify(c, seg)
  if (ev !== 'unacceptable' && ev !== 'duplicate-syn') updateTsRecent(c, seg)
  switch (ev) {
    case 'duplicate-syn': // the peer retransmitted its SYN: our SYN,ACK was lost (Linux inet_rtx_syn_ack)
      sendSynAck(c, true, seg.options)
      return 'done'
    case 'unacceptable':
      unacceptable(c, seg)
      return 'done'
    case 'rst':
      reset(c, seg)
      return 'done'
    case 'syn':
      return synInWindow(c, seg)
    case 'no-ack': // "if the ACK bit is off, drop the segment and return"
      discard(c, seg, { code: 'no-ack-bit' })
      return 'done'
    case 'ack':
      // §3.10.7.4 fifth (ACK), seventh (text) and eighth (FIN), in the RFC's order.
      if (!processAck(c, seg)) return 'done'
      if (!acceptData(c, seg)) return 'done'
      output(c)
      return 'done'
    default:
      return assertNever(ev, 'segment event')
  }
}

/** "If an incoming segment is not acceptable, an acknowledgment should be sent in reply (unless RST)". */
function unacceptable(c: Connection, seg: Segment): void {
  if (hasFlag(seg.flags, RST)) return discard(c, seg, { code: 'rst-outside-window' })
  if (c.state === 'TIME-WAIT' && hasFlag(seg.flags, FIN)) {
    // §3.10.7.4 eighth, TIME-WAIT: "Acknowledge it, and restart the 2 MSL timeout"
    c.note({ code: 'time-wait-fin-retransmitted' })
    sendAck(c)
    enterTimeWait(c, null)
    return
  }
  // Also how a keepalive probe (SEG.SEQ = RCV.NXT − 1) gets its answer (RFC 1122 §4.2.3.6).
  if (!sendInvalidAck(c, seg)) return discard(c, seg, { code: 'outside-window-ack-rate-limited' }) // RFC 5961 §7
  discard(c, seg, { code: 'outside-window-ack-sent' })
}

/** §3.10.7.4 second (with RFC 5961 §3.2): RST processing by state. */
function reset(c: Connection, seg: Segment): void {
  if (seg.seq !== c.rcvNxt) {
    // RFC 5961 §3.2: in window but not exact: challenge ACK instead of resetting.
    if (!sendInvalidAck(c, seg)) return discard(c, seg, { code: 'rst-challenge-ack-rate-limited' }) // RFC 5961 §7
    return discard(c, seg, { code: 'rst-challenge-ack' })
  }
  const s = c.state
  switch (s) {
    case 'SYN-RECEIVED':
      if (c.passive) {
        // "If this connection was initiated with a passive OPEN, then return this connection to LISTEN"
        c.setState('LISTEN', { code: 'rst-back-to-listen' })
        for (const k of Object.keys(c.timers) as (keyof typeof c.timers)[]) c.cancelTimer(k)
        c.env.released(c)
        return
      }
      // "If this connection was initiated with an active OPEN, then the connection was refused"
      return fail(c, 'ECONNREFUSED', { code: 'rst-refused-active-open' })
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT': // "any outstanding RECEIVEs and SEND should receive 'reset' responses"
      return fail(c, 'ECONNRESET', { code: 'rst-reset', state: s })
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT': // "enter the CLOSED state, delete the TCB, and return"
      c.setState('CLOSED', { code: 'rst-closed', state: s })
      return
    default:
      discard(c, seg, { code: 'unexpected-rst', state: s })
  }
}

/** §3.10.7.4 fourth: a SYN in a synchronized state. */
function synInWindow(c: Connection, seg: Segment): ArrivalOutcome {
  if (c.state === 'TIME-WAIT' && c.params.timeWaitReopen && seqGt(seg.seq, c.rcvNxt)) {
    // MAY-2: a new SYN with a higher sequence number may reopen a TIME-WAIT connection.
    c.note({ code: 'time-wait-new-syn' })
    c.setState('CLOSED', { code: 'new-incarnation' })
    return 'reopen'
  }
  // RFC 5961 §4 via §3.10.7.4: "TCP endpoints MUST send a 'challenge ACK'".
  if (!sendInvalidAck(c, seg)) discard(c, seg, { code: 'syn-challenge-ack-rate-limited', state: c.state })
  else discard(c, seg, { code: 'syn-challenge-ack', state: c.state })
  return 'done'
}

function fail(c: Connection, error: 'ECONNREFUSED' | 'ECONNRESET', cause: StateCause): void {
  c.error = error
  if (!c.orphaned) c.env.appEvent(c, { kind: 'error', error })
  c.setState('CLOSED', cause)
}

/** Any segment from the peer proves it is alive: keepalive starts over (RFC 1122 §4.2.3.6). */
function noteActivity(c: Connection): void {
  c.keepaliveProbes = 0
  c.lastRecvAt = c.env.now()
}

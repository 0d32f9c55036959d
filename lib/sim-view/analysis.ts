/**
 * The subset of Wireshark's TCP sequence analysis (epan/dissectors/packet-tcp.c,
 * tcp_analyze_sequence_number) that the scenarios can produce, applied to the segments as they
 * leave their senders. Labels are inferred from sequence numbers, exactly as Wireshark infers
 * them, never copied from the engine's own reason for sending.
 */
import { ACK, FIN, hasFlag, RST, seq, seqAdd, seqGt, seqLt, type SeqNum, SYN } from '@/lib/tcp'
import { type RelativeNumbers } from './relative'
import { type SegmentRecord } from './segments'

export type AnalysisKind =
  | 'retransmission'
  | 'fast-retransmission'
  | 'keep-alive'
  | 'keep-alive-ack'
  | 'dup-ack'
  | 'zero-window'
  | 'zero-window-probe'
  | 'previous-segment-not-captured'

export interface Analysis {
  readonly kinds: readonly AnalysisKind[]
  /** For a dup ACK: the frame number of the ACK it repeats and how many repeats so far. */
  readonly dupOf?: { frame: number; count: number }
}

interface DirState {
  nextSeq?: SeqNum
  lastAck?: SeqNum
  lastAckFrame: number
  dupAcks: number
  window?: number
  lastWasKeepAlive: boolean
}

const CONTROL = SYN | FIN | RST
/** Wireshark's fast-retransmission window after the last dup ACK. */
const FAST_RETRANS_MS = 20

/** Analyses every record in order; frame numbers are 1-based positions in `records`. */
export function analyse(
  records: readonly SegmentRecord[],
  rel: ReadonlyMap<number, RelativeNumbers>,
): Map<number, Analysis> {
  const dirs = new Map<string, DirState>()
  const lastAckTime = new Map<string, number>()
  const out = new Map<number, Analysis>()
  const dir = (stream: number, d: string) => {
    const k = `${stream}/${d}`
    if (!dirs.has(k)) dirs.set(k, { lastAckFrame: 0, dupAcks: 0, lastWasKeepAlive: false })
    return dirs.get(k)!
  }

  records.forEach((r, index) => {
    const frame = index + 1
    const n = rel.get(r.id)!
    const s = r.segment
    const fwdKey = n.direction
    const revKey = n.direction === 'a' ? 'b' : 'a'
    const fwd = dir(n.stream, fwdKey)
    const rev = dir(n.stream, revKey)
    const kinds: AnalysisKind[] = []
    let dupOf: Analysis['dupOf']
    const control = (s.flags & CONTROL) !== 0
    const seglen = r.len

    if (seglen === 1 && fwd.nextSeq !== undefined && s.seq === fwd.nextSeq && rev.window === 0) {
      kinds.push('zero-window-probe')
    }
    if (s.window === 0 && !control) kinds.push('zero-window')
    if (fwd.nextSeq !== undefined && seqGt(s.seq, fwd.nextSeq) && !hasFlag(s.flags, RST)) {
      kinds.push('previous-segment-not-captured')
    }
    const keepAlive =
      seglen <= 1 && !control && fwd.nextSeq !== undefined && s.seq === seqAdd(fwd.nextSeq, -1)
    if (keepAlive) kinds.push('keep-alive')

    const repeatsAck =
      seglen === 0 &&
      !control &&
      fwd.lastAck !== undefined &&
      s.window === fwd.window &&
      s.seq === fwd.nextSeq &&
      s.ack === fwd.lastAck
    if (repeatsAck && rev.lastWasKeepAlive) kinds.push('keep-alive-ack')
    else if (repeatsAck) {
      fwd.dupAcks += 1
      dupOf = { frame: fwd.lastAckFrame, count: fwd.dupAcks }
      kinds.push('dup-ack')
    }

    const usesSeq = seglen > 0 || hasFlag(s.flags, SYN) || hasFlag(s.flags, FIN)
    if (usesSeq && !keepAlive && fwd.nextSeq !== undefined && seqLt(s.seq, fwd.nextSeq)) {
      const sinceDup = r.sentAt - (lastAckTime.get(`${n.stream}/${revKey}`) ?? -Infinity)
      const fast = rev.dupAcks >= 2 && rev.lastAck === s.seq && sinceDup < FAST_RETRANS_MS
      kinds.push(fast ? 'fast-retransmission' : 'retransmission')
    }

    // Remember what this direction has said, for the segments after it.
    const end = seqAdd(s.seq, r.seqLen)
    if (fwd.nextSeq === undefined || seqGt(end, fwd.nextSeq)) fwd.nextSeq = end
    // As Wireshark does, anything but a dup ACK becomes the ACK later repeats point back to.
    if (!kinds.includes('dup-ack')) {
      fwd.lastAckFrame = frame
      fwd.dupAcks = 0
    }
    if (hasFlag(s.flags, ACK)) {
      fwd.lastAck = seq(s.ack)
      lastAckTime.set(`${n.stream}/${fwdKey}`, r.sentAt)
    }
    fwd.window = s.window
    fwd.lastWasKeepAlive = keepAlive
    out.set(r.id, { kinds, dupOf })
  })
  return out
}

/** Wireshark's bracketed expert text, e.g. "[TCP Dup ACK 5#1]". */
export function analysisLabel(kind: AnalysisKind, dupOf?: { frame: number; count: number }): string {
  switch (kind) {
    case 'retransmission':
      return '[TCP Retransmission]'
    case 'fast-retransmission':
      return '[TCP Fast Retransmission]'
    case 'keep-alive':
      return '[TCP Keep-Alive]'
    case 'keep-alive-ack':
      return '[TCP Keep-Alive ACK]'
    case 'dup-ack':
      return dupOf ? `[TCP Dup ACK ${dupOf.frame}#${dupOf.count}]` : '[TCP Dup ACK]'
    case 'zero-window':
      return '[TCP ZeroWindow]'
    case 'zero-window-probe':
      return '[TCP ZeroWindowProbe]'
    case 'previous-segment-not-captured':
      return '[TCP Previous segment not captured]'
  }
}

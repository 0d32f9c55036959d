/**
 * Wireshark's relative sequence numbers (tcp.seq vs tcp.seq_raw): each direction of a
 * conversation counts from its own initial sequence number, so the SYN is 0 and the first data byte
 * is 1. When the first segment seen in a direction is not a SYN, Wireshark takes seq − 1 as the base
 * so that segment shows 1 — which is why a RST answering a SYN shows Seq=1 although it carries 0.
 */
import { ACK, hasFlag, seq, seqAdd, seqDiff, type SeqNum, SYN } from '@/lib/tcp'
import { type SegmentRecord } from './segments'

export interface RelativeNumbers {
  /** Wireshark's tcp.stream: conversations numbered from 0 in order of appearance. */
  readonly stream: number
  /** 'a' for the direction that sent first in the stream, 'b' for the other. */
  readonly direction: 'a' | 'b'
  readonly relSeq: number
  /** Present only when the ACK bit is set, as Wireshark shows it. */
  readonly relAck?: number
  /** relSeq + the sequence space the segment uses (Wireshark's "Next Sequence Number"). */
  readonly relNextSeq: number
  /** The window in bytes after RFC 7323 scaling, when both SYNs offered window scaling. */
  readonly windowBytes: number
}

interface Direction {
  base?: SeqNum
  /** Window-scale shift this direction announced in its SYN, if it did. */
  shift?: number
}

interface Conversation {
  stream: number
  first: string
  dirs: Map<string, Direction>
}

const endpoint = (ip: string, port: number) => `${ip}:${port}`

/** Computes relative numbers for every record, keyed by segment id. */
export function relativeNumbers(records: readonly SegmentRecord[]): Map<number, RelativeNumbers> {
  const conversations = new Map<string, Conversation>()
  const out = new Map<number, RelativeNumbers>()
  let streams = 0

  for (const r of records) {
    const s = r.segment
    const from = endpoint(s.src.ip, s.src.port)
    const to = endpoint(s.dst.ip, s.dst.port)
    const key = [from, to].sort().join(' ')
    const isSyn = hasFlag(s.flags, SYN)
    let conv = conversations.get(key)
    // A fresh SYN with a different ISN on the same four-tuple starts a new stream (port reuse).
    const reused =
      conv &&
      isSyn &&
      !hasFlag(s.flags, ACK) &&
      conv.dirs.get(from)?.base !== undefined &&
      conv.dirs.get(from)?.base !== s.seq
    if (!conv || reused) {
      conv = { stream: streams++, first: from, dirs: new Map() }
      conversations.set(key, conv)
    }
    const fwd = conv.dirs.get(from) ?? {}
    const rev = conv.dirs.get(to) ?? {}
    conv.dirs.set(from, fwd)
    conv.dirs.set(to, rev)
    if (fwd.base === undefined) fwd.base = isSyn ? s.seq : seqAdd(s.seq, -1)
    if (isSyn && s.options.windowScale !== undefined) fwd.shift = s.options.windowScale

    const relSeq = seqDiff(s.seq, fwd.base) >>> 0
    const relAck = !hasFlag(s.flags, ACK)
      ? undefined
      : rev.base === undefined
        ? s.ack
        : seqDiff(s.ack, rev.base) >>> 0
    // RFC 7323 §2.2: the window in a SYN is never scaled; later ones are, once both sides agreed.
    const scaled = !isSyn && fwd.shift !== undefined && rev.shift !== undefined
    out.set(r.id, {
      stream: conv.stream,
      direction: from === conv.first ? 'a' : 'b',
      relSeq,
      relAck,
      relNextSeq: relSeq + r.seqLen,
      windowBytes: scaled ? s.window * 2 ** fwd.shift! : s.window,
    })
  }
  return out
}

/** The raw value for display beside the relative one. */
export const rawSeq = (n: SeqNum): number => seq(n)

/**
 * Relative sequence numbers, the one implementation every view and the CLI share.
 *
 * Wireshark's rule (tcp.seq vs tcp.seq_raw), the default: each direction of a conversation counts
 * from its own initial sequence number, so the SYN is 0 and the first data byte is 1. When the
 * first segment seen in a direction is not a SYN, Wireshark takes seq − 1 as the base so that
 * segment shows 1, which is why a RST answering a SYN shows Seq=1 although it carries 0.
 *
 * The CLI's text ladder is read next to the engine's own notes, where a segment that belongs to no
 * connection (a closed port's reset, a flood SYN, an injected old duplicate) matters for its raw
 * numbers. With `connectionless: 'raw'`, only a connection's SYN sets a base, and a number with no
 * base, or too far from it to belong to the connection, is reported raw instead.
 */
import {
  ACK,
  type ConnId,
  FIN,
  hasFlag,
  type Segment,
  seq,
  seqAdd,
  seqDiff,
  type SeqNum,
  SYN,
} from '@/lib/tcp'

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
  /** `connectionless: 'raw'` only: relSeq is the raw sequence number (no base, or far from it). */
  readonly seqRaw?: true
  /** `connectionless: 'raw'` only: relAck is the raw acknowledgment number. */
  readonly ackRaw?: true
}

export interface RelativeOptions {
  /**
   * 'wireshark' (default): every segment takes part as in Wireshark. 'raw': segments sent by no
   * connection (`conn` undefined) never set a base, non-SYN segments never do either, and a number
   * without a base or 2^24 or more from it stays raw (`seqRaw` / `ackRaw`); the others are signed
   * offsets from the base, so a stray segment just below it shows as negative.
   */
  readonly connectionless?: 'wireshark' | 'raw'
}

/** What the numbering needs of a segment: a view's record or a trace's segment-sent event. */
export interface NumberedSegment {
  readonly segment: Segment
  /** The connection that sent it, if any; read only with `connectionless: 'raw'`. */
  readonly conn?: ConnId
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

/** Beyond this distance from the base a number is not this connection's (raw mode). */
const FAR = 1 << 24

/** Computes relative numbers for every segment, keyed by segment id. */
export function relativeNumbers(
  segments: readonly NumberedSegment[],
  options: RelativeOptions = {},
): Map<number, RelativeNumbers> {
  const raw = options.connectionless === 'raw'
  const conversations = new Map<string, Conversation>()
  const out = new Map<number, RelativeNumbers>()
  let streams = 0

  for (const { segment: s, conn } of segments) {
    const from = endpoint(s.src.ip, s.src.port)
    const to = endpoint(s.dst.ip, s.dst.port)
    const key = [from, to].sort().join(' ')
    const isSyn = hasFlag(s.flags, SYN)
    const setsBase = raw ? isSyn && conn !== undefined : true
    let conv = conversations.get(key)
    // A fresh SYN with a different ISN on the same four-tuple starts a new stream (port reuse).
    const reused =
      conv &&
      setsBase &&
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
    if (raw ? setsBase : fwd.base === undefined) fwd.base = isSyn ? s.seq : seqAdd(s.seq, -1)
    if (isSyn && setsBase && s.options.windowScale !== undefined) fwd.shift = s.options.windowScale

    const relSeq = offset(s.seq, fwd.base, raw)
    const relAck = hasFlag(s.flags, ACK) ? offset(s.ack, rev.base, raw) : undefined
    const seqLen = s.payload.length + (isSyn ? 1 : 0) + (hasFlag(s.flags, FIN) ? 1 : 0)
    // RFC 7323 §2.2: the window in a SYN is never scaled; later ones are, once both sides agreed.
    const scaled = !isSyn && fwd.shift !== undefined && rev.shift !== undefined
    out.set(s.id, {
      stream: conv.stream,
      direction: from === conv.first ? 'a' : 'b',
      relSeq: relSeq.n,
      relAck: relAck?.n,
      relNextSeq: relSeq.n + seqLen,
      windowBytes: scaled ? s.window * 2 ** fwd.shift! : s.window,
      ...(relSeq.raw && { seqRaw: true }),
      ...(relAck?.raw && { ackRaw: true }),
    })
  }
  return out
}

/** `n` counted from `base`: unsigned as Wireshark shows it, or (raw mode) signed or raw. */
function offset(n: SeqNum, base: SeqNum | undefined, raw: boolean): { n: number; raw?: true } {
  if (!raw) return { n: base === undefined ? seq(n) : seqDiff(n, base) >>> 0 }
  const d = base === undefined ? FAR : seqDiff(n, base)
  return Math.abs(d) < FAR ? { n: d } : { n: seq(n), raw: true }
}

/** The raw value for display beside the relative one. */
export const rawSeq = (n: SeqNum): number => seq(n)

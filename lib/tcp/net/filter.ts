import { type SegmentFilter } from '../scenario/schema'
import { ACK, FIN, PSH, RST, type Segment, SYN } from '../segment'
import { seqDiff, type SeqNum } from '../seq'
import { type SendReason } from '../trace'

const FLAG_BITS: Record<string, number> = { FIN, SYN, RST, PSH, ACK }

/** Parses "SYN, ACK" into flag bits. */
export function parseFlags(list: string): number {
  let bits = 0
  for (const name of list.split(',')) bits |= FLAG_BITS[name.trim()] ?? 0
  return bits
}

/** What a filter can see of a segment on the wire. */
export interface WireView {
  readonly segment: Segment
  readonly to: string | undefined
  readonly reason: SendReason | undefined
  /** The sender's ISN when the segment belongs to a connection (for relSeq). */
  readonly iss: SeqNum | undefined
}

/** Compiles a filter once; the network tests every segment against it. */
export function compileFilter(f: SegmentFilter): (w: WireView) => boolean {
  const exact = f.flags === undefined ? undefined : parseFlags(f.flags)
  const has = f.hasFlags === undefined ? undefined : parseFlags(f.hasFlags)
  return (w) => {
    const s = w.segment
    if (f.from !== undefined && s.sender !== f.from) return false
    if (f.to !== undefined && w.to !== f.to) return false
    if (exact !== undefined && s.flags !== exact) return false
    if (has !== undefined && (s.flags & has) !== has) return false
    if (f.payload !== undefined && s.payload.length > 0 !== f.payload) return false
    if (f.label !== undefined && !(s.label ?? '').split(', ').includes(f.label)) return false
    if (f.reason !== undefined && w.reason !== f.reason) return false
    if (f.relSeq !== undefined && (w.iss === undefined || seqDiff(s.seq, w.iss) !== f.relSeq)) return false
    return true
  }
}

/**
 * One record per segment that crossed the network, joining its send, delivery, drop, discard and
 * duplication events. Every other view reads these instead of re-walking the trace.
 */
import {
  type DiscardReason,
  type DropReason,
  FIN,
  hasFlag,
  type HostId,
  type Segment,
  type SendReason,
  SYN,
  type TraceEvent,
} from '@/lib/tcp'

export type SegmentFate =
  | { kind: 'delivered'; at: number; host: HostId }
  | { kind: 'discarded'; at: number; host: HostId; why: DiscardReason }
  | { kind: 'dropped'; at: number; by: 'network' | 'fault' | 'firewall' | 'host-down'; why: DropReason }
  /** Neither delivered nor dropped when the trace ends. */
  | { kind: 'in-flight' }

export interface SegmentRecord {
  readonly id: number
  readonly segment: Segment
  readonly from: HostId
  /** The host owning the destination address, when one in the trace does. */
  readonly to: HostId | undefined
  readonly sentAt: number
  readonly reason?: SendReason
  /** Set on a network duplicate: the id of the segment it copies. */
  readonly duplicateOf?: number
  readonly fate: SegmentFate
  /** Payload bytes. */
  readonly len: number
  /** Sequence space consumed: payload plus one for SYN and one for FIN (RFC 9293 §3.4). */
  readonly seqLen: number
}

/** Hosts in column order: 'client' first and 'server' second when present, others as they appear. */
export function hostOrder(trace: readonly TraceEvent[]): HostId[] {
  const seen: HostId[] = []
  const add = (h: HostId | undefined) => {
    if (h !== undefined && !seen.includes(h)) seen.push(h)
  }
  for (const e of trace) if ('host' in e) add(e.host)
  const rank = (h: HostId) => (h === 'client' ? 0 : h === 'server' ? 1 : 2)
  return seen
    .map((h, i) => [h, i] as const)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
    .map(([h]) => h)
}

/** Maps each IP seen as a sender's own source address to that host (spoofed sources excluded). */
function addressBook(trace: readonly TraceEvent[]): Map<string, HostId> {
  const book = new Map<string, HostId>()
  const dstOf = new Map<number, string>()
  for (const e of trace) {
    if (e.type !== 'segment-sent') continue
    dstOf.set(e.segment.id, e.segment.dst.ip)
    if (e.segment.sender === e.host && !book.has(e.segment.src.ip)) book.set(e.segment.src.ip, e.host)
  }
  // A host that only ever receives is still known by where its deliveries land.
  for (const e of trace) {
    const ip = e.type === 'segment-delivered' ? dstOf.get(e.segmentId) : undefined
    if (e.type === 'segment-delivered' && ip !== undefined && !book.has(ip)) book.set(ip, e.host)
  }
  return book
}

/** Every segment of the run in the order it was put on the wire (duplicates when they appeared). */
export function segmentRecords(trace: readonly TraceEvent[]): SegmentRecord[] {
  const book = addressBook(trace)
  const byId = new Map<
    number,
    { segment: Segment; from: HostId; sentAt: number; reason?: SendReason; dup?: number }
  >()
  const order: number[] = []
  const fates = new Map<number, SegmentFate>()

  for (const e of trace) {
    switch (e.type) {
      case 'segment-sent':
        byId.set(e.segment.id, { segment: e.segment, from: e.host, sentAt: e.at, reason: e.reason })
        order.push(e.segment.id)
        break
      case 'segment-duplicated': {
        const original = byId.get(e.segmentId)
        if (!original) break
        byId.set(e.copyId, {
          ...original,
          segment: { ...original.segment, id: e.copyId },
          sentAt: e.at,
          dup: e.segmentId,
        })
        order.push(e.copyId)
        break
      }
      case 'segment-delivered':
        // A later discard overrides this: the segment arrived but the stack threw it away.
        if (!fates.has(e.segmentId)) fates.set(e.segmentId, { kind: 'delivered', at: e.at, host: e.host })
        break
      case 'segment-discarded':
        fates.set(e.segmentId, { kind: 'discarded', at: e.at, host: e.host, why: e.why })
        break
      case 'segment-dropped':
        fates.set(e.segmentId, { kind: 'dropped', at: e.at, by: e.by, why: e.why })
        break
    }
  }

  return order.map((id) => {
    const r = byId.get(id)!
    const fate = fates.get(id) ?? { kind: 'in-flight' }
    const to = fate.kind === 'delivered' || fate.kind === 'discarded' ? fate.host : book.get(r.segment.dst.ip)
    const len = r.segment.payload.length
    const seqLen = len + (hasFlag(r.segment.flags, SYN) ? 1 : 0) + (hasFlag(r.segment.flags, FIN) ? 1 : 0)
    return {
      id,
      segment: r.segment,
      from: r.from,
      to,
      sentAt: r.sentAt,
      reason: r.reason,
      duplicateOf: r.dup,
      fate,
      len,
      seqLen,
    }
  })
}

/** When the segment stopped moving: delivery, discard or drop time; undefined while in flight. */
export function endTime(r: SegmentRecord): number | undefined {
  return r.fate.kind === 'in-flight' ? undefined : r.fate.at
}

/**
 * Stevens/tcptrace time–sequence graph data: for each direction that carries data, every data
 * segment as a vertical bar (relative start to end sequence number) at its send time, and the
 * acknowledgements that direction's sender received, at the time they reached it.
 */
import { ACK, hasFlag } from '@/lib/tcp'
import { type AnalysisKind } from './analysis'
import { type RelativeNumbers } from './relative'
import { type SegmentFate, type SegmentRecord } from './segments'

export interface TimeSeqData {
  readonly segmentId: number
  readonly t: number
  readonly start: number
  readonly end: number
  readonly retransmission: boolean
  readonly fate: SegmentFate['kind']
}

export interface TimeSeqAck {
  readonly segmentId: number
  readonly t: number
  readonly ack: number
}

export interface TimeSeqSeries {
  readonly stream: number
  readonly sender: string
  readonly data: readonly TimeSeqData[]
  readonly acks: readonly TimeSeqAck[]
  readonly maxSeq: number
  readonly tMin: number
  readonly tMax: number
}

/** One series per direction that sent at least one payload byte. */
export function timeSequence(
  records: readonly SegmentRecord[],
  rel: ReadonlyMap<number, RelativeNumbers>,
  analysis: ReadonlyMap<number, { kinds: readonly AnalysisKind[] }>,
): TimeSeqSeries[] {
  const out: TimeSeqSeries[] = []
  const keys = new Set(
    records.filter((r) => r.len > 0).map((r) => `${rel.get(r.id)!.stream}/${rel.get(r.id)!.direction}`),
  )
  for (const key of keys) {
    const [streamText, direction] = key.split('/')
    const stream = Number(streamText)
    const mine = records.filter(
      (r) => rel.get(r.id)!.stream === stream && rel.get(r.id)!.direction === direction,
    )
    const theirs = records.filter(
      (r) => rel.get(r.id)!.stream === stream && rel.get(r.id)!.direction !== direction,
    )
    const data = mine
      .filter((r) => r.len > 0)
      .map((r) => {
        const n = rel.get(r.id)!
        const kinds = analysis.get(r.id)?.kinds ?? []
        return {
          segmentId: r.id,
          t: r.sentAt,
          start: n.relSeq,
          end: n.relSeq + r.len,
          retransmission: kinds.includes('retransmission') || kinds.includes('fast-retransmission'),
          fate: r.fate.kind,
        }
      })
    const acks = theirs
      .filter((r) => hasFlag(r.segment.flags, ACK) && r.fate.kind === 'delivered')
      .map((r) => ({
        segmentId: r.id,
        t: r.fate.kind === 'delivered' ? r.fate.at : r.sentAt,
        ack: rel.get(r.id)!.relAck ?? 0,
      }))
    // Loops, not Math.max(...values): a spread passes one argument per element, and a long
    // trace overflows the stack (issue 17).
    let maxSeq = 1
    let tMin = Infinity
    let tMax = -Infinity
    for (const d of data) {
      maxSeq = Math.max(maxSeq, d.end)
      tMin = Math.min(tMin, d.t)
      tMax = Math.max(tMax, d.t)
    }
    for (const a of acks) {
      maxSeq = Math.max(maxSeq, a.ack)
      tMin = Math.min(tMin, a.t)
      tMax = Math.max(tMax, a.t)
    }
    out.push({ stream, sender: mine[0].from, data, acks, maxSeq, tMin, tMax })
  }
  return out
}

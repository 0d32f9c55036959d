/**
 * The packet list as Wireshark prints it for a capture taken where each segment leaves its sender
 * (network duplicates appear where the network made them). Numbers are relative, the Info column
 * follows Wireshark's layout: expert tags, ports, [flags], Seq/Ack/Win/Len, then SYN options.
 */
import { ACK, flagNames, hasFlag, SYN, type TcpOptions } from '@/lib/tcp'
import { analyse, analysisLabel, type Analysis, type AnalysisKind } from './analysis'
import { relativeNumbers, type RelativeNumbers } from './relative'
import { type SegmentFate, type SegmentRecord } from './segments'

export interface PacketRow {
  readonly no: number
  readonly segmentId: number
  /** Seconds since the first packet, as Wireshark's default time column. */
  readonly time: number
  readonly source: string
  readonly destination: string
  readonly sourceHost: string
  readonly destinationHost: string | undefined
  readonly flags: string
  readonly seq: number
  readonly ack: number | undefined
  readonly len: number
  readonly info: string
  readonly analysis: readonly AnalysisKind[]
  readonly fate: SegmentFate['kind']
}

/** Wireshark's option summary in the Info column ("MSS=1460 SACK_PERM TSval=1 TSecr=0 WS=128"). */
export function optionSummary(o: TcpOptions): string {
  const parts: string[] = []
  if (o.mss !== undefined) parts.push(`MSS=${o.mss}`)
  if (o.sackPermitted) parts.push('SACK_PERM')
  if (o.timestamps) parts.push(`TSval=${o.timestamps.value}`, `TSecr=${o.timestamps.echo}`)
  if (o.windowScale !== undefined) parts.push(`WS=${2 ** o.windowScale}`)
  if (o.fastOpen) parts.push(o.fastOpen.cookie === undefined ? 'TFO=R' : 'TFO=C')
  return parts.join(' ')
}

function info(r: SegmentRecord, n: RelativeNumbers, tags: string[]): string {
  const s = r.segment
  const parts = [...tags, `${s.src.port} → ${s.dst.port}`, `[${flagNames(s.flags)}]`, `Seq=${n.relSeq}`]
  if (hasFlag(s.flags, ACK) && n.relAck !== undefined) parts.push(`Ack=${n.relAck}`)
  parts.push(`Win=${n.windowBytes}`, `Len=${r.len}`)
  const opts = optionSummary(hasFlag(s.flags, SYN) ? s.options : { timestamps: s.options.timestamps })
  if (opts) parts.push(opts)
  return parts.join(' ')
}

/** One row per record, in wire order. */
export function packetList(
  records: readonly SegmentRecord[],
  rel: ReadonlyMap<number, RelativeNumbers> = relativeNumbers(records),
  analysis: ReadonlyMap<number, Analysis> = analyse(records, rel),
): PacketRow[] {
  const t0 = records[0]?.sentAt ?? 0
  return records.map((r, i) => {
    const n = rel.get(r.id)!
    const a = analysis.get(r.id)!
    const tags = a.kinds.map((k) => analysisLabel(k, a.dupOf))
    return {
      no: i + 1,
      segmentId: r.id,
      time: (r.sentAt - t0) / 1000,
      source: r.segment.src.ip,
      destination: r.segment.dst.ip,
      sourceHost: r.from,
      destinationHost: r.to,
      flags: flagNames(r.segment.flags),
      seq: n.relSeq,
      ack: n.relAck,
      len: r.len,
      info: info(r, n, tags),
      analysis: a.kinds,
      fate: r.fate.kind,
    }
  })
}

/**
 * How many of `records` (in wire order, so by send time) have left their sender by `t`. A binary
 * search, so the player can keep one packet-list array while a step sends nothing new.
 */
export function sentByTime(records: readonly SegmentRecord[], t: number): number {
  let lo = 0
  let hi = records.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (records[mid].sentAt <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Turns a run's trace into capture frames, as a capture taken at one point would have seen them:
 * - at a host ("tcpdump on the client"): what it sent, at send time, and what reached it, at
 *   delivery time; segments lost on the way appear only on the sender's side;
 * - on the wire: every segment at the moment it was sent, lost ones included, plus copies the
 *   network duplicated at the moment they were made.
 * The trace is the only input, so exporting never re-runs or disturbs the simulation.
 */
import { englishReason } from '@/lib/i18n/reasons/english'
import { bytesOf, type HostId, type Segment, type SendReason, type TraceEvent } from '@/lib/tcp'
import { type TcpFrame } from './frame'
import { macForHost } from './mac'
import { writePcap, type PcapOptions } from './pcap-file'
import { writePcapng } from './pcapng-file'

export type CapturePoint = { readonly at: 'wire' } | { readonly at: 'host'; readonly host: HostId }

export interface TraceExportOptions extends PcapOptions {
  /** Which host owns which IP, when the scenario knows better than the trace (spoofing). */
  readonly ipOwners?: ReadonlyMap<string, HostId>
}

interface Sent {
  readonly segment: Segment
  readonly host: HostId
  readonly ipId: number
  readonly reason?: SendReason
  /** Set on a copy the network made. */
  readonly copy?: boolean
}

/** How a segment's send reason reads in a capture comment. */
const REASON_TEXT: Record<SendReason, string> = {
  retransmission: 'retransmission',
  keepalive: 'keepalive probe',
  'tail-loss-probe': 'tail loss probe',
  'window-probe': 'zero-window probe',
  reset: 'reset',
  'syn-cookie': 'SYN cookie',
}

const US_PER_MS = 1000

/** A starting IP id per host, so two hosts' counters do not run in step (Linux randomises it). */
function firstIpId(host: HostId): number {
  let h = 0x811c9dc5 // FNV-1a
  for (let i = 0; i < host.length; i++) h = Math.imul(h ^ host.charCodeAt(i), 0x01000193)
  return h & 0xffff
}

/**
 * Learns who owns each IP: a host that had a segment delivered owns its destination address (the
 * network routed it there), and failing that, a host that sent from an address on one of its own
 * connections owns it. Segments sent outside a connection (floods, injected old duplicates) may
 * carry forged sources, so they teach nothing; a forged address keeps a MAC of its own.
 */
function ipOwners(trace: readonly TraceEvent[], sent: ReadonlyMap<number, Sent>): Map<string, HostId> {
  const delivered = new Map<string, HostId>()
  const senders = new Map<string, HostId>()
  for (const e of trace) {
    if (e.type === 'segment-delivered') {
      const s = sent.get(e.segmentId)
      if (s && !delivered.has(s.segment.dst.ip)) delivered.set(s.segment.dst.ip, e.host)
    } else if (e.type === 'segment-sent' && e.conn !== undefined && !senders.has(e.segment.src.ip)) {
      senders.set(e.segment.src.ip, e.host)
    }
  }
  return new Map([...senders, ...delivered])
}

/** The frames a capture at `point` would hold, in capture order. */
export function framesFromTrace(
  trace: readonly TraceEvent[],
  point: CapturePoint,
  opts: TraceExportOptions = {},
): TcpFrame[] {
  // First pass: every segment by id (copies made by the network map to their original), with the
  // IP id its sender stamped on it, so the same packet has the same id at every capture point.
  const sent = new Map<number, Sent>()
  const lost = new Map<number, string>()
  const nextIpId = new Map<HostId, number>()
  for (const e of trace) {
    if (e.type === 'segment-sent') {
      const id = nextIpId.get(e.host) ?? firstIpId(e.host)
      nextIpId.set(e.host, (id + 1) & 0xffff)
      sent.set(e.segment.id, { segment: e.segment, host: e.host, ipId: id, reason: e.reason })
    } else if (e.type === 'segment-duplicated') {
      const original = sent.get(e.segmentId)
      if (original) sent.set(e.copyId, { ...original, copy: true })
    } else if (e.type === 'segment-dropped') {
      lost.set(e.segmentId, `${e.by}: ${englishReason(e.why)}`)
    }
  }
  const owners = new Map([...ipOwners(trace, sent), ...(opts.ipOwners ?? [])])
  const macOf = (ip: string): Uint8Array => macForHost(owners.get(ip) ?? ip)

  const frames: TcpFrame[] = []
  const capture = (s: Sent | undefined, atMs: number, id: number): void => {
    if (!s) return
    const g = s.segment
    const notes = [
      g.label,
      s.reason && REASON_TEXT[s.reason],
      s.copy && 'copy made by the network',
      lost.has(id) && `lost (${lost.get(id)})`,
    ].filter((n): n is string => typeof n === 'string' && n.length > 0)
    frames.push({
      timeUs: atMs * US_PER_MS,
      srcMac: macForHost(s.host), // the real sender's NIC, even when it spoofs src.ip
      dstMac: macOf(g.dst.ip),
      srcIp: g.src.ip,
      dstIp: g.dst.ip,
      ipId: s.ipId,
      srcPort: g.src.port,
      dstPort: g.dst.port,
      seq: g.seq,
      ack: g.ack,
      flags: g.flags,
      window: g.window,
      options: g.options,
      payload: bytesOf(g.payload),
      ...(notes.length > 0 ? { comment: notes.join('; ') } : {}),
    })
  }

  for (const e of trace) {
    if (point.at === 'wire') {
      if (e.type === 'segment-sent') capture(sent.get(e.segment.id), e.at, e.segment.id)
      else if (e.type === 'segment-duplicated') capture(sent.get(e.copyId), e.at, e.copyId)
    } else if (e.type === 'segment-sent' && e.host === point.host) {
      capture(sent.get(e.segment.id), e.at, e.segment.id)
    } else if (e.type === 'segment-delivered' && e.host === point.host) {
      capture(sent.get(e.segmentId), e.at, e.segmentId)
    }
  }
  // The trace is in time order already; a stable sort only guards against a runner that is not.
  return frames.sort((a, b) => a.timeUs - b.timeUs)
}

/** A .pcapng of the run as seen from `point`, each packet commented with its label, reason and fate. */
export const traceToPcapng = (
  trace: readonly TraceEvent[],
  point: CapturePoint,
  opts: TraceExportOptions = {},
): Uint8Array => writePcapng(framesFromTrace(trace, point, opts), opts)

/** A .pcap of the run as seen from `point`. */
export const traceToPcap = (
  trace: readonly TraceEvent[],
  point: CapturePoint,
  opts: TraceExportOptions = {},
): Uint8Array => writePcap(framesFromTrace(trace, point, opts), opts)

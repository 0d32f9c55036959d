/** pcap encoding throughput: frames and megabytes per second through writePcap and the trace adapter. */
import { traceToPcap, writePcap, type TcpFrame } from '@/lib/pcap'
import { macForHost } from '@/lib/pcap/mac'
import { lostFinTrace } from '@/lib/pcap/test-support/trace-fixture'
import { type TraceEvent } from '@/lib/tcp'
import { measure, type Figure } from './measure'

const MSS = 1460 // Ethernet MTU 1500 − 40

/** A bulk transfer's frames: full-size data segments, each other one followed by an ACK (RFC 9293 §3.8.6.3). */
function bulkFrames(n: number): TcpFrame[] {
  const client = macForHost('client')
  const server = macForHost('server')
  const data = new Uint8Array(MSS)
  const frames: TcpFrame[] = []
  for (let i = 0; i < n; i++) {
    const fromServer = i % 3 !== 2
    frames.push({
      timeUs: i * 100,
      srcMac: fromServer ? server : client,
      dstMac: fromServer ? client : server,
      srcIp: fromServer ? '10.0.0.2' : '10.0.0.1',
      dstIp: fromServer ? '10.0.0.1' : '10.0.0.2',
      ipId: i,
      srcPort: fromServer ? 80 : 50000,
      dstPort: fromServer ? 50000 : 80,
      seq: fromServer ? 1 + i * MSS : 1,
      ack: fromServer ? 1 : 1 + i * MSS,
      flags: 0x10,
      window: 502,
      options: { timestamps: { value: i, echo: i } },
      payload: fromServer ? data : new Uint8Array(0),
    })
  }
  return frames
}

/** `times` copies of a trace one after another, with segment ids renumbered so each stays unique. */
function repeated(one: readonly TraceEvent[], times: number): TraceEvent[] {
  const out: TraceEvent[] = []
  const span = one.reduce((last, e) => Math.max(last, e.at), 0) + 1
  const ids = 100
  for (let k = 0; k < times; k++) {
    const shift = <T extends TraceEvent>(e: T): T => ({ ...e, at: e.at + k * span })
    for (const e of one) {
      if (e.type === 'segment-sent')
        out.push(shift({ ...e, segment: { ...e.segment, id: e.segment.id + k * ids } }))
      else if (e.type === 'segment-duplicated')
        out.push(shift({ ...e, segmentId: e.segmentId + k * ids, copyId: e.copyId + k * ids }))
      else if (e.type === 'segment-delivered' || e.type === 'segment-dropped')
        out.push(shift({ ...e, segmentId: e.segmentId + k * ids }))
      else out.push(shift(e))
    }
  }
  return out
}

export function benchPcap(): Figure[] {
  const frames = bulkFrames(100_000)
  let bytes = 0
  const write = measure('pcap: writePcap, 100 000 frames (2/3 carry 1460 bytes)', () => {
    bytes = writePcap(frames).length
  })
  const seconds = write.ms / 1000
  const trace = repeated(lostFinTrace(), 1000)
  const adapt = measure(
    `pcap: traceToPcap at the client, ${trace.length.toLocaleString('en-US')}-event trace`,
    () => {
      traceToPcap(trace, { at: 'host', host: 'client' })
    },
  )
  return [
    write,
    { label: '  → frames/s', value: Math.round(frames.length / seconds), unit: 'frames/s' },
    { label: '  → throughput', value: Math.round(bytes / 1e6 / seconds), unit: 'MB/s' },
    adapt,
  ]
}

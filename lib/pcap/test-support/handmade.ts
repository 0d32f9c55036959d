/**
 * A short conversation built by hand, with numbers checked against tcp-facts.md: a handshake,
 * 100 bytes of data, a keepalive probe at SND.NXT−1 and its reply, and a FIN sent twice because
 * the first copy was lost. Client ISN 1000, server ISN 5000.
 */
import { ACK, FIN, PSH, SYN } from '@/lib/tcp'
import { type TcpFrame } from '../frame'
import { macForHost } from '../mac'

const client = { mac: macForHost('client'), ip: '10.0.0.1', port: 50000 }
const server = { mac: macForHost('server'), ip: '10.0.0.2', port: 80 }
type Side = typeof client

let ipIds = { client: 0, server: 0 }

function frame(
  from: 'client' | 'server',
  timeUs: number,
  fields: Pick<TcpFrame, 'seq' | 'ack' | 'flags'> & Partial<TcpFrame>,
): TcpFrame {
  const [a, b]: [Side, Side] = from === 'client' ? [client, server] : [server, client]
  return {
    timeUs,
    srcMac: a.mac,
    dstMac: b.mac,
    srcIp: a.ip,
    dstIp: b.ip,
    srcPort: a.port,
    dstPort: b.port,
    ipId: ipIds[from]++,
    window: 502,
    options: {},
    payload: new Uint8Array(0),
    ...fields,
  }
}

export const HANDMADE_DATA_BYTES = 100

/** Frames in capture order, with the facts each frame is meant to show. */
export function handmadeConversation(): TcpFrame[] {
  ipIds = { client: 0x1000, server: 0x2000 }
  const s = 7_200_000_000 // keepalive idle time: Linux tcp_keepalive_time 7200 s, in µs
  const data = Uint8Array.from({ length: HANDMADE_DATA_BYTES }, (_, i) => 0x41 + (i % 26))
  return [
    frame('client', 0, {
      seq: 1000,
      ack: 0,
      flags: SYN,
      window: 64240,
      options: { mss: 1460, sackPermitted: true, timestamps: { value: 100, echo: 0 }, windowScale: 7 },
    }),
    frame('server', 10_000, {
      seq: 5000,
      ack: 1001,
      flags: SYN | ACK,
      window: 65160,
      options: { mss: 1460, sackPermitted: true, timestamps: { value: 200, echo: 100 }, windowScale: 7 },
    }),
    frame('client', 20_000, { seq: 1001, ack: 5001, flags: ACK }),
    frame('client', 20_100, {
      seq: 1001,
      ack: 5001,
      flags: PSH | ACK,
      payload: data,
      options: { timestamps: { value: 120, echo: 200 } },
    }),
    frame('server', 30_100, { seq: 5001, ack: 1101, flags: ACK }),
    // Keepalive probe: SEG.SEQ = SND.NXT − 1, no data (RFC 1122 §4.2.3.6), and its answer.
    frame('client', s, { seq: 1100, ack: 5001, flags: ACK }),
    frame('server', s + 10_000, { seq: 5001, ack: 1101, flags: ACK }),
    // FIN after 100 data bytes: relative seq 101; lost once, re-sent after the 200 ms RTO.
    frame('client', s + 20_000, { seq: 1101, ack: 5001, flags: FIN | ACK }),
    frame('client', s + 220_000, { seq: 1101, ack: 5001, flags: FIN | ACK }),
    frame('server', s + 230_000, { seq: 5001, ack: 1102, flags: ACK }),
  ]
}

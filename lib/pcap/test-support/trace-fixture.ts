/**
 * A trace written by hand in the engine's event format, for testing the adapter before (and
 * independently of) the engine's runner: the hand-made conversation again, with a 5 ms one-way
 * delay, the first FIN dropped by the network and the server's data ACK duplicated.
 */
import { ACK, FIN, ms, PSH, type Segment, type SegmentFields, seq, SYN, type TraceEvent } from '@/lib/tcp'

const CLIENT = { ip: '10.0.0.1', port: 50000 }
const SERVER = { ip: '10.0.0.2', port: 80 }
export const ONE_WAY_MS = 5

export function lostFinTrace(): TraceEvent[] {
  const trace: TraceEvent[] = []
  let nextId = 1
  const send = (
    host: 'client' | 'server',
    atMs: number,
    f: Partial<Omit<SegmentFields, 'seq' | 'ack'>> & { seq: number; ack: number; flags: number },
    fate: 'delivered' | 'dropped' | 'duplicated' = 'delivered',
    reason?: 'retransmission' | 'keepalive',
  ): void => {
    const segment: Segment = {
      id: nextId++,
      sender: host,
      src: host === 'client' ? CLIENT : SERVER,
      dst: host === 'client' ? SERVER : CLIENT,
      window: 502,
      options: {},
      payload: new Uint8Array(0),
      ...f,
      seq: seq(f.seq),
      ack: seq(f.ack),
    }
    const other = host === 'client' ? 'server' : 'client'
    const conn = host === 'client' ? '50000>10.0.0.2:80' : '80>10.0.0.1:50000'
    trace.push({ type: 'segment-sent', at: ms(atMs), host, conn, segment, ...(reason ? { reason } : {}) })
    if (fate === 'dropped') {
      trace.push({
        type: 'segment-dropped',
        at: ms(atMs + 1),
        segmentId: segment.id,
        by: 'network',
        why: { code: 'random-loss' },
      })
      return
    }
    if (fate === 'duplicated') {
      const copyId = nextId++
      trace.push({ type: 'segment-duplicated', at: ms(atMs + 1), segmentId: segment.id, copyId })
      trace.push({ type: 'segment-delivered', at: ms(atMs + ONE_WAY_MS), host: other, segmentId: segment.id })
      trace.push({ type: 'segment-delivered', at: ms(atMs + ONE_WAY_MS + 1), host: other, segmentId: copyId })
      return
    }
    trace.push({ type: 'segment-delivered', at: ms(atMs + ONE_WAY_MS), host: other, segmentId: segment.id })
  }
  const idle = 7_200_000 // Linux tcp_keepalive_time, 7200 s
  const synOptions = { mss: 1460, sackPermitted: true, windowScale: 7 }
  send('client', 0, { seq: 1000, ack: 0, flags: SYN, window: 64240, options: synOptions })
  send('server', 5, { seq: 5000, ack: 1001, flags: SYN | ACK, window: 65160, options: synOptions })
  send('client', 10, { seq: 1001, ack: 5001, flags: ACK })
  send('client', 10, {
    seq: 1001,
    ack: 5001,
    flags: PSH | ACK,
    payload: new Uint8Array(100),
    label: 'request',
  })
  send('server', 15, { seq: 5001, ack: 1101, flags: ACK }, 'duplicated')
  send('client', idle, { seq: 1100, ack: 5001, flags: ACK }, 'delivered', 'keepalive')
  send('server', idle + 5, { seq: 5001, ack: 1101, flags: ACK })
  send('client', idle + 10, { seq: 1101, ack: 5001, flags: FIN | ACK }, 'dropped')
  send('client', idle + 210, { seq: 1101, ack: 5001, flags: FIN | ACK }, 'delivered', 'retransmission')
  send('server', idle + 215, { seq: 5001, ack: 1102, flags: ACK })
  return trace
}

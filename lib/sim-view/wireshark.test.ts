import { describe, expect, it } from 'vitest'
import { ACK, FIN, PSH, RST, SYN } from '@/lib/tcp'
import { buildViewModel } from './model'
import { CLIENT, SERVER, traceBuilder } from './testing/trace-builder'

const ISN_C = 1_000_000
const ISN_S = 4_294_967_000 // close to 2^32, so relative numbers must wrap correctly

/** Handshake, 100 bytes of data each way, then a four-segment close. */
function fullConnection() {
  const b = traceBuilder(CLIENT, SERVER)
  b.send(0, 'client', {
    flags: SYN,
    seq: ISN_C,
    options: { mss: 1460, windowScale: 7, sackPermitted: true },
    deliverAt: 50,
  })
  b.send(50, 'server', {
    flags: SYN | ACK,
    seq: ISN_S,
    ack: ISN_C + 1,
    options: { mss: 1460, windowScale: 7 },
    deliverAt: 100,
  })
  b.send(100, 'client', { flags: ACK, seq: ISN_C + 1, ack: ISN_S + 1, window: 502, deliverAt: 150 })
  b.send(100, 'client', {
    flags: PSH | ACK,
    seq: ISN_C + 1,
    ack: ISN_S + 1,
    len: 100,
    window: 502,
    deliverAt: 150,
  })
  b.send(150, 'server', { flags: PSH | ACK, seq: ISN_S + 1, ack: ISN_C + 101, len: 100, deliverAt: 200 })
  b.send(200, 'client', { flags: FIN | ACK, seq: ISN_C + 101, ack: ISN_S + 101, window: 502, deliverAt: 250 })
  b.send(250, 'server', { flags: FIN | ACK, seq: ISN_S + 101, ack: ISN_C + 102, deliverAt: 300 })
  b.send(300, 'client', { flags: ACK, seq: ISN_C + 102, ack: ISN_S + 102, window: 502, deliverAt: 350 })
  return b.build()
}

describe('relative sequence numbers, as Wireshark shows them', () => {
  it('numbers the SYN 0, the first data byte 1 and the FIN after n bytes n+1 in each direction', () => {
    const rows = buildViewModel(fullConnection()).packets
    expect(rows.map((r) => [r.flags, r.seq, r.ack, r.len])).toEqual([
      ['SYN', 0, undefined, 0],
      ['SYN, ACK', 0, 1, 0],
      ['ACK', 1, 1, 0],
      ['PSH, ACK', 1, 1, 100],
      ['PSH, ACK', 1, 101, 100],
      ['FIN, ACK', 101, 101, 0],
      ['FIN, ACK', 101, 102, 0],
      ['ACK', 102, 102, 0],
    ])
  })

  it('shows Seq=1 Ack=1 for a RST answering a SYN although its raw sequence number is 0', () => {
    const b = traceBuilder(CLIENT, SERVER)
    b.send(0, 'client', { flags: SYN, seq: ISN_C, deliverAt: 50 })
    b.send(50, 'server', { flags: RST | ACK, seq: 0, ack: ISN_C + 1, window: 0, deliverAt: 100 })
    const rst = buildViewModel(b.build()).packets[1]
    expect([rst.seq, rst.ack]).toEqual([1, 1])
    expect(rst.info).toBe('80 → 54321 [RST, ACK] Seq=1 Ack=1 Win=0 Len=0')
  })

  it('writes the Info column like Wireshark, with SYN options and a scaled window after the handshake', () => {
    const rows = buildViewModel(fullConnection()).packets
    expect(rows[0].info).toBe('54321 → 80 [SYN] Seq=0 Win=64240 Len=0 MSS=1460 SACK_PERM WS=128')
    expect(rows[2].info).toBe('54321 → 80 [ACK] Seq=1 Ack=1 Win=64256 Len=0')
  })
})

describe('expert tags inferred from sequence numbers', () => {
  it('tags a re-sent SYN after a drop as a retransmission and nothing else', () => {
    const b = traceBuilder(CLIENT, SERVER)
    b.send(0, 'client', { flags: SYN, seq: ISN_C, dropAt: 0 })
    b.send(1000, 'client', { flags: SYN, seq: ISN_C, reason: 'retransmission', deliverAt: 1050 })
    b.send(1050, 'server', { flags: SYN | ACK, seq: ISN_S, ack: ISN_C + 1, deliverAt: 1100 })
    const rows = buildViewModel(b.build()).packets
    expect(rows.map((r) => r.analysis)).toEqual([[], ['retransmission'], []])
    expect(rows[1].info.startsWith('[TCP Retransmission] 54321 → 80 [SYN] Seq=0')).toBe(true)
  })

  it('tags a probe one byte behind SND.NXT as Keep-Alive and its answer as Keep-Alive ACK', () => {
    const b = traceBuilder(CLIENT, SERVER)
    b.send(0, 'client', { flags: SYN, seq: ISN_C, deliverAt: 50 })
    b.send(50, 'server', { flags: SYN | ACK, seq: ISN_S, ack: ISN_C + 1, deliverAt: 100 })
    b.send(100, 'client', { flags: ACK, seq: ISN_C + 1, ack: ISN_S + 1, deliverAt: 150 })
    b.send(7_200_100, 'client', {
      flags: ACK,
      seq: ISN_C,
      ack: ISN_S + 1,
      reason: 'keepalive',
      deliverAt: 7_200_150,
    })
    b.send(7_200_150, 'server', { flags: ACK, seq: ISN_S + 1, ack: ISN_C + 1, deliverAt: 7_200_200 })
    const rows = buildViewModel(b.build()).packets
    expect(rows[3].analysis).toEqual(['keep-alive'])
    expect(rows[3].seq).toBe(0)
    expect(rows[4].analysis).toEqual(['keep-alive-ack'])
    expect(rows[4].info).toContain('[TCP Keep-Alive ACK]')
  })

  it('tags a re-sent FIN as a retransmission and the TIME-WAIT side’s repeated ACK as a dup ACK', () => {
    const b = traceBuilder(CLIENT, SERVER)
    b.send(0, 'client', { flags: FIN | ACK, seq: ISN_C + 1, ack: ISN_S + 1, deliverAt: 50 })
    b.send(50, 'server', { flags: FIN | ACK, seq: ISN_S + 1, ack: ISN_C + 2, deliverAt: 100 })
    b.send(100, 'client', { flags: ACK, seq: ISN_C + 2, ack: ISN_S + 2, dropAt: 120 })
    b.send(1050, 'server', { flags: FIN | ACK, seq: ISN_S + 1, ack: ISN_C + 2, deliverAt: 1100 })
    b.send(1100, 'client', { flags: ACK, seq: ISN_C + 2, ack: ISN_S + 2, deliverAt: 1150 })
    const rows = buildViewModel(b.build()).packets
    expect(rows[3].analysis).toEqual(['retransmission'])
    expect(rows[4].analysis).toEqual(['dup-ack'])
    expect(rows[4].info.startsWith('[TCP Dup ACK 3#1]')).toBe(true)
  })

  it('does not tag new data or the first ACK of a connection', () => {
    const rows = buildViewModel(fullConnection()).packets
    expect(rows.every((r) => r.analysis.length === 0)).toBe(true)
  })
})

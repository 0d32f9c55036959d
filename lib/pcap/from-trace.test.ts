import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIN, hasFlag } from '@/lib/tcp'
import { framesFromTrace, traceToPcap } from './from-trace'
import { formatMac, macForHost } from './mac'
import { lostFinTrace, ONE_WAY_MS } from './test-support/trace-fixture'
import {
  framesMatching,
  removeTempPcaps,
  requireTshark,
  tsharkFields,
  writeTempPcap,
  TSHARK_TIMEOUT,
} from './test-support/tshark'

afterAll(removeTempPcaps)

const trace = lostFinTrace()
const fins = (frames: ReturnType<typeof framesFromTrace>) =>
  frames.filter((f) => hasFlag(f.flags, FIN)).length

describe('capturing a trace', () => {
  it('at the client holds both FINs, since the client sent both, and the duplicated ACK twice', () => {
    const frames = framesFromTrace(trace, { at: 'host', host: 'client' })
    expect(frames.length).toBe(11)
    expect(fins(frames)).toBe(2)
  })

  it('at the server holds only the FIN that arrived, at its arrival time', () => {
    const frames = framesFromTrace(trace, { at: 'host', host: 'server' })
    expect(fins(frames)).toBe(1)
    const sentAt = trace.find((e) => e.type === 'segment-sent' && e.reason === 'retransmission')?.at ?? -1
    expect(frames.find((f) => hasFlag(f.flags, FIN))?.timeUs).toBe((sentAt + ONE_WAY_MS) * 1000)
  })

  it('on the wire holds every segment sent, the lost one included, and the network-made copy', () => {
    const frames = framesFromTrace(trace, { at: 'wire' })
    expect(frames.length).toBe(11)
    expect(fins(frames)).toBe(2)
  })

  it('stamps a segment with the same IP id wherever it is captured, and its copy with the same id', () => {
    const client = framesFromTrace(trace, { at: 'host', host: 'client' })
    const server = framesFromTrace(trace, { at: 'host', host: 'server' })
    const [synAtClient] = client
    const [synAtServer] = server
    expect(synAtServer.ipId).toBe(synAtClient.ipId)
    const ackCopies = framesFromTrace(trace, { at: 'wire' }).filter((f) => f.ack === 1101 && f.srcPort === 80)
    expect(ackCopies[0].ipId).toBe(ackCopies[1].ipId)
  })

  it('gives each host a fixed MAC, used as source when it sends and destination when it receives', () => {
    const [syn, synAck] = framesFromTrace(trace, { at: 'wire' })
    expect(formatMac(syn.srcMac)).toBe(formatMac(macForHost('client')))
    expect(formatMac(syn.dstMac)).toBe(formatMac(macForHost('server')))
    expect(formatMac(synAck.dstMac)).toBe(formatMac(macForHost('client')))
    expect(syn.srcMac[0]).toBe(0x02) // locally administered, unicast
  })
})

describe('tshark reading trace captures', TSHARK_TIMEOUT, () => {
  beforeAll(requireTshark)

  it('sees the client capture as Wireshark would: keep-alive, retransmitted FIN, no bad checksums', () => {
    const path = writeTempPcap(traceToPcap(trace, { at: 'host', host: 'client' }), 'client.pcap')
    expect(
      framesMatching(path, 'tcp.checksum.status != 1 || ip.checksum.status != 1 || _ws.malformed'),
    ).toEqual([])
    expect(framesMatching(path, 'tcp.analysis.keep_alive').length).toBe(1)
    const retrans = tsharkFields(path, ['tcp.seq', 'tcp.flags.fin'], 'tcp.analysis.retransmission')
    expect(retrans).toEqual([['101', '1']])
  })

  it('sees no retransmission at the server, which only ever received one FIN', () => {
    const path = writeTempPcap(traceToPcap(trace, { at: 'host', host: 'server' }), 'server.pcap')
    expect(framesMatching(path, 'tcp.analysis.retransmission')).toEqual([])
    expect(tsharkFields(path, ['tcp.seq'], 'tcp.flags.fin == 1')).toEqual([['101']])
  })
})

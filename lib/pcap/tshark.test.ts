/**
 * The real check: Wireshark's own dissectors read our files. Every frame must have good IP and
 * TCP checksums and nothing malformed, and TCP analysis must see what the frames were built to
 * show (relative numbers, keepalive, retransmission).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACK, SYN } from '@/lib/tcp'
import { macForHost } from './mac'
import { writePcap } from './pcap-file'
import { handmadeConversation } from './test-support/handmade'
import {
  framesMatching,
  removeTempPcaps,
  requireTshark,
  tsharkFields,
  writeTempPcap,
  TSHARK_TIMEOUT,
} from './test-support/tshark'

afterAll(removeTempPcaps)

describe('tshark reading a hand-made capture', TSHARK_TIMEOUT, () => {
  let path = ''
  beforeAll(() => {
    requireTshark()
    path = writeTempPcap(writePcap(handmadeConversation()), 'handmade.pcap')
  })

  it('finds every IP and TCP checksum good and no frame malformed', () => {
    const rows = tsharkFields(path, ['ip.checksum.status', 'tcp.checksum.status', '_ws.malformed'])
    expect(rows.length).toBe(10)
    // 1 is PROTO_CHECKSUM_E_GOOD in Wireshark's epan/proto.h.
    for (const [ipStatus, tcpStatus, malformed] of rows)
      expect([ipStatus, tcpStatus, malformed ?? '']).toEqual(['1', '1', ''])
    // A retransmission is a Note; nothing may rise to a Warning (e.g. "previous segment not captured").
    expect(framesMatching(path, '_ws.malformed || _ws.expert.severity >= warning')).toEqual([])
  })

  it('shows the relative numbers tcp-facts.md states: SYN 0, first byte 1, FIN after 100 bytes at 101', () => {
    const rows = tsharkFields(path, ['tcp.seq', 'tcp.ack', 'tcp.len'])
    expect(rows.map(([s, a, l]) => `${s}/${a}/${l}`)).toEqual([
      '0/0/0', // SYN
      '0/1/0', // SYN-ACK
      '1/1/0', // ACK
      '1/1/100', // data
      '1/101/0',
      '100/1/0', // keepalive probe: SND.NXT − 1
      '1/101/0',
      '101/1/0', // FIN
      '101/1/0', // FIN again
      '1/102/0', // the FIN counts one
    ])
  })

  it('decodes the SYN options as Linux sends them', () => {
    const [row] = tsharkFields(
      path,
      [
        'tcp.options.mss_val',
        'tcp.options.wscale.multiplier',
        'tcp.options.sack_perm',
        'tcp.options.timestamp.tsval',
      ],
      'frame.number == 1',
    )
    expect(row.slice(0, 2)).toEqual(['1460', '128'])
    expect(row[2]).not.toBe('')
    expect(row[3]).toBe('100')
  })

  it('marks the probe at SND.NXT−1 as a keep-alive and its answer as a keep-alive ACK', () => {
    expect(framesMatching(path, 'tcp.analysis.keep_alive')).toEqual([6])
    expect(framesMatching(path, 'tcp.analysis.keep_alive_ack')).toEqual([7])
  })

  it('marks the second FIN, and only it, as a retransmission', () => {
    expect(framesMatching(path, 'tcp.analysis.retransmission')).toEqual([9])
  })
})

describe('tshark reading a Fast Open SYN', TSHARK_TIMEOUT, () => {
  it('decodes a cookie request and a SYN carrying a cookie and data', () => {
    requireTshark()
    const common = {
      srcMac: macForHost('client'),
      dstMac: macForHost('server'),
      srcIp: '10.0.0.1',
      dstIp: '10.0.0.2',
      srcPort: 50001,
      dstPort: 443,
      ack: 0,
      flags: SYN,
      window: 64240,
    }
    const path = writeTempPcap(
      writePcap([
        {
          ...common,
          timeUs: 0,
          ipId: 1,
          seq: 7,
          options: { mss: 1460, fastOpen: {} },
          payload: new Uint8Array(0),
        },
        {
          ...common,
          timeUs: 1000,
          ipId: 2,
          srcPort: 50002,
          seq: 9,
          options: {
            mss: 1460,
            sackPermitted: true,
            timestamps: { value: 5, echo: 0 },
            windowScale: 7,
            fastOpen: { cookie: '0123456789abcdef' },
          },
          payload: new TextEncoder().encode('GET / HTTP/1.1\r\n\r\n'),
        },
        { ...common, timeUs: 2000, ipId: 3, flags: ACK, seq: 8, options: {}, payload: new Uint8Array(0) },
      ]),
      'tfo.pcap',
    )
    const rows = tsharkFields(path, [
      'tcp.checksum.status',
      'tcp.options.tfo.request',
      'tcp.options.tfo.cookie',
      'tcp.len',
    ])
    expect(rows[0][0]).toBe('1')
    expect(rows[0][1]).not.toBe('')
    expect(rows[1][2]).toBe('0123456789abcdef')
    expect(rows[1][3]).toBe('18')
    expect(framesMatching(path, '_ws.malformed')).toEqual([])
  })
})

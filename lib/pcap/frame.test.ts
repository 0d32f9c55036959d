import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ACK, PSH, SYN } from '@/lib/tcp'
import { encodeFrame, type TcpFrame } from './frame'
import { macForHost } from './mac'
import { writePcap } from './pcap-file'
import { readPcap } from './read-pcap'
import { handmadeConversation } from './test-support/handmade'

const base: TcpFrame = {
  timeUs: 1_500_000,
  srcMac: macForHost('client'),
  dstMac: macForHost('server'),
  srcIp: '192.168.1.10',
  dstIp: '203.0.113.5',
  ipId: 0xbeef,
  srcPort: 40000,
  dstPort: 443,
  seq: 0xfffffff0,
  ack: 12345,
  flags: PSH | ACK,
  window: 501,
  options: { timestamps: { value: 1, echo: 2 } },
  payload: new Uint8Array([1, 2, 3]),
}

describe('frame encoding', () => {
  it('writes Ethernet, a 20-byte IPv4 header with DF and TTL 64, and TCP with its data offset', () => {
    const b = encodeFrame(base)
    const v = new DataView(b.buffer)
    expect(b.length).toBe(14 + 20 + 20 + 12 + 3)
    expect(v.getUint16(12)).toBe(0x0800)
    expect(b[14]).toBe(0x45)
    expect(v.getUint16(16)).toBe(20 + 32 + 3) // IP total length
    expect(v.getUint16(18)).toBe(0xbeef)
    expect(v.getUint16(20)).toBe(0x4000) // DF, offset 0
    expect(b[22]).toBe(64)
    expect(b[34 + 12] >> 4).toBe(8) // 32 bytes of TCP header
  })

  it('reads back a whole file with the same fields and valid checksums', () => {
    const frames = handmadeConversation()
    const back = readPcap(writePcap(frames))
    expect(back.length).toBe(frames.length)
    back.forEach((r, i) => {
      const { optionKinds: _k, ipChecksumOk, tcpChecksumOk, ...fields } = r
      expect(ipChecksumOk && tcpChecksumOk).toBe(true)
      expect(fields).toEqual({ ttl: 64, dontFragment: true, ...frames[i] })
    })
  })

  it('round-trips arbitrary frames, keeping both checksums valid', () => {
    const octet = fc.integer({ min: 0, max: 255 })
    const ip = fc.tuple(octet, octet, octet, octet).map((t) => t.join('.'))
    const u32 = fc.integer({ min: 0, max: 0xffffffff })
    const u16 = fc.integer({ min: 0, max: 0xffff })
    const frame = fc.record({
      timeUs: fc.integer({ min: 0, max: 2 ** 40 }),
      srcIp: ip,
      dstIp: ip,
      ipId: u16,
      srcPort: u16,
      dstPort: u16,
      seq: u32,
      ack: u32,
      flags: fc.integer({ min: 0, max: 0x1f }),
      window: u16,
      mss: fc.option(u16, { nil: undefined }),
      ts: fc.option(fc.record({ value: u32, echo: u32 }), { nil: undefined }),
      sack: fc.boolean(),
      payload: fc.uint8Array({ maxLength: 1500 }),
    })
    fc.assert(
      fc.property(frame, (r) => {
        const f: TcpFrame = {
          ...base,
          ...r,
          options: {
            ...(r.mss === undefined ? {} : { mss: r.mss }),
            ...(r.ts ? { timestamps: r.ts } : {}),
            ...(r.sack ? { sackPermitted: true } : {}),
          },
        }
        const [back] = readPcap(writePcap([f]))
        expect(back.ipChecksumOk).toBe(true)
        expect(back.tcpChecksumOk).toBe(true)
        expect(back.seq).toBe(f.seq)
        expect(back.ack).toBe(f.ack)
        expect(back.timeUs).toBe(f.timeUs)
        expect(back.options).toEqual(f.options)
        expect(back.payload).toEqual(f.payload)
      }),
      { numRuns: 200 },
    )
  })

  it('detects a corrupted byte through the TCP checksum', () => {
    const file = writePcap([{ ...base, flags: SYN }])
    file[file.length - 1] ^= 0xff
    expect(readPcap(file)[0].tcpChecksumOk).toBe(false)
  })

  it('refuses an address that is not a dotted quad', () => {
    expect(() => encodeFrame({ ...base, dstIp: 'server' })).toThrow(/Not an IPv4 address/)
  })
})

import { describe, expect, it } from 'vitest'
import {
  cookieBytes,
  OPT_FAST_OPEN,
  OPT_MSS,
  OPT_NOP,
  OPT_SACK_PERMITTED,
  OPT_TIMESTAMPS,
  OPT_WINDOW_SCALE,
  optionsLength,
  readOptions,
  writeOptions,
} from './tcp-options'
import { type TcpOptions } from '@/lib/tcp'

const encode = (o: TcpOptions): Uint8Array => {
  const buf = new Uint8Array(60)
  const n = writeOptions(buf, 0, o)
  expect(n).toBe(optionsLength(o))
  return buf.slice(0, n)
}

describe('TCP options', () => {
  it('lays out a Linux SYN exactly as Linux does: MSS, SACK_PERM+TS, NOP+WS in 20 bytes', () => {
    const bytes = encode({
      mss: 1460,
      sackPermitted: true,
      timestamps: { value: 100, echo: 0 },
      windowScale: 7,
    })
    // The layout `tcpdump -x` shows for a Linux SYN (mss, sackOK, TS, nop, wscale), here with TSval 100.
    expect(Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')).toBe(
      '020405b40402080a000000640000000001030307',
    )
  })

  it('puts two NOPs before timestamps when SACK is not permitted', () => {
    const bytes = encode({ timestamps: { value: 1, echo: 2 } })
    expect(bytes.length).toBe(12)
    expect(Array.from(bytes.slice(0, 4))).toEqual([OPT_NOP, OPT_NOP, OPT_TIMESTAMPS, 10])
  })

  it('pads SACK-permitted with two NOPs when it travels without timestamps', () => {
    expect(Array.from(encode({ sackPermitted: true }))).toEqual([OPT_NOP, OPT_NOP, OPT_SACK_PERMITTED, 2])
  })

  it('writes a Fast Open cookie request as kind 34 length 2 padded to a word', () => {
    expect(Array.from(encode({ fastOpen: {} }))).toEqual([OPT_FAST_OPEN, 2, OPT_NOP, OPT_NOP])
  })

  it('writes a hex cookie as its bytes, and hashes any other string to 8 stable bytes', () => {
    expect(Array.from(cookieBytes('0011223344556677'))).toEqual([0, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77])
    expect(cookieBytes('cookie-for-10.0.0.1')).toEqual(cookieBytes('cookie-for-10.0.0.1'))
    expect(cookieBytes('cookie-for-10.0.0.1').length).toBe(8)
    expect(cookieBytes('cookie-for-10.0.0.1')).not.toEqual(cookieBytes('cookie-for-10.0.0.2'))
  })

  it('keeps every layout a multiple of four bytes and fits the largest legal set into exactly 40 bytes', () => {
    const all: TcpOptions = {
      mss: 1460,
      sackPermitted: true,
      timestamps: { value: 1, echo: 0 },
      windowScale: 14,
      fastOpen: { cookie: '00112233445566778899aabbccddeeff' },
    }
    // 4 (MSS) + 12 (SACK_PERM, TS) + 4 (NOP, WS) + 18 (TFO with a 16-byte cookie) + 2 NOPs.
    expect(encode(all).length).toBe(40)
    expect(encode({ ...all, fastOpen: { cookie: '0011223344556677' } }).length).toBe(32)
  })

  it('reads back what it wrote, with the option kinds in wire order', () => {
    const o: TcpOptions = {
      mss: 536,
      sackPermitted: true,
      timestamps: { value: 0xfffffffe, echo: 7 },
      windowScale: 2,
      fastOpen: { cookie: 'a1b2c3d4e5f60718' },
    }
    const bytes = encode(o)
    const back = readOptions(bytes, 0, bytes.length)
    expect(back.options).toEqual(o)
    expect(back.kinds).toEqual([
      OPT_MSS,
      OPT_SACK_PERMITTED,
      OPT_TIMESTAMPS,
      OPT_NOP,
      OPT_WINDOW_SCALE,
      OPT_FAST_OPEN,
      OPT_NOP,
      OPT_NOP,
    ])
  })
})

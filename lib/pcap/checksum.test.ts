import { describe, expect, it } from 'vitest'
import { addWords, finishChecksum, internetChecksum } from './checksum'

describe('internet checksum', () => {
  it('matches the worked example of RFC 1071 §3', () => {
    // RFC 1071 §3: the words 0001 f203 f4f5 f6f7 sum to ddf2 (after folding the carry).
    const bytes = Uint8Array.of(0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7)
    expect(internetChecksum(bytes)).toBe(~0xddf2 & 0xffff)
  })

  it('pads an odd trailing byte with zero', () => {
    expect(internetChecksum(Uint8Array.of(0x12, 0x34, 0x56))).toBe(
      internetChecksum(Uint8Array.of(0x12, 0x34, 0x56, 0)),
    )
  })

  it('gives zero over data that already contains its own checksum', () => {
    const bytes = Uint8Array.of(0x45, 0x00, 0x00, 0x3c, 0x1c, 0x46, 0x40, 0x00, 0x40, 0x06, 0, 0)
    const c = internetChecksum(bytes)
    bytes[10] = c >> 8
    bytes[11] = c & 0xff
    expect(internetChecksum(bytes)).toBe(0)
  })

  it('adds pieces separately to the same result as one buffer', () => {
    const bytes = Uint8Array.from({ length: 1500 }, (_, i) => (i * 37) & 0xff)
    expect(finishChecksum(addWords(bytes, 0, 600, addWords(bytes, 600, 1500)))).toBe(internetChecksum(bytes))
  })
})

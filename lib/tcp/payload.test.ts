import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteQueue } from './buffer'
import { bytesOf, Payload, PayloadSlice } from './payload'
import { createRng, type RngState } from './rng'

/** The stream as it was always drawn: the write's words in one go, bytes in platform order. */
function reference(length: number, start: number | RngState): { bytes: Uint8Array; end: RngState } {
  const words = new Uint32Array((length + 3) >>> 2)
  const rng = createRng(start)
  rng.fill(words)
  return { bytes: new Uint8Array(words.buffer, 0, length), end: rng.state() }
}

/** Where two byte strings first differ (-1: equal); vitest's toEqual walks typed arrays slowly. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  if (Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length)))
    return -1
  const i = a.findIndex((x, k) => x !== b[k])
  return i < 0 ? Math.min(a.length, b.length) : i
}

describe('a write drawn only when read (issue #3)', () => {
  it('reads any range, in any order, as the bytes the whole write would hold', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer(),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }),
        (length, seed, ranges) => {
          const want = reference(length, seed).bytes
          const p = new Payload(length, seed)
          for (const [a, b] of ranges) {
            const start = a % (length + 1)
            const end = start + (b % (length - start + 1))
            expect(firstDifference(p.read(start, end), want.subarray(start, end)), `[${start}, ${end})`).toBe(
              -1,
            )
          }
        },
      ),
      { numRuns: 100 },
    )
  })

  it('ends where the whole write ends, so the next write continues the same stream', () => {
    for (const length of [1, 3, 4, 4095, 4096, 4097, 8192, 10_001]) {
      const ref = reference(length, 7)
      const p = new Payload(length, 7)
      p.read(length >> 1, length) // walking part of the way first changes nothing
      expect(p.endState(), `length ${length}`).toEqual(ref.end)
      expect(new Payload(length, 7).endState(), `length ${length}, unread`).toEqual(ref.end)
    }
  })

  it('hands out slices that draw their own bytes, clamp like subarray and serialise as bytes', () => {
    const want = reference(10_000, 3).bytes
    const slice = new Payload(10_000, 3).slice(4000, 9000)
    expect(slice.length).toBe(5000)
    expect(slice.bytes()).toEqual(want.slice(4000, 9000))
    expect(bytesOf(slice.subarray(100, 200))).toEqual(want.slice(4100, 4200))
    expect(slice.subarray(4990, 6000).length).toBe(10)
    expect(slice.subarray(-5, 3).bytes()).toEqual(want.slice(4000, 4003))
    expect(JSON.stringify(slice.subarray(0, 3))).toBe(JSON.stringify(want.slice(4000, 4003)))
  })
})

describe('the send buffer and a large write', () => {
  it('adopts it whole and hands out slices of it, never drawing a byte', () => {
    const q = new ByteQueue()
    const p = new Payload(100_000, 1)
    q.pushWrite(p)
    const v = q.view(1460, 1460)
    expect(v).toBeInstanceOf(PayloadSlice)
    expect((v as PayloadSlice).offset).toBe(1460)
    q.drop(2920)
    expect((q.view(0, 10) as PayloadSlice).offset).toBe(2920)
  })

  it('draws the bytes still queued when a second write follows, and keeps their order', () => {
    const q = new ByteQueue()
    const first = new Payload(8000, 1)
    q.pushWrite(first)
    q.drop(5000)
    q.push(new Uint8Array([1, 2, 3]))
    expect(q.length).toBe(3003)
    expect(q.shift(3003)).toEqual(new Uint8Array([...reference(8000, 1).bytes.slice(5000), 1, 2, 3]))
  })

  it('copies a small write, as it copies any small array', () => {
    const q = new ByteQueue()
    q.pushWrite(new Payload(100, 9))
    expect(q.view(0, 100)).toBeInstanceOf(Uint8Array)
    expect(q.shift(100)).toEqual(reference(100, 9).bytes)
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { framesFromTrace, traceToPcapng } from './from-trace'
import { encodeFrame } from './frame'
import { writePcapng } from './pcapng-file'
import { handmadeConversation } from './test-support/handmade'
import { lostFinTrace } from './test-support/trace-fixture'
import {
  removeTempPcaps,
  requireTshark,
  TSHARK_TIMEOUT,
  tsharkFields,
  writeTempPcap,
} from './test-support/tshark'

afterAll(removeTempPcaps)

/** Walks the blocks: each starts and ends with the same total length, a multiple of 4. */
function blocks(file: Uint8Array): { type: number; start: number; length: number }[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength)
  const out: { type: number; start: number; length: number }[] = []
  for (let at = 0; at < file.length;) {
    const length = view.getUint32(at + 4, true)
    expect(length % 4).toBe(0)
    expect(view.getUint32(at + length - 4, true)).toBe(length)
    out.push({ type: view.getUint32(at, true), start: at, length })
    at += length
  }
  return out
}

describe('pcapng export', () => {
  it('writes a section header, one Ethernet interface and one enhanced packet block per frame', () => {
    const frames = handmadeConversation()
    const file = writePcapng(frames)
    const types = blocks(file).map((b) => b.type)
    expect(types).toEqual([0x0a0d0d0a, 1, ...frames.map(() => 6)])
  })

  it('copies each frame byte for byte from the classic encoder', () => {
    const [frame] = handmadeConversation()
    const file = writePcapng([{ ...frame, comment: 'SYN' }])
    const epb = blocks(file)[2]
    const bytes = encodeFrame(frame)
    expect(file.slice(epb.start + 28, epb.start + 28 + bytes.length)).toEqual(bytes)
  })

  it('comments each packet with its label, its send reason and its fate', () => {
    const comments = framesFromTrace(lostFinTrace(), { at: 'wire' }).map((f) => f.comment ?? '')
    expect(comments.filter((c) => c !== '')).toEqual([
      'request',
      'copy made by the network',
      'keepalive probe',
      'lost (network: random loss)',
      'retransmission',
    ])
  })
})

describe('tshark reading pcapng exports', TSHARK_TIMEOUT, () => {
  beforeAll(requireTshark)

  it('shows the comments as frame.comment beside good checksums and the usual TCP analysis', () => {
    const path = writeTempPcap(traceToPcapng(lostFinTrace(), { at: 'wire' }), 'wire.pcapng')
    const rows = tsharkFields(path, [
      'frame.comment',
      'tcp.checksum.status',
      '_ws.malformed',
      'tcp.analysis.keep_alive',
      'tcp.analysis.retransmission',
    ])
    expect(rows.length).toBe(11)
    for (const r of rows) expect([r[1], r[2] ?? '']).toEqual(['1', ''])
    const byComment = (c: string) => rows.find((r) => r[0] === c)
    expect(byComment('keepalive probe')?.[3]).toBe('1')
    expect(byComment('retransmission')?.[4]).toBe('1')
  })
})

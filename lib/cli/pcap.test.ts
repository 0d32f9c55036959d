import { describe, expect, it } from 'vitest'
import { readPcap } from '../pcap'
import { runCli } from './run'

/** Runs the CLI in memory and returns what it wrote. */
function sim(argv: string[]) {
  const files = new Map<string, Uint8Array>()
  const err: string[] = []
  const status = runCli(argv, {
    out: () => {},
    err: (line) => err.push(line),
    readText: () => {
      throw new Error('no files in this test')
    },
    writeBytes: (path, bytes) => files.set(path, bytes),
  })
  return { status, files, err }
}

const le32 = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset).getUint32(0, true)

describe('sim --pcap', () => {
  it('writes a classic pcap of the client’s view that reads back with good checksums', () => {
    const { status, files, err } = sim(['three-way-handshake', '--pcap', 'out.pcap', '--capture', 'client'])
    expect(status).toBe(0)
    expect(err).toContain('wrote out.pcap (capture at client)')
    const bytes = files.get('out.pcap')!
    expect(le32(bytes)).toBe(0xa1b2c3d4)
    const frames = readPcap(bytes)
    expect(frames.length).toBeGreaterThanOrEqual(3)
    expect(frames.every((f) => f.ipChecksumOk && f.tcpChecksumOk)).toBe(true)
  })

  it('writes pcapng, whose packets can carry comments, when the name ends in .pcapng', () => {
    const { files } = sim(['three-way-handshake', '--pcap', 'out.pcapng'])
    expect(le32(files.get('out.pcapng')!)).toBe(0x0a0d0d0a) // Section Header Block
  })

  it('refuses a capture point that is neither the wire nor a host', () => {
    const { status, err } = sim(['three-way-handshake', '--pcap', 'x.pcap', '--capture', 'router'])
    expect(status).toBe(2)
    expect(err.join('\n')).toMatch(/--capture: "router" is not wire or a host/)
  })
})

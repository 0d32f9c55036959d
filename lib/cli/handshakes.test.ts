import { describe, expect, it } from 'vitest'
import { parseArgs } from './args'
import { runCli } from './run'

function sim(argv: string[]) {
  const out: string[] = []
  const status = runCli(argv, {
    out: (line) => out.push(line),
    err: () => {},
    readText: () => '',
    writeBytes: () => {},
  })
  return { status, out }
}

describe('sim --handshakes', () => {
  it('prints one row per handshake with its round trips to the first response byte', () => {
    const { status, out } = sim(['--handshakes'])
    expect(status).toBe(0)
    const row = (title: string) => out.find((l) => l.startsWith(title)) ?? ''
    expect(row('TLS 1.2, ECDHE')).toMatch(/4 RTT \(400 ms\)/)
    expect(row('TLS 1.3, full handshake')).toMatch(/3 RTT \(300 ms\)/)
    expect(row('QUIC (TLS 1.3')).toMatch(/2 RTT \(200 ms\)/)
  })

  it('takes an optional RTT in milliseconds and needs no scenario', () => {
    expect(parseArgs(['--handshakes', '30']).handshakes).toBe(30)
    expect(parseArgs(['--handshakes']).handshakes).toBe(100)
    expect(sim(['--handshakes', '30']).out[0]).toMatch(/RTT 30 ms/)
  })
})

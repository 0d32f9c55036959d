/**
 * Captures of real engine runs, read by tshark: whatever the engine sends must decode cleanly
 * at every capture point, and Wireshark's TCP analysis must agree with the trace's own reasons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASICS } from '@/lib/scenarios/reference/basics'
import { ACK, runScenario, SYN, type ScenarioInput } from '@/lib/tcp'
import { type CapturePoint, framesFromTrace, traceToPcap } from './from-trace'
import { formatMac, macForHost } from './mac'
import {
  framesMatching,
  removeTempPcaps,
  requireTshark,
  tsharkFields,
  writeTempPcap,
  TSHARK_TIMEOUT,
} from './test-support/tshark'

afterAll(removeTempPcaps)

const POINTS: CapturePoint[] = [
  { at: 'host', host: 'client' },
  { at: 'host', host: 'server' },
  { at: 'wire' },
]
/** The basic reference runs: close, refusal, lost last ACK, SYN retries. */
const basics = BASICS.map((e) => e.scenario)
const pointName = (p: CapturePoint) => (p.at === 'wire' ? 'wire' : p.host)

/** 100 bytes up, 500 down, a keepalive probe after 2 s idle, then a close whose first FIN is lost. */
const keepaliveThenLostFin: ScenarioInput = {
  name: 'pcap-keepalive-lost-fin',
  hosts: { client: { ip: '10.0.0.1' }, server: { ip: '10.0.0.2' } },
  apps: [
    {
      host: 'server',
      actions: [
        { at: 0, do: 'listen', port: 80 },
        { on: { received: 100 }, do: 'send', bytes: 500, label: '200 OK' },
        { on: 'eof', do: 'close' },
      ],
    },
    {
      host: 'client',
      actions: [
        { at: 1, do: 'connect', to: 'server', port: 80 },
        { on: 'connected', do: 'setsockopt', keepalive: { idleMs: 2000, intervalMs: 1000, probes: 3 } },
        { on: 'connected', do: 'send', bytes: 100, label: 'GET /' },
        { at: 2600, do: 'close' },
      ],
    },
  ],
  faults: [{ kind: 'drop', match: { from: 'client', hasFlags: 'FIN' } }],
}

function capture(input: ScenarioInput, point: CapturePoint): string {
  return captureWithCount(input, point).path
}

function captureWithCount(input: ScenarioInput, point: CapturePoint): { path: string; frames: number } {
  const { trace } = runScenario(input)
  const frames = framesFromTrace(trace, point).length
  return { path: writeTempPcap(traceToPcap(trace, point), `${input.name}-${pointName(point)}.pcap`), frames }
}

describe('tshark reading captures of engine runs', TSHARK_TIMEOUT, () => {
  beforeAll(requireTshark)

  const cases = [keepaliveThenLostFin, ...basics].flatMap((s) =>
    POINTS.map((p) => [s.name, pointName(p), s, p] as const),
  )
  it.each(cases)(
    '%s captured at %s decodes with good checksums and nothing malformed',
    (_n, _p, input, point) => {
      const { path, frames } = captureWithCount(input, point)
      const rows = tsharkFields(path, ['ip.checksum.status', 'tcp.checksum.status', '_ws.malformed'])
      // Every frame we wrote is one tshark read (a firewalled server legitimately captures none).
      expect(rows.length).toBe(frames)
      // 1 is PROTO_CHECKSUM_E_GOOD; _ws.malformed is empty unless a dissector gave up.
      expect(rows.filter(([ip, tcp, bad]) => ip !== '1' || tcp !== '1' || (bad ?? '') !== '')).toEqual([])
    },
  )

  it('shows the keepalive probe as [TCP Keep-Alive] one byte back, and its answer as [TCP Keep-Alive ACK]', () => {
    const path = capture(keepaliveThenLostFin, { at: 'host', host: 'client' })
    // After 100 bytes the client's SND.NXT is relative 101, so the probe goes at 100.
    expect(tsharkFields(path, ['tcp.seq', 'tcp.len'], 'tcp.analysis.keep_alive')).toEqual([['100', '0']])
    expect(framesMatching(path, 'tcp.analysis.keep_alive_ack').length).toBe(1)
  })

  it('shows the re-sent FIN as [TCP Retransmission] at relative seq 101 at the client, and only once at the server', () => {
    const client = capture(keepaliveThenLostFin, { at: 'host', host: 'client' })
    expect(tsharkFields(client, ['tcp.seq'], 'tcp.analysis.retransmission && tcp.flags.fin == 1')).toEqual([
      ['101'],
    ])
    const server = capture(keepaliveThenLostFin, { at: 'host', host: 'server' })
    expect(tsharkFields(server, ['tcp.seq'], 'tcp.srcport != 80 && tcp.flags.fin == 1')).toEqual([['101']])
    expect(framesMatching(server, 'tcp.analysis.retransmission && tcp.srcport != 80')).toEqual([])
  })

  it('shows the RST answering a SYN to a closed port at relative seq 1 though its raw seq is 0', () => {
    const refused = basics.find((s) => s.name === 'connection-refused')!
    const path = capture(refused, { at: 'wire' })
    expect(tsharkFields(path, ['tcp.seq', 'tcp.seq_raw', 'tcp.ack'], 'tcp.flags.reset == 1')).toEqual([
      ['1', '0', '1'],
    ])
  })

  it("shows a spoofed SYN flood with the attacker's MAC under forged TEST-NET-2 source addresses", () => {
    const flood: ScenarioInput = {
      name: 'pcap-syn-flood',
      hosts: { attacker: { ip: '10.0.0.66' }, server: { ip: '10.0.0.2' } },
      apps: [{ host: 'server', actions: [{ at: 0, do: 'listen', port: 80, backlog: 8 }] }],
      faults: [
        { kind: 'syn-flood', from: 'attacker', to: 'server', port: 80, at: 0, ratePerSec: 1000, count: 50 },
      ],
      until: 500,
    }
    const path = capture(flood, { at: 'wire' })
    const syns = tsharkFields(
      path,
      ['eth.src', 'ip.src', '_ws.malformed'],
      'tcp.flags.syn == 1 && tcp.flags.ack == 0',
    )
    expect(syns.length).toBe(50)
    expect(new Set(syns.map(([mac]) => mac))).toEqual(new Set([formatMac(macForHost('attacker'))]))
    // The SYN-ACKs go to the forged addresses, not back to the attacker's NIC.
    const synAcks = tsharkFields(path, ['eth.dst'], 'tcp.flags.syn == 1 && tcp.flags.ack == 1')
    expect(synAcks.length).toBeGreaterThan(0)
    for (const [mac] of synAcks) expect(mac).not.toBe(formatMac(macForHost('attacker')))
    for (const [, ip, malformed] of syns) {
      expect(ip).toMatch(/^198\.51\.100\./)
      expect(malformed ?? '').toBe('')
    }
  })

  const relCases = [keepaliveThenLostFin, ...basics]
    .filter((s) => ['pcap-keepalive-lost-fin', 'linux-quick-close', 'lost-last-ack'].includes(s.name))
    .map((s) => [s.name, s] as const)
  it.each(relCases)(
    '%s: tshark’s relative seq and ack equal the engine’s numbers minus each side’s ISN',
    (_n, input) => {
      const { trace } = runScenario(input)
      const frames = framesFromTrace(trace, { at: 'wire' })
      // Each side's ISN is the sequence number of the SYN it sent (RFC 9293 §3.4.1).
      const isn = new Map<number, number>()
      for (const f of frames) if (f.flags & SYN && !isn.has(f.srcPort)) isn.set(f.srcPort, f.seq)
      const rel = (n: number, port: number) => (n - (isn.get(port) ?? NaN)) >>> 0
      const expected = frames.map((f) => [
        String(rel(f.seq, f.srcPort)),
        f.flags & ACK ? String(rel(f.ack, f.dstPort)) : '0',
      ])
      const path = writeTempPcap(traceToPcap(trace, { at: 'wire' }), `${input.name}-rel.pcap`)
      expect(tsharkFields(path, ['tcp.seq', 'tcp.ack'])).toEqual(expected)
    },
  )
})

import { describe, expect, it } from 'vitest'
import { parseScenario, type TraceEvent, World } from '@/lib/tcp'
import { idealTimeline } from './ideal'
import { tlsScenario } from './scenario'
import { handshakeSpec } from './specs'

const RTT = 100

function run(input: ReturnType<typeof tlsScenario>): TraceEvent[] {
  const parsed = parseScenario(input)
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  const world = new World(parsed.scenario)
  while (world.step());
  return world.trace
}

/** When the first segment labelled with `label` reached `host`. */
function firstArrival(trace: TraceEvent[], host: string, label: string): number {
  const ids = new Set<number>()
  for (const e of trace) {
    if (e.type === 'segment-sent' && e.segment.label?.includes(label)) ids.add(e.segment.id)
    if (e.type === 'segment-delivered' && e.host === host && ids.has(e.segmentId)) return e.at
  }
  throw new Error(`no segment labelled "${label}" reached ${host}`)
}

describe('handshakes run by the engine over TCP', () => {
  it.each(['tls12', 'tls12-rsa', 'tls12-resumed', 'tls13', 'tls13-hrr', 'tls13-0rtt'] as const)(
    '%s delivers the first response byte when the textbook timeline says',
    (id) => {
      const spec = handshakeSpec(id)
      const trace = run(tlsScenario(spec, { rttMs: RTT }))
      const connectAt = 1
      const arrived = firstArrival(trace, 'client', 'HTTP response') - connectAt
      expect(arrived).toBe(idealTimeline(spec, { rttMs: RTT }).responseArrivedAt)
    },
  )

  it('takes four round trips for TLS 1.2 and three for TLS 1.3 before the first response byte', () => {
    const at = (id: 'tls12' | 'tls13') =>
      firstArrival(run(tlsScenario(handshakeSpec(id), { rttMs: RTT })), 'client', 'HTTP response') - 1
    expect(at('tls12')).toBe(4 * RTT)
    expect(at('tls13')).toBe(3 * RTT)
  })

  it('labels the segments with the messages they carry', () => {
    const trace = run(tlsScenario(handshakeSpec('tls13'), { rttMs: RTT }))
    const labels = trace.flatMap((e) =>
      e.type === 'segment-sent' && e.segment.label ? [e.segment.label] : [],
    )
    expect(labels[0]).toBe('ClientHello')
    expect(labels).toContain(
      'ServerHello, ChangeCipherSpec, EncryptedExtensions, Certificate, CertificateVerify, Finished',
    )
  })

  it('pays a retransmission timeout, not a round trip, when the segment carrying the Certificate is lost', () => {
    const spec = handshakeSpec('tls13')
    const faults = [{ kind: 'drop' as const, match: { from: 'server', label: 'Certificate' } }]
    const trace = run(tlsScenario(spec, { rttMs: RTT, faults }))
    const retransmitted = trace.filter(
      (e) =>
        e.type === 'segment-sent' &&
        e.reason === 'retransmission' &&
        e.segment.label?.includes('Certificate'),
    )
    expect(retransmitted.length).toBeGreaterThanOrEqual(1)
    // No SACK recovery or fast retransmit in the model. After one RTT sample of 100 ms the linux
    // RTO is SRTT + 200 ms = 300 ms (tcp_set_rto). The tail loss probe goes first, at 2·SRTT +
    // 2 ms (tcp_schedule_loss_probe, several segments in flight), and re-sends the flight's last
    // segment; the RTO restarts from it. Without SACK that probe cannot reveal the hole before it,
    // so the Certificate waits 202 + 300 ms: on Linux the probe's SACK would trigger recovery.
    const probes = trace.filter((e) => e.type === 'segment-sent' && e.reason === 'tail-loss-probe')
    expect(probes).toHaveLength(1)
    const arrived = firstArrival(trace, 'client', 'HTTP response') - 1
    expect(arrived).toBe(idealTimeline(spec, { rttMs: RTT }).responseArrivedAt + 502)
  })
})

import { describe, expect, it } from 'vitest'
import { ACK, FIN, RST, SYN } from '../segment'
import { type ScenarioInput } from '../scenario/schema'
import { runScenario } from '../sim/runner'

/**
 * The classic ACK storm: an attacker injects 10 bytes into the server with the client's address
 * and exact sequence numbers. The server's RCV.NXT is now 10 bytes past the client's SND.NXT: the
 * server's ACK acknowledges data the client never sent (the client answers with an ACK) and the
 * client's ACKs sit below the server's window (the server answers with a duplicate ACK).
 */
const storm = (profile: 'rfc' | 'linux', invalidAckRatelimitMs?: number): ScenarioInput => {
  const params = (fixedIsn: number) => ({
    isn: 'fixed' as const,
    fixedIsn,
    ...(invalidAckRatelimitMs === undefined ? {} : { invalidAckRatelimitMs }),
  })
  return {
    name: 'ack-storm',
    until: 10_000,
    hosts: {
      client: { ip: '10.0.0.1', profile, params: params(1000) },
      server: { ip: '10.0.0.2', profile, params: params(5000) },
      attacker: { ip: '10.0.0.66', profile },
    },
    apps: [
      { host: 'server', actions: [{ at: 0, do: 'listen', port: 80 }] },
      { host: 'client', actions: [{ at: 0, do: 'connect', to: 'server', port: 80, localPort: 40_000 }] },
    ],
    faults: [
      {
        kind: 'inject',
        at: 1000,
        from: 'attacker',
        spoofAs: 'client',
        to: 'server',
        srcPort: 40_000,
        dstPort: 80,
        flags: 'PSH, ACK',
        seq: 1001,
        ack: 5001,
        bytes: 10,
        label: 'forged',
      },
    ],
  }
}

const pureAcks = (s: ScenarioInput) =>
  runScenario(s).trace.filter(
    (e) =>
      e.type === 'segment-sent' &&
      (e.segment.flags & (SYN | FIN | RST)) === 0 &&
      (e.segment.flags & ACK) !== 0 &&
      e.segment.payload.length === 0,
  ).length

describe('ACK storm (RFC 5961 §7)', () => {
  // Regression (ACK storm): two desynchronised ends answered each other's unacceptable
  // segments with ACKs as fast as the network carried them (≈23 000 segments in 10 s).
  it('without throttling the desynchronised pair ACKs each other once per round trip (≈ 900 in 10 s)', () => {
    expect(pureAcks(storm('linux', 0))).toBeGreaterThan(800)
  })

  for (const profile of ['linux', 'rfc'] as const) {
    it(`${profile}: ESTABLISHED unacceptable segments are answered at most once per 500 ms per end`, () => {
      const n = pureAcks(storm(profile))
      // Handshake ACK, the server's ACK of the forged bytes, one answer from each end; the next
      // answer would be due within 500 ms of the last, so it is skipped and the loop dies.
      expect(n).toBeGreaterThan(2)
      expect(n).toBeLessThanOrEqual(6)
    })
  }
})

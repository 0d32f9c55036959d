/**
 * The linux profile's tail loss probe (net.ipv4.tcp_early_retrans = 3): tcp_schedule_loss_probe()
 * and tcp_send_loss_probe() in net/ipv4/tcp_output.c; RFC 8985 §7.
 */
import { describe, expect, it } from 'vitest'
import { linuxQuickClose } from '@/lib/scenarios/reference/basics'
import { type ScenarioInput } from '../scenario/schema'
import { FIN } from '../segment'
import { runScenario } from '../sim/runner'

/** The quick close with the server's FIN (in LAST-ACK) lost `times` times in a row. */
function lostFin(times: number, serverParams: Record<string, unknown> = {}): ScenarioInput {
  return {
    ...linuxQuickClose,
    hosts: { ...linuxQuickClose.hosts, server: { ...linuxQuickClose.hosts.server, params: serverParams } },
    faults: [{ kind: 'drop', match: { from: 'server', hasFlags: 'FIN' }, count: times }],
    expect: [],
  }
}

/** The server's FINs: ms after the first one, and why each went out. */
function fins(s: ScenarioInput) {
  const r = runScenario(s)
  const sent = r.trace.flatMap((e) =>
    e.type === 'segment-sent' && e.host === 'server' && e.segment.flags & FIN ? [e] : [],
  )
  const first = sent.length ? sent[0].at : 0
  return { copies: sent.map((e) => ({ after: e.at - first, reason: e.reason ?? 'new' })), r }
}

describe('tail loss probe (linux profile)', () => {
  it('re-sends a lost FIN as a probe first, capped at the RTO, and backs off only after it', () => {
    // SRTT 20 ms: the PTO for one segment is 2·20 + tcp_rto_min = 240 ms, later than the RTO of
    // 220 ms (SRTT + 200 ms), so the probe fires at 220 ms. It is not an RTO: the next timeout is
    // again 220 ms, and only the RTOs after it double (440, 880 ms).
    expect(fins(lostFin(3)).copies).toEqual([
      { after: 0, reason: 'new' },
      { after: 220, reason: 'tail-loss-probe' },
      { after: 440, reason: 'retransmission' },
      { after: 880, reason: 'retransmission' },
    ])
  })

  it('tailLossProbe: false (tcp_early_retrans 0) leaves the first re-send to the RTO', () => {
    expect(fins(lostFin(2, { tailLossProbe: false })).copies).toEqual([
      { after: 0, reason: 'new' },
      { after: 220, reason: 'retransmission' },
      { after: 660, reason: 'retransmission' },
    ])
  })

  it('no probe on a connection without SACK (tcp_is_sack())', () => {
    const { copies } = fins(lostFin(1, { sackPermitted: false }))
    expect(copies.map((c) => c.reason)).toEqual(['new', 'retransmission'])
  })

  it('a probe that gets through ends the episode: the FIN is ACKed and LAST-ACK closes', () => {
    const { copies, r } = fins(lostFin(1))
    expect(copies.map((c) => c.reason)).toEqual(['new', 'tail-loss-probe'])
    const server = r.snapshot.hosts.find((h) => h.id === 'server')
    expect(server?.connections.every((c) => c.state === 'CLOSED')).toBe(true)
  })
})

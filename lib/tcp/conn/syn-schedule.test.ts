/**
 * When a stack re-sends an unanswered SYN, and when it gives up (Linux tcp_retransmit_timer() and
 * tcp_write_timeout() in net/ipv4/tcp_timer.c; net.ipv4.tcp_syn_linear_timeouts in
 * Documentation/networking/ip-sysctl.rst).
 */
import { describe, expect, it } from 'vitest'
import { synRetries } from '@/lib/scenarios/reference/basics'
import { type ScenarioInput } from '../scenario/schema'
import { ACK, SYN } from '../segment'
import { runScenario } from '../sim/runner'

const withClientParams = (params: Record<string, number>): ScenarioInput => ({
  ...synRetries,
  hosts: { ...synRetries.hosts, client: { ...synRetries.hosts.client, params } },
})

/**
 * Seconds, from the first one, at which `host` sent a segment with exactly `flags`, and when its
 * connection closed.
 */
function schedule(s: ScenarioInput, host: string, flags: number) {
  const r = runScenario(s)
  const times = r.trace.flatMap((e) =>
    e.type === 'segment-sent' && e.host === host && e.segment.flags === flags ? [e.at] : [],
  )
  const since = (at: number) => (at - times[0]) / 1000
  const closed = r.trace.find((e) => e.type === 'state' && e.host === host && e.to === 'CLOSED')
  return { sent: times.map(since), closedAt: closed && since(closed.at) }
}

describe('SYN retransmission schedule (linux profile)', () => {
  it('tcp_syn_linear_timeouts 4: four 1 s retries, then back-off; ETIMEDOUT at 131 s', () => {
    // tcp_retransmit_timer() keeps icsk_rto while the retransmission count is at most 4;
    // tcp_write_timeout() gives up after tcp_syn_retries 6 + 4 retransmissions.
    expect(schedule(synRetries, 'client', SYN)).toEqual({
      sent: [0, 1, 2, 3, 4, 5, 7, 11, 19, 35, 67],
      closedAt: 131,
    })
  })

  it('synLinearTimeouts 0 restores the classic schedule 1, 3, 7, 15, 31, 63 s; ETIMEDOUT at 127 s', () => {
    expect(schedule(withClientParams({ synLinearTimeouts: 0 }), 'client', SYN)).toEqual({
      sent: [0, 1, 3, 7, 15, 31, 63],
      closedAt: 127,
    })
  })

  it('the linear retries add to tcp_syn_retries: 2 retries + 4 linear = 6 retransmissions', () => {
    expect(schedule(withClientParams({ synRetries: 2 }), 'client', SYN)).toEqual({
      sent: [0, 1, 2, 3, 4, 5, 7],
      closedAt: 11,
    })
  })

  it('SYN-ACK retransmissions keep exponential back-off (reqsk_timer_handler has no linear phase)', () => {
    // One SYN reaches the server; a firewall at the client drops every SYN-ACK. The half-open
    // entry re-sends after 1, 3, 7, 15 and 31 s (tcp_synack_retries 5), linear timeouts or not.
    const s: ScenarioInput = {
      ...withClientParams({ synRetries: 0, synLinearTimeouts: 0 }),
      faults: [{ kind: 'firewall', host: 'client', at: 0, direction: 'to' }],
      expect: [],
    }
    expect(schedule(s, 'server', SYN | ACK).sent).toEqual([0, 1, 3, 7, 15, 31])
  })
})

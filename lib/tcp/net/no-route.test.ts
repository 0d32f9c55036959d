/**
 * A segment sent to an address no host has is dropped by the network with the coded reason
 * `no-route` and the address, so readers (what-if, the views) need not parse any text.
 */
import { describe, expect, it } from 'vitest'
import { runScenario } from '../sim/runner'

describe('segment-dropped reason', () => {
  it('a SYN-ACK to a forged source is dropped with reason no-route; random loss says random-loss', () => {
    const r = runScenario({
      name: 'no-route',
      hosts: { attacker: { ip: '10.0.0.66' }, server: { ip: '10.0.0.2' } },
      network: { latencyMs: 10, loss: 0.3 },
      apps: [{ host: 'server', actions: [{ do: 'listen', port: 80, at: 0 }] }],
      faults: [
        { kind: 'syn-flood', from: 'attacker', to: 'server', port: 80, at: 0, ratePerSec: 1000, count: 40 },
      ],
    })
    const drops = r.trace.filter((e) => e.type === 'segment-dropped')
    const noRoute = drops.filter((e) => e.why.code === 'no-route')
    expect(noRoute.length).toBeGreaterThan(0)
    for (const e of noRoute) {
      expect(e.by).toBe('network')
      expect(e.why).toMatchObject({ ip: expect.stringMatching(/^198\.51\.100\./) })
    }
    const lost = drops.filter((e) => e.why.code === 'random-loss')
    expect(lost.length).toBeGreaterThan(0)
    expect(noRoute.length + lost.length).toBe(drops.length)
  })
})

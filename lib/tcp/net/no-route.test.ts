/**
 * A segment sent to an address no host has is dropped by the network with a structured reason
 * (`reason: 'no-route'`), so readers need not parse the "no host at <ip>" detail.
 */
import { describe, expect, it } from 'vitest'
import { runScenario } from '../sim/runner'

describe('segment-dropped reason', () => {
  it('a SYN-ACK to a forged source is dropped with reason no-route; random loss has no reason', () => {
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
    const noHost = drops.filter((e) => e.detail?.startsWith('no host at 198.51.100.'))
    expect(noHost.length).toBeGreaterThan(0)
    for (const e of noHost) expect(e).toMatchObject({ by: 'network', reason: 'no-route' })
    const lost = drops.filter((e) => e.detail === 'random loss')
    expect(lost.length).toBeGreaterThan(0)
    for (const e of lost) expect(e.reason).toBeUndefined()
  })
})

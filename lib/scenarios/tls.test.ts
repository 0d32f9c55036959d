import { describe, expect, it } from 'vitest'
import { applyKnob } from './knobs'
import { runScenario } from '@/lib/tcp'
import { type LibraryEntry } from './types'
import { TLS_ENTRIES, tlsRoundTrips } from './topics/tls'

const handshakeKnob = (entry: LibraryEntry) => {
  const knob = entry.knobs.find((k) => k.id === 'handshake')
  if (knob?.kind !== 'select') throw new Error(`${entry.id} has no handshake select knob`)
  return knob
}

describe('TLS library entries', () => {
  it.each(TLS_ENTRIES.flatMap((e) => handshakeKnob(e).options.map((o) => [e.id, o.value, e] as const)))(
    '%s with %s meets every expectation it declares',
    (_id, handshake, entry) => {
      const r = runScenario(applyKnob(entry.scenario, handshakeKnob(entry), handshake))
      expect(r.expectations.filter((x) => !x.pass)).toEqual([])
    },
  )

  it('keeps the chosen latency when the handshake changes, so the RTT count stays comparable', () => {
    const latency = tlsRoundTrips.knobs.find((k) => k.id === 'latency')!
    const slow = applyKnob(tlsRoundTrips.scenario, latency, 150)
    const tls12 = applyKnob(slow, handshakeKnob(tlsRoundTrips), 'tls12')
    expect(tls12.network?.latencyMs).toBe(150)
    expect(tls12.name).toBe('tls-round-trips')
  })
})

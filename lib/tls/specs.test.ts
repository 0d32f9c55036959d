import { describe, expect, it } from 'vitest'
import { flightStreamBytes } from './records'
import { HANDSHAKE_IDS, handshakeSpec } from './specs'
import { CERTIFICATE_VERIFY, SERVER_HELLO_13 } from './sizes'

const names = (id: Parameters<typeof handshakeSpec>[0]) =>
  handshakeSpec(id).flights.flatMap((f) => f.messages.map((m) => m.name))

describe('handshake descriptions', () => {
  it('alternate between client and server, starting with the client', () => {
    for (const id of HANDSHAKE_IDS) {
      const flights = handshakeSpec(id).flights
      flights.forEach((f, i) => expect(f.from, `${id} flight ${i}`).toBe(i % 2 === 0 ? 'client' : 'server'))
    }
  })

  it('give TLS 1.2 with ECDHE a signed ServerKeyExchange, and static RSA none', () => {
    expect(names('tls12')).toContain('ServerKeyExchange')
    expect(names('tls12-rsa')).not.toContain('ServerKeyExchange')
    expect(names('tls12-rsa')).toContain('ClientKeyExchange')
  })

  it('drop key-exchange messages from TLS 1.3 but keep an RSA signature in CertificateVerify', () => {
    // TLS 1.3 removed static RSA key exchange (RFC 8446 §1.2), not RSA: rsa_pss_rsae_* signs here.
    expect(names('tls13')).not.toContain('ClientKeyExchange')
    expect(names('tls13')).not.toContain('ServerKeyExchange')
    expect(names('tls13')).toContain('CertificateVerify')
    expect(CERTIFICATE_VERIFY).toBe(4 + 2 + 2 + 256)
  })

  it('send no certificate when resuming from a ticket', () => {
    for (const id of ['tls12-resumed', 'tls13-0rtt', 'quic-0rtt'] as const)
      expect(names(id)).not.toContain('Certificate')
  })

  it('size a TLS 1.3 ServerHello with an X25519 share at 122 bytes, as captures show', () => {
    expect(SERVER_HELLO_13).toBe(122)
  })

  it('put a TLS 1.2 Finished in a 45-byte record (Wireshark: "Encrypted Handshake Message", length 40)', () => {
    const finishedOnly = {
      from: 'server' as const,
      messages: [handshakeSpec('tls12').flights[3].messages[1]],
    }
    expect(flightStreamBytes('TLS 1.2', finishedOnly)).toBe(45)
    const ccsOnly = { from: 'server' as const, messages: [handshakeSpec('tls12').flights[3].messages[0]] }
    expect(flightStreamBytes('TLS 1.2', ccsOnly)).toBe(6)
  })

  it('make the TLS 1.2 server flight fit the initial window of 10 segments, so it costs one trip', () => {
    const bytes = flightStreamBytes('TLS 1.2', handshakeSpec('tls12').flights[1])
    expect(bytes).toBeGreaterThan(2600)
    expect(bytes).toBeLessThan(10 * 1460) // RFC 6928
  })
})

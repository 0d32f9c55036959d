import { describe, expect, it } from 'vitest'
import { compareHandshakes } from './compare'

describe('comparing handshakes', () => {
  const rows = compareHandshakes(100)
  const row = (id: string, fastOpen = false) => rows.find((r) => r.id === id && r.fastOpen === fastOpen)

  it('ranks them by round trips to the first response byte as the literature does', () => {
    expect(
      Object.fromEntries(rows.map((r) => [`${r.id}${r.fastOpen ? '+tfo' : ''}`, r.responseAfterRtts])),
    ).toEqual({
      tls12: 4,
      'tls12-rsa': 4,
      'tls12-resumed': 3,
      tls13: 3,
      'tls13-hrr': 4,
      'tls13-0rtt': 2,
      'tls13-0rtt+tfo': 1,
      quic: 2,
      'quic-0rtt': 1,
    })
  })

  it('shows static RSA costing the client more bytes but the server fewer than ECDHE', () => {
    // The encrypted premaster (256 B) replaces a 32-byte point; the ServerKeyExchange (300 B) goes.
    expect(row('tls12-rsa')!.clientBytes).toBeGreaterThan(row('tls12')!.clientBytes)
    expect(row('tls12-rsa')!.serverBytes).toBeLessThan(row('tls12')!.serverBytes)
  })

  it('shows QUIC clients sending more bytes, since Initial datagrams are padded to 1200', () => {
    expect(row('quic')!.clientBytes).toBeGreaterThan(row('tls13')!.clientBytes)
  })
})

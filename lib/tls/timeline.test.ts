import { describe, expect, it } from 'vitest'
import { idealTimeline } from './ideal'
import { FlightPlayer } from './player'
import { runQuic, MAX_DATAGRAM } from './quic'
import { handshakeSpec } from './specs'

const RTT = 100

describe('round trips to the first HTTPS response byte', () => {
  it.each([
    ['tls12', false, 4, 3],
    ['tls12-rsa', false, 4, 3],
    ['tls12-resumed', false, 3, 2],
    ['tls13', false, 3, 2],
    ['tls13-hrr', false, 4, 3],
    ['tls13-0rtt', false, 2, 1],
    ['tls13-0rtt', true, 1, 0],
  ] as const)(
    '%s over TCP (Fast Open: %s) takes %i, the request leaving after %i',
    (id, fastOpen, total, req) => {
      const t = idealTimeline(handshakeSpec(id), { rttMs: RTT, fastOpen })
      expect(t.roundTrips).toBe(total)
      expect(t.requestSentAt).toBe(req * RTT)
    },
  )

  it('QUIC needs two round trips in all, since its handshake is the transport handshake', () => {
    const run = runQuic(handshakeSpec('quic'), { rttMs: RTT })
    expect(run.roundTrips).toBe(2)
    expect(run.requestSentAt).toBe(RTT)
    expect(run.amplificationLimited).toBe(false)
    expect(idealTimeline(handshakeSpec('quic'), { rttMs: RTT }).roundTrips).toBe(2)
  })

  it('QUIC with 0-RTT answers in one round trip', () => {
    const run = runQuic(handshakeSpec('quic-0rtt'), { rttMs: RTT })
    expect(run.requestSentAt).toBe(0)
    expect(run.roundTrips).toBe(1)
  })
})

describe('the QUIC datagram model', () => {
  it('pads the client Initial to 1200 bytes and sends nothing larger', () => {
    const run = runQuic(handshakeSpec('quic'), { rttMs: RTT })
    expect(run.datagrams[0]).toMatchObject({
      from: 'client',
      bytes: MAX_DATAGRAM,
      packets: ['Initial[ClientHello]'],
    })
    for (const d of run.datagrams) expect(d.bytes).toBeLessThanOrEqual(MAX_DATAGRAM)
  })

  it('holds the server to three times what it received, so a 4-certificate chain costs an extra trip', () => {
    const spec = handshakeSpec('quic', { chain: [1300, 1300, 1300, 1300] })
    const run = runQuic(spec, { rttMs: RTT })
    expect(run.amplificationLimited).toBe(true)
    const before = run.datagrams.filter((d) => d.from === 'server' && d.sentAt === RTT / 2)
    expect(before.reduce((n, d) => n + d.bytes, 0)).toBeLessThanOrEqual(3 * MAX_DATAGRAM)
    expect(run.roundTrips).toBe(3)
  })
})

describe('the flight player', () => {
  it('waits for the last byte of a flight however TCP splits it', () => {
    const player = new FlightPlayer(handshakeSpec('tls12'))
    const [hello] = player.start()
    expect(hello.label).toBe('ClientHello')
    const serverFlight = player.onReceived('server', hello.bytes)
    expect(serverFlight.map((s) => s.label)).toEqual([
      'ServerHello, Certificate, ServerKeyExchange, ServerHelloDone',
    ])
    const size = serverFlight[0].bytes
    for (let i = 0; i < size - 1; i++) expect(player.onReceived('client', 1)).toEqual([])
    expect(player.onReceived('client', 1).map((s) => s.label)).toEqual([
      'ClientKeyExchange, ChangeCipherSpec, Finished',
    ])
  })
})

/**
 * The textbook answer, for checking the simulations against: every flight crosses in exactly
 * one one-way delay, nothing is lost and no window limits a flight. Over TCP the client's first
 * flight leaves with the handshake's final ACK (after one RTT), or inside the SYN itself with
 * TCP Fast Open and a cached cookie (RFC 7413 §3).
 */
import { type HandshakeSpec, firstAppDataFlight } from './message'
import { FlightPlayer, type FlightSend } from './player'

export interface TimedFlight extends FlightSend {
  readonly sentAt: number
  readonly arrivedAt: number
}

export interface Timeline {
  readonly flights: readonly TimedFlight[]
  /** When the client's first application byte (the HTTP request) leaves. */
  readonly requestSentAt: number
  /** When the first byte of the HTTP response reaches the client. */
  readonly responseArrivedAt: number
  /** responseArrivedAt in round trips: the figure interview answers quote. */
  readonly roundTrips: number
}

export interface IdealOptions {
  readonly rttMs: number
  /** TCP only: the client holds a Fast Open cookie, so its first flight rides in the SYN. */
  readonly fastOpen?: boolean
}

/** Runs `spec` over the ideal transport and reports when each flight left and arrived. */
export function idealTimeline(spec: HandshakeSpec, o: IdealOptions): Timeline {
  const oneWay = o.rttMs / 2
  // QUIC's first flight is its first packet; TCP's waits for SYN → SYN-ACK unless Fast Open.
  const firstSend = spec.transport === 'quic' || o.fastOpen ? 0 : o.rttMs
  const player = new FlightPlayer(spec)
  const flights: TimedFlight[] = []
  let pending = player.start().map((s) => ({ ...s, sentAt: firstSend }))
  while (pending.length > 0) {
    const next: typeof pending = []
    for (const s of pending) {
      const arrivedAt = s.sentAt + oneWay
      flights.push({ ...s, arrivedAt })
      const peer = s.from === 'client' ? 'server' : 'client'
      next.push(...player.onReceived(peer, s.bytes).map((r) => ({ ...r, sentAt: arrivedAt })))
    }
    pending = next
  }
  const req = flights.find((f) => f.flight === firstAppDataFlight(spec, 'client'))
  const res = flights.find((f) => f.flight === firstAppDataFlight(spec, 'server'))
  if (!req || !res) throw new Error(`${spec.id}: the flights never reached the HTTP exchange`)
  return {
    flights,
    requestSentAt: req.sentAt,
    responseArrivedAt: res.arrivedAt,
    roundTrips: res.arrivedAt / o.rttMs,
  }
}

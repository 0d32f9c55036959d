/**
 * A deliberately minimal QUIC model: just enough to time its combined transport + TLS 1.3
 * handshake against TCP + TLS. It has no loss, no congestion control and no streams beyond the
 * one request. What it does keep, because it changes the answer:
 * - packets in Initial / 0-RTT / Handshake / 1-RTT spaces, with their header and AEAD cost;
 * - datagrams of at most 1200 bytes, and client datagrams carrying Initial packets padded to
 *   1200 (RFC 9000 §14.1);
 * - the server's anti-amplification limit: before the client's address is validated it may send
 *   at most three times the bytes it received (RFC 9000 §8.1), so a large certificate chain can
 *   cost an extra round trip;
 * - the client acknowledging Initial and Handshake packets at once (RFC 9000 §13.2.1).
 */
import { type HandshakeSpec, type Keys, type Side } from './message'
import { FlightPlayer } from './player'

type Space = 'Initial' | '0-RTT' | 'Handshake' | '1-RTT'
const SPACE_OF: Record<Keys, Space> = {
  none: 'Initial',
  early: '0-RTT',
  handshake: 'Handshake',
  application: '1-RTT',
}

/** Long header (RFC 9000 §17.2): flags, version, 8-byte DCID and SCID with lengths, Length, 4-byte PN. */
const LONG_HEADER = 1 + 4 + 1 + 8 + 1 + 8 + 2 + 4
const AEAD_TAG = 16 // AES-128-GCM (RFC 9001 §5.3)
const PACKET_OVERHEAD: Record<Space, number> = {
  Initial: LONG_HEADER + 1 + AEAD_TAG, // + an empty token's length byte (RFC 9000 §17.2.2)
  '0-RTT': LONG_HEADER + AEAD_TAG,
  Handshake: LONG_HEADER + AEAD_TAG,
  '1-RTT': 1 + 8 + 4 + AEAD_TAG, // short header (RFC 9000 §17.3)
}
/** CRYPTO frame: type, 4-byte offset varint, 2-byte length varint (RFC 9000 §19.6). */
const CRYPTO_FRAME = 1 + 4 + 2
/** STREAM frame with offset and length: type, stream id, offset, length (RFC 9000 §19.8). */
const STREAM_FRAME = 1 + 1 + 4 + 2
export const MAX_DATAGRAM = 1200 // RFC 9000 §14: the size every path must carry
export const AMPLIFICATION_FACTOR = 3 // RFC 9000 §8.1

export interface Datagram {
  readonly from: Side
  readonly sentAt: number
  readonly arrivedAt: number
  /** UDP payload bytes, padding included. */
  readonly bytes: number
  /** e.g. ["Initial[ServerHello]", "Handshake[EncryptedExtensions, Certificate…]"] */
  readonly packets: readonly string[]
  /** Handshake-flight bytes it carries, for the flight player. */
  readonly flightBytes: number
  readonly hasHandshakePacket: boolean
  readonly carriesAppData: boolean
}

type Planned = Omit<Datagram, 'sentAt' | 'arrivedAt'>

/** Packs messages into frames, packets and ≤1200-byte datagrams, splitting CRYPTO data freely. */
function packetize(from: Side, messages: HandshakeSpec['flights'][number]['messages']): Planned[] {
  const out: Planned[] = []
  let cur: {
    room: number
    packets: { space: Space; names: string[] }[]
    flightBytes: number
    app: boolean
  } | null = null
  const close = (): void => {
    if (!cur) return
    const packets = cur.packets
    const hasInitial = packets.some((p) => p.space === 'Initial')
    const used = MAX_DATAGRAM - cur.room
    out.push({
      from,
      bytes: from === 'client' && hasInitial ? MAX_DATAGRAM : used,
      packets: packets.map((p) => `${p.space}[${p.names.join(', ')}]`),
      flightBytes: cur.flightBytes,
      hasHandshakePacket: packets.some((p) => p.space === 'Handshake'),
      carriesAppData: cur.app,
    })
    cur = null
  }
  for (const m of messages) {
    const space = SPACE_OF[m.keys]
    const frame = m.content === 'application_data' ? STREAM_FRAME : CRYPTO_FRAME
    let left = m.bytes
    while (left > 0) {
      cur ??= { room: MAX_DATAGRAM, packets: [], flightBytes: 0, app: false }
      const last = cur.packets[cur.packets.length - 1]
      const cost = (last?.space === space ? 0 : PACKET_OVERHEAD[space]) + frame
      if (cur.room <= cost) {
        close()
        continue
      }
      const take = Math.min(left, cur.room - cost)
      if (last?.space !== space) cur.packets.push({ space, names: [] })
      cur.packets[cur.packets.length - 1].names.push(take < m.bytes ? `${m.name}…` : m.name)
      cur.room -= cost + take
      cur.flightBytes += take
      cur.app ||= m.content === 'application_data'
      left -= take
    }
  }
  close()
  return out
}

/** The client's immediate acknowledgement: Initial and Handshake ACK frames, padded (§14.1). */
const ackDatagram = (): Planned => ({
  from: 'client',
  bytes: MAX_DATAGRAM,
  packets: ['Initial[ACK]', 'Handshake[ACK]'],
  flightBytes: 0,
  hasHandshakePacket: true,
  carriesAppData: false,
})

export interface QuicRun {
  readonly datagrams: readonly Datagram[]
  readonly requestSentAt: number
  readonly responseArrivedAt: number
  readonly roundTrips: number
  /** True when the 3× limit held back part of the server's flight. */
  readonly amplificationLimited: boolean
}

/** Runs a `transport: 'quic'` handshake to the first response byte. */
export function runQuic(spec: HandshakeSpec, o: { readonly rttMs: number }): QuicRun {
  if (spec.transport !== 'quic') throw new Error(`${spec.id} runs over TCP, not the QUIC model`)
  const oneWay = o.rttMs / 2
  const player = new FlightPlayer(spec, (f) => f.messages.reduce((n, m) => n + m.bytes, 0))
  const datagrams: Datagram[] = []
  // Every datagram takes the same one-way delay and sends happen in time order, so appending
  // keeps this queue in arrival order (ties in send order) without sorting.
  const inFlight: Datagram[] = []
  const server = { received: 0, sent: 0, validated: false, held: [] as Planned[] }
  let limited = false

  const put = (p: Planned, now: number): void => {
    const d = { ...p, sentAt: now, arrivedAt: now + oneWay }
    datagrams.push(d)
    inFlight.push(d)
  }
  const serverSend = (now: number): void => {
    while (server.held.length > 0) {
      const p = server.held[0]
      if (!server.validated && server.sent + p.bytes > AMPLIFICATION_FACTOR * server.received) {
        limited = true
        return
      }
      server.held.shift()
      server.sent += p.bytes
      put(p, now)
    }
  }
  const send = (side: Side, planned: Planned[], now: number): void => {
    if (side === 'client') planned.forEach((p) => put(p, now))
    else {
      server.held.push(...planned)
      serverSend(now)
    }
  }
  const flights = (sends: ReturnType<FlightPlayer['start']>): [Side, Planned[]][] =>
    sends.map((s) => [s.from, packetize(s.from, spec.flights[s.flight].messages)])

  for (const [side, planned] of flights(player.start())) send(side, planned, 0)
  for (let i = 0; i < inFlight.length; i++) {
    const d = inFlight[i]
    const to: Side = d.from === 'client' ? 'server' : 'client'
    const now = d.arrivedAt
    if (to === 'server') {
      server.received += d.bytes
      server.validated ||= d.hasHandshakePacket // RFC 9000 §8.1: a Handshake packet proves the address
    }
    const released = flights(player.onReceived(to, d.flightBytes))
    for (const [side, planned] of released) send(side, planned, now)
    if (to === 'client' && released.length === 0 && d.flightBytes > 0 && !player.done)
      send('client', [ackDatagram()], now)
    if (to === 'server') serverSend(now)
  }

  const request = datagrams.find((d) => d.from === 'client' && d.carriesAppData)
  const response = datagrams.find((d) => d.from === 'server' && d.carriesAppData)
  if (!request || !response) throw new Error(`${spec.id}: the handshake never reached the HTTP exchange`)
  return {
    datagrams,
    requestSentAt: request.sentAt,
    responseArrivedAt: response.arrivedAt,
    roundTrips: response.arrivedAt / o.rttMs,
    amplificationLimited: limited,
  }
}

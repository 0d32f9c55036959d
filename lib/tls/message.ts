/** The vocabulary of a handshake description: messages, flights and the handshake itself. */

export type Side = 'client' | 'server'

/** Which keys protect a message (RFC 8446 §7.1 key schedule; TLS 1.2 has only "application"). */
export type Keys = 'none' | 'early' | 'handshake' | 'application'

export interface TlsMessage {
  /** The RFC's name: "ClientHello", "ChangeCipherSpec", … or the application data it carries. */
  readonly name: string
  /** Bytes of the message itself: for handshake messages including their 4-byte header. */
  readonly bytes: number
  readonly content: 'handshake' | 'change_cipher_spec' | 'application_data'
  readonly keys: Keys
}

/** Messages one side sends together, once the other side's previous flight has fully arrived. */
export interface Flight {
  readonly from: Side
  readonly messages: readonly TlsMessage[]
}

export type HandshakeId =
  'tls12' | 'tls12-rsa' | 'tls12-resumed' | 'tls13' | 'tls13-hrr' | 'tls13-0rtt' | 'quic' | 'quic-0rtt'

export interface HandshakeSpec {
  readonly id: HandshakeId
  readonly title: string
  readonly version: 'TLS 1.2' | 'TLS 1.3'
  /** Over a TCP connection, or over the minimal QUIC datagram model in quic.ts. */
  readonly transport: 'tcp' | 'quic'
  /** Flights in order; they alternate between the sides. */
  readonly flights: readonly Flight[]
  /** Where the rules come from, for the views. */
  readonly source: string
}

export const handshake = (name: string, bytes: number, keys: Keys): TlsMessage => ({
  name,
  bytes,
  content: 'handshake',
  keys,
})

export const appData = (name: string, bytes: number, keys: Keys): TlsMessage => ({
  name,
  bytes,
  content: 'application_data',
  keys,
})

/** "ServerHello, Certificate, …": the label a flight's segments carry in the engine's views. */
export const flightLabel = (f: Flight): string => f.messages.map((m) => m.name).join(', ')

/** The first flight carrying application data from `side` (the HTTP request or response). */
export function firstAppDataFlight(spec: HandshakeSpec, side: Side): number {
  return spec.flights.findIndex(
    (f) => f.from === side && f.messages.some((m) => m.content === 'application_data'),
  )
}

/**
 * TLS 1.2, TLS 1.3 and QUIC handshakes at message level: flights as data (specs.ts), a player
 * that runs them over any byte stream (player.ts), the textbook timeline (ideal.ts) and a minimal
 * QUIC datagram model (quic.ts).
 */
export { compareHandshakes, type ComparisonRow } from './compare'
export { idealTimeline, type IdealOptions, type Timeline } from './ideal'
export {
  type Flight,
  flightLabel,
  type HandshakeId,
  type HandshakeSpec,
  type Side,
  type TlsMessage,
} from './message'
export { FlightPlayer, type FlightSend } from './player'
export { type Datagram, type QuicRun, runQuic } from './quic'
export { flightStreamBytes } from './records'
export { HANDSHAKE_IDS, handshakeSpec, type SpecOptions } from './specs'

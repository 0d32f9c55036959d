/**
 * The TLS record layer's cost on the wire over TCP: each record has a 5-byte header (RFC 8446
 * §5.1, RFC 5246 §6.2.1) and carries at most 2^14 bytes; protected records add the AEAD's
 * overhead. Consecutive messages of the same content type under the same keys share records,
 * as OpenSSL and BoringSSL pack them.
 */
import { type HandshakeSpec, type Flight, type TlsMessage } from './message'

export const RECORD_HEADER = 5
export const MAX_RECORD_PLAINTEXT = 16384 // 2^14, RFC 8446 §5.1
/** AES-128-GCM in TLS 1.2: 8-byte explicit nonce + 16-byte tag (RFC 5288 §3). */
export const TLS12_GCM_OVERHEAD = 8 + 16
/** TLS 1.3: the inner content-type byte + 16-byte tag (RFC 8446 §5.2). */
export const TLS13_OVERHEAD = 1 + 16

function overhead(version: HandshakeSpec['version'], m: TlsMessage): number {
  if (m.keys === 'none') return 0
  return version === 'TLS 1.3' ? TLS13_OVERHEAD : TLS12_GCM_OVERHEAD
}

/** Bytes a flight takes in the TCP byte stream. */
export function flightStreamBytes(version: HandshakeSpec['version'], flight: Flight): number {
  let total = 0
  let i = 0
  const msgs = flight.messages
  while (i < msgs.length) {
    // A run of messages that may share records.
    let plaintext = 0
    const first = msgs[i]
    while (i < msgs.length && msgs[i].content === first.content && msgs[i].keys === first.keys) {
      plaintext += msgs[i].bytes
      i++
    }
    const records = Math.max(1, Math.ceil(plaintext / MAX_RECORD_PLAINTEXT))
    total += plaintext + records * (RECORD_HEADER + overhead(version, first))
  }
  return total
}

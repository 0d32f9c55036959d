/**
 * Byte sizes of handshake messages, built from their fields so each number can be checked
 * against the RFC's structure definitions. They describe a typical modern deployment:
 * X25519 key exchange, an RSA-2048 certificate (leaf + one intermediate), AES-128-GCM, ALPN "h2".
 * Sizes include the 4-byte handshake header (type + 24-bit length, RFC 8446 §4 / RFC 5246 §7.4).
 */

export const HANDSHAKE_HEADER = 4
const RANDOM = 32 // RFC 8446 §4.1.2 / RFC 5246 §7.4.1.2
const SESSION_ID = 1 + 32 // length byte + a 32-byte legacy session id
const X25519_KEY = 32 // RFC 7748 §6.1
const RSA_2048_SIGNATURE = 256
const SHA256 = 32
/** ALPN extension carrying "h2": type 2 + length 2 + list length 2 + name length 1 + "h2" 2. */
const ALPN_H2 = 9

/** A typical RSA-2048 leaf and intermediate (e.g. Let's Encrypt): about 1.3 KB of DER each. */
export const DEFAULT_CHAIN: readonly number[] = [1300, 1300]

/**
 * ClientHello: 512 bytes. Browsers pad a hello of 256–511 bytes up to 512 with the padding
 * extension (RFC 7685 §1) to step around a middlebox bug, so this is the size they send.
 */
export const CLIENT_HELLO = 512
/**
 * Resuming adds an identity and a binder: in TLS 1.3 the pre_shared_key extension (RFC 8446
 * §4.2.11: 4 + 2 + 2 + ticket + 4 age + 2 + 1 + 32 binder), in TLS 1.2 the ticket extension
 * (RFC 5077 §3.2: 4 + ticket). The ticket is taken to be 192 bytes.
 */
export const TICKET = 192
export const CLIENT_HELLO_PSK = CLIENT_HELLO + 4 + 2 + 2 + TICKET + 4 + 2 + 1 + SHA256
export const CLIENT_HELLO_TICKET_12 = CLIENT_HELLO + 4 + TICKET

/** TLS 1.2 ServerHello with renegotiation_info, extended_master_secret, ec_point_formats, ALPN. */
export const SERVER_HELLO_12 = HANDSHAKE_HEADER + 2 + RANDOM + SESSION_ID + 2 + 1 + 2 + 5 + 4 + 6 + ALPN_H2
/** TLS 1.3 ServerHello: supported_versions (6) and an X25519 key_share (4 + 2 + 2 + 32). */
export const SERVER_HELLO_13 = HANDSHAKE_HEADER + 2 + RANDOM + SESSION_ID + 2 + 1 + 2 + 6 + (8 + X25519_KEY)

/**
 * HelloRetryRequest: a ServerHello with the special random (RFC 8446 §4.1.3) whose key_share
 * names only the group the server wants (§4.2.8: 2 bytes), plus supported_versions.
 */
export const HELLO_RETRY_REQUEST = HANDSHAKE_HEADER + 2 + RANDOM + SESSION_ID + 2 + 1 + 2 + 6 + (4 + 2)

/** Certificate, TLS 1.2 (RFC 5246 §7.4.2): a 3-byte list length and a 3-byte length per cert. */
export const certificate12 = (chain: readonly number[] = DEFAULT_CHAIN): number =>
  HANDSHAKE_HEADER + 3 + chain.reduce((n, c) => n + 3 + c, 0)
/** Certificate, TLS 1.3 (RFC 8446 §4.4.2): adds a context byte and 2 bytes of extensions per cert. */
export const certificate13 = (chain: readonly number[] = DEFAULT_CHAIN): number =>
  HANDSHAKE_HEADER + 1 + 3 + chain.reduce((n, c) => n + 3 + c + 2, 0)

/** ServerKeyExchange for ECDHE (RFC 8422 §5.4): curve, point, RSA signature over both randoms. */
export const SERVER_KEY_EXCHANGE = HANDSHAKE_HEADER + 1 + 2 + 1 + X25519_KEY + 2 + 2 + RSA_2048_SIGNATURE
export const SERVER_HELLO_DONE = HANDSHAKE_HEADER
/** ClientKeyExchange, ECDHE: the client's public point (RFC 8422 §5.7). */
export const CLIENT_KEY_EXCHANGE_ECDHE = HANDSHAKE_HEADER + 1 + X25519_KEY
/** ClientKeyExchange, static RSA: the premaster secret encrypted to the server's RSA key (RFC 5246 §7.4.7.1). */
export const CLIENT_KEY_EXCHANGE_RSA = HANDSHAKE_HEADER + 2 + RSA_2048_SIGNATURE
/** ChangeCipherSpec is its own content type with a one-byte body (RFC 5246 §7.1). */
export const CHANGE_CIPHER_SPEC = 1
/** TLS 1.2 Finished: 12 bytes of verify_data (RFC 5246 §7.4.9). */
export const FINISHED_12 = HANDSHAKE_HEADER + 12
/** TLS 1.2 session-ticket message (RFC 5077 §3.3): lifetime hint + ticket. */
export const NEW_SESSION_TICKET_12 = HANDSHAKE_HEADER + 4 + 2 + TICKET

/** EncryptedExtensions carrying ALPN (RFC 8446 §4.3.1). */
export const ENCRYPTED_EXTENSIONS = HANDSHAKE_HEADER + 2 + ALPN_H2
/** CertificateVerify with rsa_pss_rsae_sha256 (RFC 8446 §4.4.3): RSA signatures remain in TLS 1.3. */
export const CERTIFICATE_VERIFY = HANDSHAKE_HEADER + 2 + 2 + RSA_2048_SIGNATURE
/** TLS 1.3 Finished: an HMAC the size of the hash (RFC 8446 §4.4.4). */
export const FINISHED_13 = HANDSHAKE_HEADER + SHA256
/** NewSessionTicket (RFC 8446 §4.6.1) with the early_data extension (8) allowing 0-RTT. */
export const NEW_SESSION_TICKET_13 = HANDSHAKE_HEADER + 4 + 4 + 1 + 8 + 2 + TICKET + 2 + 8
/** EndOfEarlyData has an empty body (RFC 8446 §4.5). */
export const END_OF_EARLY_DATA = HANDSHAKE_HEADER

/** The application exchange the handshake exists for: an HTTP/1.1 GET and its response. */
export const HTTP_REQUEST = 400
export const HTTP_RESPONSE = 1200

/**
 * The handshakes as data. Each ends with the HTTP request and the first response flight, so a
 * run answers "how many round trips before the first HTTPS byte". TLS 1.2 full handshakes take
 * two round trips (RFC 5246 §7.3 Figure 1), resumption one (Figure 2); TLS 1.3 takes one
 * (RFC 8446 §2 Figure 1) and zero with early data (§2.3 Figure 4). QUIC folds the transport
 * handshake into the TLS 1.3 one (RFC 9001 §4.1), so it needs no TCP handshake in front.
 */
import { type HandshakeId, type HandshakeSpec, appData, handshake, type TlsMessage } from './message'
import * as S from './sizes'

const ccs = (keys: 'none' | 'application' = 'none'): TlsMessage => ({
  name: 'ChangeCipherSpec',
  bytes: S.CHANGE_CIPHER_SPEC,
  content: 'change_cipher_spec',
  keys,
})
const request = (keys: 'early' | 'application' = 'application') =>
  appData(keys === 'early' ? 'HTTP request (early data)' : 'HTTP request', S.HTTP_REQUEST, keys)
const response = appData('HTTP response', S.HTTP_RESPONSE, 'application')

export interface SpecOptions {
  /** DER sizes of the certificates the server sends, leaf first. */
  readonly chain?: readonly number[]
}

function tls12(keyExchange: 'ECDHE' | 'RSA', o: SpecOptions): HandshakeSpec {
  const rsa = keyExchange === 'RSA'
  return {
    id: rsa ? 'tls12-rsa' : 'tls12',
    title: `TLS 1.2, ${rsa ? 'static RSA key exchange' : 'ECDHE key exchange'} (2-RTT)`,
    version: 'TLS 1.2',
    transport: 'tcp',
    source: 'RFC 5246 §7.3 Figure 1; RFC 8422 §2 for ECDHE',
    flights: [
      { from: 'client', messages: [handshake('ClientHello', S.CLIENT_HELLO, 'none')] },
      {
        from: 'server',
        messages: [
          handshake('ServerHello', S.SERVER_HELLO_12, 'none'),
          handshake('Certificate', S.certificate12(o.chain), 'none'),
          // Static RSA has no ServerKeyExchange: the client encrypts the premaster to the certificate's key.
          ...(rsa ? [] : [handshake('ServerKeyExchange', S.SERVER_KEY_EXCHANGE, 'none')]),
          handshake('ServerHelloDone', S.SERVER_HELLO_DONE, 'none'),
        ],
      },
      {
        from: 'client',
        messages: [
          handshake(
            'ClientKeyExchange',
            rsa ? S.CLIENT_KEY_EXCHANGE_RSA : S.CLIENT_KEY_EXCHANGE_ECDHE,
            'none',
          ),
          ccs(),
          handshake('Finished', S.FINISHED_12, 'application'),
        ],
      },
      { from: 'server', messages: [ccs(), handshake('Finished', S.FINISHED_12, 'application')] },
      { from: 'client', messages: [request()] },
      { from: 'server', messages: [response] },
    ],
  }
}

const tls12Resumed = (): HandshakeSpec => ({
  id: 'tls12-resumed',
  title: 'TLS 1.2, abbreviated handshake with a session ticket (1-RTT)',
  version: 'TLS 1.2',
  transport: 'tcp',
  source: 'RFC 5246 §7.3 Figure 2; RFC 5077 §3.1 Figure 2',
  flights: [
    { from: 'client', messages: [handshake('ClientHello', S.CLIENT_HELLO_TICKET_12, 'none')] },
    {
      from: 'server',
      messages: [
        handshake('ServerHello', S.SERVER_HELLO_12, 'none'),
        handshake('NewSessionTicket', S.NEW_SESSION_TICKET_12, 'none'),
        ccs(),
        handshake('Finished', S.FINISHED_12, 'application'),
      ],
    },
    // The client's Finished and its first request leave together.
    { from: 'client', messages: [ccs(), handshake('Finished', S.FINISHED_12, 'application'), request()] },
    { from: 'server', messages: [response] },
  ],
})

/**
 * Over TCP, TLS 1.3 peers in middlebox-compatibility mode also send a dummy ChangeCipherSpec
 * (RFC 8446 Appendix D.4); OpenSSL and BoringSSL do by default. QUIC never does (RFC 9001 §8.4).
 */
function tls13(o: SpecOptions): HandshakeSpec {
  return {
    id: 'tls13',
    title: 'TLS 1.3, full handshake (1-RTT)',
    version: 'TLS 1.3',
    transport: 'tcp',
    source: 'RFC 8446 §2 Figure 1',
    flights: [
      // The key_share rides in the ClientHello, so the server can finish in its first flight.
      { from: 'client', messages: [handshake('ClientHello', S.CLIENT_HELLO, 'none')] },
      {
        from: 'server',
        messages: [
          handshake('ServerHello', S.SERVER_HELLO_13, 'none'),
          ccs(),
          handshake('EncryptedExtensions', S.ENCRYPTED_EXTENSIONS, 'handshake'),
          handshake('Certificate', S.certificate13(o.chain), 'handshake'),
          handshake('CertificateVerify', S.CERTIFICATE_VERIFY, 'handshake'),
          handshake('Finished', S.FINISHED_13, 'handshake'),
        ],
      },
      { from: 'client', messages: [ccs(), handshake('Finished', S.FINISHED_13, 'handshake'), request()] },
      // OpenSSL sends two tickets by default (SSL_CTX_set_num_tickets), after the client's Finished.
      {
        from: 'server',
        messages: [
          handshake('NewSessionTicket', S.NEW_SESSION_TICKET_13, 'application'),
          handshake('NewSessionTicket', S.NEW_SESSION_TICKET_13, 'application'),
          response,
        ],
      },
    ],
  }
}

/**
 * TLS 1.3 when the client's guessed key share is for a group the server will not use: the
 * server answers with a HelloRetryRequest and the handshake costs a second round trip
 * (RFC 8446 §2.1 Figure 2), as many as TLS 1.2's.
 */
function tls13Retry(o: SpecOptions): HandshakeSpec {
  const full = tls13(o)
  return {
    ...full,
    id: 'tls13-hrr',
    title: 'TLS 1.3 after a HelloRetryRequest (2-RTT)',
    source: 'RFC 8446 §2.1 Figure 2, §4.1.4',
    flights: [
      { from: 'client', messages: [handshake('ClientHello', S.CLIENT_HELLO, 'none')] },
      // Compatibility mode: the server's dummy ChangeCipherSpec follows its first handshake message.
      { from: 'server', messages: [handshake('HelloRetryRequest', S.HELLO_RETRY_REQUEST, 'none'), ccs()] },
      { from: 'client', messages: [ccs(), handshake('ClientHello', S.CLIENT_HELLO, 'none')] },
      {
        from: 'server',
        messages: full.flights[1].messages.filter((m) => m.content !== 'change_cipher_spec'),
      },
      {
        from: 'client',
        messages: [handshake('Finished', S.FINISHED_13, 'handshake'), request()],
      },
      full.flights[3],
    ],
  }
}

const tls13EarlyData = (): HandshakeSpec => ({
  id: 'tls13-0rtt',
  title: 'TLS 1.3, resumption with 0-RTT early data',
  version: 'TLS 1.3',
  transport: 'tcp',
  source: 'RFC 8446 §2.3 Figure 4; replay caveats in §8',
  flights: [
    {
      from: 'client',
      messages: [handshake('ClientHello', S.CLIENT_HELLO_PSK, 'none'), ccs(), request('early')],
    },
    {
      from: 'server',
      // No Certificate or CertificateVerify: the PSK authenticates. The server may answer the early
      // request right after its Finished (0.5-RTT data).
      messages: [
        handshake('ServerHello', S.SERVER_HELLO_13, 'none'),
        handshake('EncryptedExtensions', S.ENCRYPTED_EXTENSIONS, 'handshake'),
        handshake('Finished', S.FINISHED_13, 'handshake'),
        response,
      ],
    },
    {
      from: 'client',
      messages: [
        handshake('EndOfEarlyData', S.END_OF_EARLY_DATA, 'early'),
        handshake('Finished', S.FINISHED_13, 'handshake'),
      ],
    },
  ],
})

function quic(o: SpecOptions): HandshakeSpec {
  return {
    id: 'quic',
    title: 'QUIC (TLS 1.3 inside the transport handshake, 1-RTT)',
    version: 'TLS 1.3',
    transport: 'quic',
    source: 'RFC 9000 §7 Figure 4; RFC 9001 §4.1',
    flights: [
      { from: 'client', messages: [handshake('ClientHello', S.CLIENT_HELLO, 'none')] },
      {
        from: 'server',
        messages: [
          handshake('ServerHello', S.SERVER_HELLO_13, 'none'),
          handshake('EncryptedExtensions', S.ENCRYPTED_EXTENSIONS, 'handshake'),
          handshake('Certificate', S.certificate13(o.chain), 'handshake'),
          handshake('CertificateVerify', S.CERTIFICATE_VERIFY, 'handshake'),
          handshake('Finished', S.FINISHED_13, 'handshake'),
        ],
      },
      { from: 'client', messages: [handshake('Finished', S.FINISHED_13, 'handshake'), request()] },
      { from: 'server', messages: [response] },
    ],
  }
}

const quicEarlyData = (): HandshakeSpec => ({
  id: 'quic-0rtt',
  title: 'QUIC, resumption with 0-RTT',
  version: 'TLS 1.3',
  transport: 'quic',
  source: 'RFC 9000 §7 Figure 5; RFC 9001 §4.6',
  flights: [
    { from: 'client', messages: [handshake('ClientHello', S.CLIENT_HELLO_PSK, 'none'), request('early')] },
    {
      from: 'server',
      messages: [
        handshake('ServerHello', S.SERVER_HELLO_13, 'none'),
        handshake('EncryptedExtensions', S.ENCRYPTED_EXTENSIONS, 'handshake'),
        handshake('Finished', S.FINISHED_13, 'handshake'),
        response,
      ],
    },
    { from: 'client', messages: [handshake('Finished', S.FINISHED_13, 'handshake')] },
  ],
})

/** Every handshake the simulator knows, by id. */
export function handshakeSpec(id: HandshakeId, o: SpecOptions = {}): HandshakeSpec {
  switch (id) {
    case 'tls12':
      return tls12('ECDHE', o)
    case 'tls12-rsa':
      return tls12('RSA', o)
    case 'tls12-resumed':
      return tls12Resumed()
    case 'tls13':
      return tls13(o)
    case 'tls13-hrr':
      return tls13Retry(o)
    case 'tls13-0rtt':
      return tls13EarlyData()
    case 'quic':
      return quic(o)
    case 'quic-0rtt':
      return quicEarlyData()
  }
}

export const HANDSHAKE_IDS: readonly HandshakeId[] = [
  'tls12',
  'tls12-rsa',
  'tls12-resumed',
  'tls13',
  'tls13-hrr',
  'tls13-0rtt',
  'quic',
  'quic-0rtt',
]

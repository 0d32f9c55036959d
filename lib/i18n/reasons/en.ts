/**
 * The engine's reasons in English: the sentences the trace carried before reasons were coded
 * (docs/decisions/011), word for word, so the English views, the CLI ladder and the pcap comments
 * read as they always did. RFC clauses a sentence cites are part of its words.
 */
import { type EngineWords, type ReasonTexts } from './types'

const reasons: ReasonTexts = {
  // State causes.
  connect: () => 'connect()',
  'connect-fast-open': () => 'connect() with a Fast Open cookie: the SYN waits for the first write',
  'close-before-handshake': () => 'close() before the handshake finished',
  'close-fin-queued': () => 'close(): FIN queued',
  'close-in-syn-received': () => 'close() in SYN-RECEIVED',
  'close-after-peer-fin': () => 'close() after the peer’s FIN',
  'close-unread-data': () => 'close() with unread data',
  'close-linger-zero': () => 'close() with SO_LINGER {1, 0}',
  abort: () => 'abort()',
  'syn-to-listener': () => 'SYN received by listener',
  'syn-ack-received': () => 'SYN,ACK received',
  'simultaneous-open-syn': () => 'SYN received in SYN-SENT: simultaneous open',
  'handshake-complete': () => 'ACK of our SYN,ACK: handshake complete',
  'simultaneous-open-ack': () => 'ACK of our SYN: simultaneous open',
  'two-way-open': () => 'two-way handshake: SYN alone opens the connection',
  'syn-cookie-final-ack': () => 'valid SYN cookie in the final ACK',
  'syn-cookie-validated': () => 'SYN cookie validated',
  'rst-refused': () => 'RST in reply to our SYN: connection refused',
  'rst-back-to-listen': () => 'RST in SYN-RECEIVED: back to LISTEN, half-open entry removed',
  'rst-refused-active-open': () => 'RST in SYN-RECEIVED (active open): refused',
  'rst-reset': ({ state }) => `RST in ${state}: connection reset`,
  'rst-closed': ({ state }) => `RST in ${state}`,
  'data-after-close': () => 'data after close(): reset',
  'fin-received': () => 'FIN received',
  'simultaneous-close': () => 'FIN received before the ACK of ours: simultaneous close',
  'fin-received-fin-acked': () => 'FIN received, our FIN already ACKed',
  'fin-acked': () => 'our FIN ACKed',
  'fin-acked-in-closing': () => 'our FIN ACKed in CLOSING',
  'new-incarnation': () => 'new incarnation accepted in TIME-WAIT',
  'time-wait-zero': () => 'TIME-WAIT of zero',
  'time-wait-expired': () => 'TIME-WAIT timer expired',
  'fin-wait-2-timeout': () => 'orphaned FIN-WAIT-2 timeout',
  'retransmissions-exhausted': () => 'retransmissions exhausted',
  'syn-ack-retries-exhausted': () => 'SYN-ACK retries exhausted',
  'keepalive-timeout': () => 'keepalive timeout',
  'host-crashed': () => 'host crashed',

  // Discard reasons.
  'connection-closed': () => 'connection is CLOSED',
  'listener-not-connection': () => 'unexpected segment: listeners are not connections',
  'ack-not-for-our-syn': () => 'ACK does not acknowledge our SYN (old duplicate?)',
  'ack-not-for-our-syn-ack': () => 'ACK does not acknowledge our SYN,ACK',
  'rst-without-ack-in-syn-sent': () => 'RST without ACK in SYN-SENT',
  'unexpected-in-syn-sent': () => 'unexpected segment in SYN-SENT',
  'no-ack-bit': () => 'no ACK bit',
  'rst-outside-window': () => 'RST outside the window',
  'outside-window-ack-sent': () => 'outside the receive window: ACK sent',
  'outside-window-ack-rate-limited': () => 'outside the receive window: ACK rate-limited (RFC 5961 §7)',
  'rst-challenge-ack': () => 'RST not at RCV.NXT: challenge ACK (RFC 5961 §3.2)',
  'rst-challenge-ack-rate-limited': () => 'RST not at RCV.NXT: challenge ACK rate-limited (RFC 5961 §7)',
  'unexpected-rst': ({ state }) => `unexpected RST in ${state}`,
  'syn-challenge-ack': ({ state }) => `SYN in ${state}: challenge ACK`,
  'syn-challenge-ack-rate-limited': ({ state }) =>
    `SYN in ${state}: challenge ACK rate-limited (RFC 5961 §7)`,
  'unexpected-ack-processing': ({ state }) => `unexpected ACK processing in ${state}`,
  'ack-unsent-data': () => 'ACK for data never sent',
  'ack-unsent-data-rate-limited': () => 'ACK for data never sent: ACK rate-limited (RFC 5961 §7)',
  'defer-accept-bare-ack': () => 'TCP_DEFER_ACCEPT: final ACK without data ignored, waiting for data',
  'accept-queue-full-final-ack': () => 'accept queue full: final ACK dropped, entry kept in SYN-RECEIVED',
  'rst-no-connection': () => 'RST for no connection',
  'closed-port': ({ port }) => `no connection and no listener on port ${port}: reset`,
  'rst-to-listener': () => 'RST to a listener is ignored',
  'listener-neither-syn-nor-ack': () => 'neither SYN nor ACK: dropped by the listener',
  'accept-queue-full-syn': () => 'accept queue full: SYN dropped',
  'syn-queue-full-no-cookies': () => 'SYN queue full and SYN cookies off: SYN silently dropped',
  'syn-backlog-unproven-peer': () =>
    'SYN cookies off and tcp_max_syn_backlog nearly used up: SYN from an unproven peer dropped',
  'listener-ack-no-entry': () => 'ACK to a listener with no matching entry: reset',
  'syn-cookie-accept-queue-full': () => 'valid SYN cookie but the accept queue is full: ACK dropped',

  // Drop reasons.
  'random-loss': () => 'random loss',
  'fault-drop': ({ nth }) => `drop #${nth} matching segment`,
  firewall: ({ host }) => `firewall around ${host}`,
  'host-down': ({ host }) => `${host} is down`,
  'no-route': ({ ip }) => `no host at ${ip}`,

  // Notes.
  'time-wait-fin-retransmitted': () =>
    'retransmitted FIN in TIME-WAIT: re-ACK and restart the TIME-WAIT timer',
  'time-wait-new-syn': () => 'new SYN above RCV.NXT in TIME-WAIT: TIME-WAIT ends early (RFC 9293 MAY-2)',
  'time-wait-zero-not-tcp': () =>
    'TIME-WAIT of zero: a counterfactual, NOT TCP (RFC 9293 MUST-13 requires 2×MSL)',
  'fin-wait-2-orphan-timed-out': () =>
    'orphaned FIN-WAIT-2 timed out (tcp_fin_timeout); the peer never sent its FIN',
  'close-unread-data-rst': ({ bytes }) =>
    `close() with ${bytes} unread bytes: RST instead of FIN (RFC 9293 SHLD-3, RFC 2525 §2.17)`,
  'data-after-close-reset': () =>
    'data arrived after close(): nobody can read it, so the connection is reset',
  'retransmissions-given-up': ({ retransmissions, elapsedMs }) =>
    `giving up after ${retransmissions} retransmissions (${Math.round(elapsedMs / 1000)} s)`,
  'r1-reached': ({ retransmissions }) =>
    `R1 reached (${retransmissions} retransmissions): IP is told to look for another route (RFC 9293 §3.8.3)`,
  'syn-ack-given-up': ({ sent }) => `SYN-ACK sent ${sent} times without an answer: half-open entry dropped`,
  'keepalive-given-up': ({ probes }) => `${probes} keepalive probes unanswered: the peer is presumed dead`,
  'syn-flood-cookies': ({ port }) => `Possible SYN flooding on port ${port}. Sending cookies.`,
  'cookie-rebuilt-from-timestamps': () =>
    'connection rebuilt from a SYN cookie: MSS from the 3-bit index; options recovered from the timestamp echo',
  'cookie-rebuilt-without-timestamps': ({ mss }) =>
    `connection rebuilt from a SYN cookie: MSS rounded to ${mss}; window scaling and SACK are lost (no timestamps)`,
  'two-way-handshake-established': () =>
    'two-way handshake (NOT TCP): the server is ESTABLISHED as soon as it answers a SYN',
  'fast-open-connect-ignored': () =>
    'TCP_FASTOPEN_CONNECT ignored: net.ipv4.tcp_fastopen does not enable the client side',
  'fast-open-cookie-cached': ({ cookie, ip }) => `Fast Open cookie ${cookie} cached for ${ip}`,
  'fast-open-cookie-requested': ({ cookie }) =>
    `Fast Open cookie requested: the SYN-ACK carries cookie ${cookie}`,
  'fast-open-cookie-invalid': ({ cookie }) =>
    `Fast Open cookie ${cookie} is not valid: data ignored, a fresh cookie in the SYN-ACK`,
  'fast-open-accept-queue-full': () =>
    'Fast Open: valid cookie but the accept queue is full: the data is not accepted',
  'fast-open-data-accepted': ({ bytes }) =>
    `Fast Open: valid cookie, ${bytes} bytes accepted from the SYN; the socket is acceptable before the handshake completes`,
  'fast-open-data-acked': ({ bytes }) =>
    `Fast Open: the SYN-ACK acknowledges the ${bytes} bytes our SYN carried`,
  'fast-open-data-resent': ({ bytes }) =>
    `Fast Open: the server acknowledged only the SYN; ${bytes} bytes go again`,
  'old-duplicate-injected': ({ to }) => `old duplicate injected towards ${to}`,
  'forged-segment': ({ spoofed, ip, to }) => `segment with ${spoofed}'s address (${ip}) forged towards ${to}`,
  'variant-time-wait-zero': () => 'COUNTERFACTUAL, NOT TCP: TIME-WAIT lasts zero seconds',
  'variant-two-way-handshake': () =>
    'COUNTERFACTUAL, NOT TCP: a two-way handshake (the server opens on the SYN alone)',
  'variant-fixed-isn': () => 'COUNTERFACTUAL, NOT TCP: every connection starts at the same ISN',

  // Application call arguments.
  'connect-args': ({ ip, port, localPort, fastOpen }) =>
    `${ip}:${port} from port ${localPort}${fastOpen ? ', TCP_FASTOPEN_CONNECT' : ''}`,
  'listen-args': ({ port, backlog, neverAccepts, fastOpen, deferAcceptMs }) =>
    [
      `port ${port}, backlog ${backlog}`,
      neverAccepts ? 'never accepts' : '',
      fastOpen === 'on' ? 'TCP_FASTOPEN' : '',
      fastOpen === 'ignored' ? 'TCP_FASTOPEN ignored (tcp_fastopen lacks the server bit)' : '',
      deferAcceptMs !== undefined ? `TCP_DEFER_ACCEPT ${deferAcceptMs} ms` : '',
    ]
      .filter(Boolean)
      .join(', '),
  'send-args': ({ bytes, label }) => (label === undefined ? `${bytes} bytes` : `${bytes} bytes (${label})`),
  'read-args': ({ bytes }) => `${bytes} bytes`,
  'shutdown-args': () => 'SHUT_WR',
  'setsockopt-keepalive': ({ idleMs, intervalMs, probes, lingerZero }) =>
    `SO_KEEPALIVE ${idleMs}/${intervalMs}/${probes}${lingerZero ? ' SO_LINGER {1,0}' : ''}`,
  'setsockopt-linger-zero': () => 'SO_LINGER {1,0}',
  'no-connection': () => 'no connection',
}

export const en: EngineWords = {
  reasons,
  // The engine's own names, as the expectations and the playground's filters spell them.
  sendReasons: {
    retransmission: 'retransmission',
    keepalive: 'keepalive',
    'tail-loss-probe': 'tail-loss-probe',
    'window-probe': 'window-probe',
    reset: 'reset',
    'syn-cookie': 'syn-cookie',
  },
  hostChanges: { crashed: 'crashed', rebooted: 'rebooted', unreachable: 'unreachable' },
}

/**
 * Why things happen, as data. The engine explains itself in the trace — a state change's cause, a
 * discarded or dropped segment's reason, a note, an application call's arguments — with a coded
 * reason: `{ code, ...params }`, params being numbers, states, hosts, addresses or the scenario's
 * own labels, never prose. The words live in one dictionary per language
 * (`lib/i18n/reasons/en.ts`, `zh.ts`), typed so that a code without a text is a type error.
 *
 * Adding a reason: add a member to the right union below, then its text to both dictionaries
 * (tsc names the missing ones), and a sample to `lib/i18n/reasons/reasons.test.ts`.
 */
import { type HostId } from './segment'
import { type TcpState } from './trace'

/** What moved a connection from one state to the next (`state.cause`). */
export type StateCause =
  // Application calls (RFC 9293 §3.10.1–§3.10.5).
  | { code: 'connect' }
  | { code: 'connect-fast-open' }
  | { code: 'close-before-handshake' }
  | { code: 'close-fin-queued' }
  | { code: 'close-in-syn-received' }
  | { code: 'close-after-peer-fin' }
  | { code: 'close-unread-data' }
  | { code: 'close-linger-zero' }
  | { code: 'abort' }
  // Opening.
  | { code: 'syn-to-listener' }
  | { code: 'syn-ack-received' }
  | { code: 'simultaneous-open-syn' }
  | { code: 'handshake-complete' }
  | { code: 'simultaneous-open-ack' }
  | { code: 'two-way-open' }
  | { code: 'syn-cookie-final-ack' }
  | { code: 'syn-cookie-validated' }
  // Resets.
  | { code: 'rst-refused' }
  | { code: 'rst-back-to-listen' }
  | { code: 'rst-refused-active-open' }
  | { code: 'rst-reset'; state: TcpState }
  | { code: 'rst-closed'; state: TcpState }
  | { code: 'data-after-close' }
  // Closing.
  | { code: 'fin-received' }
  | { code: 'simultaneous-close' }
  | { code: 'fin-received-fin-acked' }
  | { code: 'fin-acked' }
  | { code: 'fin-acked-in-closing' }
  | { code: 'new-incarnation' }
  | { code: 'time-wait-zero' }
  // Timers.
  | { code: 'time-wait-expired' }
  | { code: 'fin-wait-2-timeout' }
  | { code: 'retransmissions-exhausted' }
  | { code: 'syn-ack-retries-exhausted' }
  | { code: 'keepalive-timeout' }
  // The machine itself.
  | { code: 'host-crashed' }

/** Why the receiving stack threw a segment away (`segment-discarded.why`). */
export type DiscardReason =
  // A connection's SEGMENT ARRIVES processing (RFC 9293 §3.10.7).
  | { code: 'connection-closed' }
  | { code: 'listener-not-connection' }
  | { code: 'ack-not-for-our-syn' }
  | { code: 'ack-not-for-our-syn-ack' }
  | { code: 'rst-without-ack-in-syn-sent' }
  | { code: 'unexpected-in-syn-sent' }
  | { code: 'no-ack-bit' }
  | { code: 'rst-outside-window' }
  | { code: 'outside-window-ack-sent' }
  | { code: 'outside-window-ack-rate-limited' }
  | { code: 'rst-challenge-ack' }
  | { code: 'rst-challenge-ack-rate-limited' }
  | { code: 'unexpected-rst'; state: TcpState }
  | { code: 'syn-challenge-ack'; state: TcpState }
  | { code: 'syn-challenge-ack-rate-limited'; state: TcpState }
  | { code: 'unexpected-ack-processing'; state: TcpState }
  | { code: 'ack-unsent-data' }
  | { code: 'ack-unsent-data-rate-limited' }
  | { code: 'defer-accept-bare-ack' }
  | { code: 'accept-queue-full-final-ack' }
  // No connection: the host or a listener.
  | { code: 'rst-no-connection' }
  | { code: 'closed-port'; port: number }
  | { code: 'rst-to-listener' }
  | { code: 'listener-neither-syn-nor-ack' }
  | { code: 'accept-queue-full-syn' }
  | { code: 'syn-queue-full-no-cookies' }
  | { code: 'syn-backlog-unproven-peer' }
  | { code: 'listener-ack-no-entry' }
  | { code: 'syn-cookie-accept-queue-full' }

/** Why the path lost a segment (`segment-dropped.why`). */
export type DropReason =
  | { code: 'random-loss' }
  /** The nth segment a scenario's drop fault matched. */
  | { code: 'fault-drop'; nth: number }
  | { code: 'firewall'; host: HostId }
  | { code: 'host-down'; host: HostId }
  /** No host has the destination address, e.g. a SYN-ACK to a SYN flood's forged source. */
  | { code: 'no-route'; ip: string }

/** What the engine wants the reader to know at that moment (`note.note`). */
export type NoteReason =
  | { code: 'time-wait-fin-retransmitted' }
  | { code: 'time-wait-new-syn' }
  | { code: 'time-wait-zero-not-tcp' }
  | { code: 'fin-wait-2-orphan-timed-out' }
  | { code: 'close-unread-data-rst'; bytes: number }
  | { code: 'data-after-close-reset' }
  | { code: 'retransmissions-given-up'; retransmissions: number; elapsedMs: number }
  | { code: 'r1-reached'; retransmissions: number }
  | { code: 'syn-ack-given-up'; sent: number }
  | { code: 'keepalive-given-up'; probes: number }
  | { code: 'syn-flood-cookies'; port: number }
  | { code: 'cookie-rebuilt-from-timestamps' }
  | { code: 'cookie-rebuilt-without-timestamps'; mss: number }
  | { code: 'two-way-handshake-established' }
  | { code: 'fast-open-connect-ignored' }
  | { code: 'fast-open-cookie-cached'; cookie: string; ip: string }
  | { code: 'fast-open-cookie-requested'; cookie: string }
  | { code: 'fast-open-cookie-invalid'; cookie: string }
  | { code: 'fast-open-accept-queue-full' }
  | { code: 'fast-open-data-accepted'; bytes: number }
  | { code: 'fast-open-data-acked'; bytes: number }
  | { code: 'fast-open-data-resent'; bytes: number }
  | { code: 'old-duplicate-injected'; to: HostId }
  | { code: 'forged-segment'; spoofed: HostId; ip: string; to: HostId }
  // A scenario's counterfactual variant, said once at time 0.
  | { code: 'variant-time-wait-zero' }
  | { code: 'variant-two-way-handshake' }
  | { code: 'variant-fixed-isn' }

/** The arguments of an application's socket call (`app-call.args`). */
export type CallArgs =
  | { code: 'connect-args'; ip: string; port: number; localPort: number; fastOpen: boolean }
  | {
      code: 'listen-args'
      port: number
      backlog: number
      neverAccepts: boolean
      /** TCP_FASTOPEN: not asked, on, or asked but ignored (tcp_fastopen lacks the server bit). */
      fastOpen: 'off' | 'on' | 'ignored'
      /** TCP_DEFER_ACCEPT, when set. */
      deferAcceptMs: number | undefined
    }
  | { code: 'send-args'; bytes: number; label: string | undefined }
  | { code: 'read-args'; bytes: number }
  | { code: 'shutdown-args' }
  | { code: 'setsockopt-keepalive'; idleMs: number; intervalMs: number; probes: number; lingerZero: boolean }
  | { code: 'setsockopt-linger-zero' }
  | { code: 'no-connection' }

/** Every coded reason the trace can hold. Codes are unique across the five kinds. */
export type Reason = StateCause | DiscardReason | DropReason | NoteReason | CallArgs
export type ReasonCode = Reason['code']
export type ReasonOf<C extends ReasonCode> = Extract<Reason, { code: C }>

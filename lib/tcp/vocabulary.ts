/**
 * The engine's words, each list written once: the trace's types, the scenario schema's zod enums
 * and the playground's pickers are all derived from these arrays.
 */

/** RFC 9293's eleven connection states, by the RFC's names and in its order (§3.3.2). */
export const TCP_STATES = [
  'CLOSED',
  'LISTEN',
  'SYN-SENT',
  'SYN-RECEIVED',
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
] as const
export type TcpState = (typeof TCP_STATES)[number]

/** Every timer the model runs; each is a deadline on the virtual clock, never a real timer. */
export const TIMER_KINDS = [
  'retransmit', // RFC 6298 RTO, also SYN retries
  'synack', // a half-open listener entry's SYN-ACK retries
  'delayed-ack', // RFC 9293 §3.8.6.3
  'time-wait', // 2MSL (rfc) or TCP_TIMEWAIT_LEN (linux)
  'fin-wait-2', // orphaned FIN-WAIT-2, Linux tcp_fin_timeout
  'keepalive', // idle time, then probe interval
  'tail-loss-probe', // RFC 8985
  'persist', // zero-window probe
] as const
export type TimerKind = (typeof TIMER_KINDS)[number]

/** Socket errors an application can be told, with their errno names. */
export const SOCKET_ERRORS = ['ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE', 'ECONNABORTED'] as const
export type SocketError = (typeof SOCKET_ERRORS)[number]

/** Why a segment was sent, when it is not a plain first transmission. */
export const SEND_REASONS = [
  'retransmission',
  'keepalive',
  'tail-loss-probe',
  'window-probe',
  'reset',
  'syn-cookie',
] as const
export type SendReason = (typeof SEND_REASONS)[number]

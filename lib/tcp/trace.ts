import {
  type CallArgs,
  type DiscardReason,
  type DropReason,
  type NoteReason,
  type StateCause,
} from './reasons'
import { type HostId, type Segment } from './segment'
import { type Millis } from './time'

/** RFC 9293's eleven connection states, with the RFC's own names (Figure 5). */
export type TcpState =
  | 'CLOSED'
  | 'LISTEN'
  | 'SYN-SENT'
  | 'SYN-RECEIVED'
  | 'ESTABLISHED'
  | 'FIN-WAIT-1'
  | 'FIN-WAIT-2'
  | 'CLOSE-WAIT'
  | 'CLOSING'
  | 'LAST-ACK'
  | 'TIME-WAIT'

/** Every timer the model runs; each is a deadline on the virtual clock, never a real timer. */
export type TimerKind =
  | 'retransmit' // RFC 6298 RTO, also SYN retries
  | 'synack' // a half-open listener entry's SYN-ACK retries
  | 'delayed-ack' // RFC 9293 §3.8.6.3
  | 'time-wait' // 2MSL (rfc) or TCP_TIMEWAIT_LEN (linux)
  | 'fin-wait-2' // orphaned FIN-WAIT-2, Linux tcp_fin_timeout
  | 'keepalive' // idle time, then probe interval
  | 'tail-loss-probe' // RFC 8985
  | 'persist' // zero-window probe

/** Socket errors an application can be told, with their errno names. */
export type SocketError = 'ECONNREFUSED' | 'ETIMEDOUT' | 'ECONNRESET' | 'EPIPE' | 'ECONNABORTED'

/** Why a segment was sent, when it is not a plain first transmission. */
export type SendReason =
  'retransmission' | 'keepalive' | 'tail-loss-probe' | 'window-probe' | 'reset' | 'syn-cookie'

/** A connection's label within its host: "local-port>remote-ip:remote-port". */
export type ConnId = string

/**
 * One thing that happened at one virtual instant. The trace is the engine's only output: every
 * view, the CLI, pcap export and the expectations read it and nothing else. Explanations (a state's
 * `cause`, a discard's or drop's `why`, a `note`, a call's `args`) are coded reasons
 * (`reasons.ts`); each view words them in its reader's language (`lib/i18n/reasons`).
 */
export type TraceEvent =
  | { type: 'segment-sent'; at: Millis; host: HostId; conn?: ConnId; segment: Segment; reason?: SendReason }
  | { type: 'segment-delivered'; at: Millis; host: HostId; segmentId: number }
  | {
      type: 'segment-dropped'
      at: Millis
      segmentId: number
      /** network: random loss; fault: a scenario's targeted fault; firewall / host-down: the path. */
      by: 'network' | 'fault' | 'firewall' | 'host-down'
      why: DropReason
    }
  | { type: 'segment-duplicated'; at: Millis; segmentId: number; copyId: number }
  /** The receiving stack looked at a segment and threw it away (unacceptable, no listener room…). */
  | {
      type: 'segment-discarded'
      at: Millis
      host: HostId
      conn?: ConnId
      segmentId: number
      why: DiscardReason
    }
  | { type: 'state'; at: Millis; host: HostId; conn: ConnId; from: TcpState; to: TcpState; cause: StateCause }
  | {
      type: 'timer-set'
      at: Millis
      host: HostId
      conn: ConnId
      timer: TimerKind
      deadline: Millis
      /** 1 for a first arming, n for the n-th back-off. */
      attempt?: number
    }
  | { type: 'timer-fired'; at: Millis; host: HostId; conn: ConnId; timer: TimerKind }
  | { type: 'timer-cancelled'; at: Millis; host: HostId; conn: ConnId; timer: TimerKind }
  | {
      type: 'queue'
      at: Millis
      host: HostId
      port: number
      synQueue: number
      acceptQueue: number
      backlog: number
    }
  | { type: 'app-call'; at: Millis; host: HostId; conn?: ConnId; call: string; args?: CallArgs }
  | {
      type: 'app-result'
      at: Millis
      host: HostId
      conn?: ConnId
      result: 'connected' | 'accepted' | 'received' | 'eof' | 'closed' | 'error'
      bytes?: number
      error?: SocketError
    }
  | { type: 'host'; at: Millis; host: HostId; change: 'crashed' | 'rebooted' | 'unreachable' }
  | { type: 'note'; at: Millis; host?: HostId; conn?: ConnId; note: NoteReason }

export type TraceEventType = TraceEvent['type']

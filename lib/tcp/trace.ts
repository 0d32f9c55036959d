import {
  type CallArgs,
  type DiscardReason,
  type DropReason,
  type NoteReason,
  type StateCause,
} from './reasons'
import { type HostId, type Segment } from './segment'
import { type Millis } from './time'
import { type SendReason, type SocketError, type TcpState, type TimerKind } from './vocabulary'

export * from './vocabulary'

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

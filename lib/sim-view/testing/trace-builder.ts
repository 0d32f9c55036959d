/**
 * Hand-written traces for the view-model tests. Each helper emits exactly the events the engine
 * contract (lib/tcp/trace.ts) describes, so the tests exercise the views on realistic input
 * without depending on the engine's scheduling details.
 */
import {
  type DiscardReason,
  type HostId,
  ms,
  type Segment,
  type SendReason,
  seq,
  type StateCause,
  type TcpOptions,
  type TcpState,
  type TimerKind,
  type TraceEvent,
} from '@/lib/tcp'

export interface Endpoint {
  readonly host: HostId
  readonly ip: string
  readonly port: number
}

export interface SendSpec {
  readonly flags: number
  readonly seq: number
  readonly ack?: number
  readonly len?: number
  readonly window?: number
  readonly options?: TcpOptions
  readonly label?: string
  readonly reason?: SendReason
  /** Delivered at this time, dropped at `dropAt` (by a drop fault), or neither (still in flight at the end). */
  readonly deliverAt?: number
  readonly dropAt?: number
  readonly discardWhy?: DiscardReason
}

/** Collects events and returns them ordered by time (stable for equal times, as the engine emits). */
export function traceBuilder(a: Endpoint, b: Endpoint) {
  const events: TraceEvent[] = []
  let nextId = 1
  const peer = (from: HostId) => (from === a.host ? [a, b] : [b, a])

  return {
    /** Puts a segment from `from` on the wire at `at`; returns its id. */
    send(at: number, from: HostId, spec: SendSpec): number {
      const [src, dst] = peer(from)
      const segment: Segment = {
        id: nextId++,
        sender: from,
        src: { ip: src.ip, port: src.port },
        dst: { ip: dst.ip, port: dst.port },
        seq: seq(spec.seq),
        ack: seq(spec.ack ?? 0),
        flags: spec.flags,
        window: spec.window ?? 64240,
        options: spec.options ?? {},
        payload: new Uint8Array(spec.len ?? 0),
        label: spec.label,
      }
      events.push({ type: 'segment-sent', at: ms(at), host: from, segment, reason: spec.reason })
      if (spec.deliverAt !== undefined) {
        events.push({
          type: 'segment-delivered',
          at: ms(spec.deliverAt),
          host: dst.host,
          segmentId: segment.id,
        })
        if (spec.discardWhy) {
          events.push({
            type: 'segment-discarded',
            at: ms(spec.deliverAt),
            host: dst.host,
            segmentId: segment.id,
            why: spec.discardWhy,
          })
        }
      }
      if (spec.dropAt !== undefined) {
        events.push({
          type: 'segment-dropped',
          at: ms(spec.dropAt),
          segmentId: segment.id,
          by: 'fault',
          why: { code: 'fault-drop', nth: 1 },
        })
      }
      return segment.id
    },
    state(
      at: number,
      host: HostId,
      from: TcpState,
      to: TcpState,
      cause: StateCause,
      conn = `${host}-conn`,
    ): void {
      events.push({ type: 'state', at: ms(at), host, conn, from, to, cause })
    },
    timerSet(at: number, host: HostId, timer: TimerKind, deadline: number, attempt?: number): void {
      events.push({
        type: 'timer-set',
        at: ms(at),
        host,
        conn: `${host}-conn`,
        timer,
        deadline: ms(deadline),
        attempt,
      })
    },
    timerFired(at: number, host: HostId, timer: TimerKind): void {
      events.push({ type: 'timer-fired', at: ms(at), host, conn: `${host}-conn`, timer })
    },
    timerCancelled(at: number, host: HostId, timer: TimerKind): void {
      events.push({ type: 'timer-cancelled', at: ms(at), host, conn: `${host}-conn`, timer })
    },
    queue(
      at: number,
      host: HostId,
      port: number,
      synQueue: number,
      acceptQueue: number,
      backlog: number,
    ): void {
      events.push({ type: 'queue', at: ms(at), host, port, synQueue, acceptQueue, backlog })
    },
    push(event: TraceEvent): void {
      events.push(event)
    },
    build(): TraceEvent[] {
      return events
        .map((e, i) => [e, i] as const)
        .sort((x, y) => x[0].at - y[0].at || x[1] - y[1])
        .map(([e]) => e)
    },
  }
}

export const CLIENT: Endpoint = { host: 'client', ip: '10.0.0.1', port: 54321 }
export const SERVER: Endpoint = { host: 'server', ip: '10.0.0.2', port: 80 }

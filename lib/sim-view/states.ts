/**
 * Per-connection state timelines: which RFC 9293 state each connection of each host is in, from
 * when to when, and what moved it there. The state-diagram view highlights `statesAt(t)`.
 */
import { type ConnId, type StateCause, type TcpState, type TraceEvent } from '@/lib/tcp'

export interface StateSpan {
  readonly state: TcpState
  readonly from: number
  /** Undefined while the connection is still in this state when the trace ends. */
  readonly to?: number
  /** The transition that entered this state. */
  readonly entered: { readonly from: TcpState; readonly cause: StateCause }
}

export interface StateLane {
  readonly host: string
  readonly conn: ConnId
  readonly spans: readonly StateSpan[]
}

/** One lane per (host, connection), in order of first transition. */
export function stateLanes(trace: readonly TraceEvent[]): StateLane[] {
  const lanes = new Map<string, { host: string; conn: ConnId; spans: StateSpan[] }>()
  for (const e of trace) {
    if (e.type !== 'state') continue
    const key = `${e.host}|${e.conn}`
    const lane = lanes.get(key) ?? { host: e.host, conn: e.conn, spans: [] }
    lanes.set(key, lane)
    const last = lane.spans.at(-1)
    if (last && last.to === undefined) lane.spans[lane.spans.length - 1] = { ...last, to: e.at }
    lane.spans.push({ state: e.to, from: e.at, entered: { from: e.from, cause: e.cause } })
  }
  return [...lanes.values()]
}

export interface HostStateAt {
  readonly host: string
  readonly conn: ConnId
  readonly state: TcpState
  readonly entered: { readonly from: TcpState; readonly cause: StateCause; readonly at: number }
}

/**
 * Each connection's state at time t (events at exactly t count as done). A connection whose last
 * span ended in CLOSED is still reported, so the view can show it closed.
 */
export function statesAt(lanes: readonly StateLane[], t: number): HostStateAt[] {
  const out: HostStateAt[] = []
  for (const lane of lanes) {
    const span = lane.spans.findLast((s) => s.from <= t)
    if (span)
      out.push({
        host: lane.host,
        conn: lane.conn,
        state: span.state,
        entered: { ...span.entered, at: span.from },
      })
  }
  return out
}

/** The distinct states among a host's connections, in first-seen order, with how many are in each. */
export function stateCounts(states: readonly HostStateAt[]): { state: TcpState; count: number }[] {
  const counts = new Map<TcpState, number>()
  for (const s of states) counts.set(s.state, (counts.get(s.state) ?? 0) + 1)
  return [...counts].map(([state, count]) => ({ state, count }))
}

/** The listen queues over time: one step series per listening (host, port). */
import { type TraceEvent } from '@/lib/tcp'

export interface QueuePoint {
  readonly at: number
  readonly synQueue: number
  readonly acceptQueue: number
  readonly backlog: number
}

export interface QueueSeries {
  readonly host: string
  readonly port: number
  readonly points: readonly QueuePoint[]
  /** The largest value any point reaches (queue lengths or backlog), for a chart's y axis. */
  readonly max: number
  /** The longest either queue gets. */
  readonly peak: number
  /**
   * Whether the queues matter to this run: one holds two entries at once, or reaches its backlog.
   * An ordinary handshake holds one entry for a round trip; gauges for it are noise.
   */
  readonly underPressure: boolean
}

export function queueSeries(trace: readonly TraceEvent[]): QueueSeries[] {
  const series = new Map<string, { host: string; port: number; points: QueuePoint[] }>()
  for (const e of trace) {
    if (e.type !== 'queue') continue
    const key = `${e.host}:${e.port}`
    const s = series.get(key) ?? { host: e.host, port: e.port, points: [] }
    series.set(key, s)
    const point = { at: e.at, synQueue: e.synQueue, acceptQueue: e.acceptQueue, backlog: e.backlog }
    // Several changes at one instant: the last one is the value from then on.
    if (s.points.at(-1)?.at === e.at) s.points[s.points.length - 1] = point
    else s.points.push(point)
  }
  return [...series.values()].map((s) => {
    // Folds, not Math.max(...points): a spread overflows the stack on a long flood (issue 17).
    const peak = s.points.reduce((most, p) => Math.max(most, p.synQueue, p.acceptQueue), 0)
    const backlog = s.points.reduce((most, p) => Math.max(most, p.backlog), 0)
    return {
      ...s,
      max: Math.max(1, peak, backlog),
      peak,
      underPressure: peak >= 2 || (peak > 0 && peak >= backlog),
    }
  })
}

/** The value of a step series at time t (the last point at or before t): a binary search, per frame. */
export function queueAt(series: QueueSeries, t: number): QueuePoint | undefined {
  const pts = series.points
  let lo = 0
  let hi = pts.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (pts[mid].at <= t) lo = mid + 1
    else hi = mid
  }
  return pts[lo - 1]
}

/**
 * The width-free half of the ladder's geometry: where each event sits in time (y). It is the
 * costly half, one pass over the trace and the records, so the view model computes it once, in the
 * engine's worker for the player; the page then only places the arrows horizontally for its width
 * (ladder-layout.ts). Everything is kept in typed arrays: a SYN flood has 100 000 arrows, and
 * typed arrays cross from the worker as one block of bytes rather than 100 000 objects.
 *
 * Time runs downward on a piecewise scale: between two consecutive event times the gap grows
 * linearly with the elapsed time (one typical one-way delay ≈ 48 px), but long idle stretches are
 * compressed logarithmically and marked with a break, so a 2-hour keepalive wait and a 50 ms RTT
 * fit on one screen. Several events at one instant on one host get successive sub-rows, in trace
 * order, so an arrival and the reply it causes are drawn one under the other.
 */
import { type TraceEvent } from '@/lib/tcp'
import { endTime, type SegmentRecord } from './segments'
import { type StateLane } from './states'
import { type TimerBar } from './timers'

export interface LadderRowsInput {
  readonly trace: readonly TraceEvent[]
  readonly hosts: readonly string[]
  readonly records: readonly SegmentRecord[]
  readonly timers: readonly TimerBar[]
  readonly lanes: readonly StateLane[]
}

/** The instants on the time axis, ascending: each one's time, first sub-row's y and last's. */
export interface LadderKnots {
  readonly t: Float64Array
  readonly y: Float64Array
  readonly yEnd: Float64Array
}

export interface LadderRows {
  readonly knots: LadderKnots
  /** Compressed gaps: where to draw a break (y) and how much time it hides (ms). */
  readonly breakY: Float64Array
  readonly breakMs: Float64Array
  /** Per record, in record order: its arrow's start and end y (a lost one ends halfway down). */
  readonly y1: Float64Array
  readonly y2: Float64Array
}

export const TOP = 64
// Two parallel arrows' two-line labels must not overlap.
const SUB_ROW = 28
const MIN_GAP = 14
const LINEAR_MAX = 90
const LOG_EXTRA = 24
const MAX_GAP = 170
const PX_PER_DELAY = 48
const DEFAULT_DELAY_MS = 50

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

export function ladderRows(input: LadderRowsInput): LadderRows {
  const { hosts, records } = input
  // Sub-rows: the n-th event of one host at one instant sits n rows below the first. Counted per
  // instant in a small array per host (index hosts.length: a duplicate whose sender is unknown),
  // and remembered per segment id, with numbers for keys: a SYN flood has 200 000 such events.
  const hostIndex = new Map(hosts.map((h, i) => [h, i]))
  const countsAt = new Map<number, number[]>()
  const sendRow = new Map<number, number>()
  const recvRow = new Map<number, number>()
  const mark = (rowOf: Map<number, number>, id: number, t: number, host: string | undefined) => {
    let counts = countsAt.get(t)
    if (!counts) countsAt.set(t, (counts = []))
    const h = (host !== undefined ? hostIndex.get(host) : undefined) ?? hosts.length
    const n = counts[h] ?? 0
    counts[h] = n + 1
    rowOf.set(id, n)
  }
  const senderOf = new Map(records.map((r) => [r.id, r.from]))
  for (const e of input.trace) {
    if (e.type === 'segment-sent') mark(sendRow, e.segment.id, e.at, e.host)
    else if (e.type === 'segment-duplicated') mark(sendRow, e.copyId, e.at, senderOf.get(e.segmentId))
    else if (e.type === 'segment-delivered') mark(recvRow, e.segmentId, e.at, e.host)
  }

  const times = new Set<number>()
  for (const r of records) {
    times.add(r.sentAt)
    const end = endTime(r)
    if (end !== undefined) times.add(end)
  }
  for (const lane of input.lanes) for (const s of lane.spans) times.add(s.from)
  for (const bar of input.timers) if (bar.outcome !== 'pending') times.add(bar.end)
  const t = Float64Array.from(times).sort()

  const delays: number[] = []
  for (const r of records) {
    if (r.fate.kind === 'delivered' && r.fate.at > r.sentAt) delays.push(r.fate.at - r.sentAt)
  }
  const pxPerMs = PX_PER_DELAY / (median(delays) ?? DEFAULT_DELAY_MS)

  const y = new Float64Array(t.length)
  const yEnd = new Float64Array(t.length)
  const knotIndex = new Map<number, number>()
  const breakY: number[] = []
  const breakMs: number[] = []
  for (let i = 0; i < t.length; i++) {
    y[i] = TOP
    if (i > 0) {
      const linear = (t[i] - t[i - 1]) * pxPerMs
      const gap =
        linear <= LINEAR_MAX
          ? Math.max(MIN_GAP, linear)
          : Math.min(MAX_GAP, LINEAR_MAX + LOG_EXTRA * Math.log2(linear / LINEAR_MAX))
      if (linear > LINEAR_MAX) {
        breakY.push(yEnd[i - 1] + gap / 2)
        breakMs.push(t[i] - t[i - 1])
      }
      y[i] = yEnd[i - 1] + gap
    }
    let subRows = 1
    for (const n of countsAt.get(t[i]) ?? []) if (n !== undefined) subRows = Math.max(subRows, n)
    yEnd[i] = y[i] + (subRows - 1) * SUB_ROW
    knotIndex.set(t[i], i)
  }
  const knots = { t, y, yEnd }
  const yMark = (at: number, rowOf: Map<number, number>, id: number) =>
    y[knotIndex.get(at)!] + (rowOf.get(id) ?? 0) * SUB_ROW

  const y1 = new Float64Array(records.length)
  const y2 = new Float64Array(records.length)
  const dys: number[] = []
  records.forEach((r, i) => {
    y1[i] = yMark(r.sentAt, sendRow, r.id)
    if (r.fate.kind === 'delivered' || r.fate.kind === 'discarded') {
      y2[i] = r.fate.kind === 'delivered' ? yMark(r.fate.at, recvRow, r.id) : yAtKnots(knots, r.fate.at)
      dys.push(y2[i] - y1[i])
    } else y2[i] = NaN
  })
  // Lost (or still in flight): the arrow ends halfway down a typical arrow, where a cross marks it.
  const halfDy = (median(dys) ?? PX_PER_DELAY) / 2
  for (let i = 0; i < y2.length; i++) if (Number.isNaN(y2[i])) y2[i] = y1[i] + halfDy
  return { knots, breakY: Float64Array.from(breakY), breakMs: Float64Array.from(breakMs), y1, y2 }
}

/** y for any time: linear between knots, after the previous knot's last sub-row. */
export function yAtKnots({ t: ts, y, yEnd }: LadderKnots, t: number): number {
  const n = ts.length
  if (!n) return TOP
  if (t <= ts[0]) return y[0]
  // Binary search for the first knot at or after t: the cursor and every timer, state mark and
  // discarded arrow ask, and a SYN flood has 100 000 knots.
  let lo = 1
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ts[mid] < t) lo = mid + 1
    else hi = mid
  }
  if (lo === n) return yEnd[n - 1] + Math.min(MAX_GAP, (t - ts[n - 1]) / 100)
  if (t === ts[lo]) return y[lo]
  return yEnd[lo - 1] + ((t - ts[lo - 1]) / (ts[lo] - ts[lo - 1])) * (y[lo] - yEnd[lo - 1])
}

/**
 * Geometry of the ladder (sequence) diagram, shared by the server-rendered static SVG and the
 * interactive player so both draw exactly the same picture.
 *
 * Time runs downward on a piecewise scale: between two consecutive event times the gap grows
 * linearly with the elapsed time (one typical one-way delay ≈ 48 px), but long idle stretches are
 * compressed logarithmically and marked with a break, so a 2-hour keepalive wait and a 50 ms RTT
 * fit on one screen. Several events at one instant on one host get successive sub-rows, in trace
 * order, so an arrival and the reply it causes are drawn one under the other.
 */
import { flagNames, type TraceEvent } from '@/lib/tcp'
import { analysisLabel, type Analysis } from './analysis'
import { type RelativeNumbers } from './relative'
import { endTime, type SegmentFate, type SegmentRecord } from './segments'
import { type StateLane } from './states'
import { type TimerBar } from './timers'

export interface LadderInput {
  readonly trace: readonly TraceEvent[]
  readonly hosts: readonly string[]
  readonly records: readonly SegmentRecord[]
  readonly rel: ReadonlyMap<number, RelativeNumbers>
  readonly analysis: ReadonlyMap<number, Analysis>
  readonly timers: readonly TimerBar[]
  readonly lanes: readonly StateLane[]
}

export interface LadderArrow {
  readonly segmentId: number
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
  readonly sentAt: number
  readonly endAt?: number
  readonly fate: SegmentFate['kind']
  /** "SYN, ACK" plus the application label, e.g. "PSH, ACK · ClientHello". */
  readonly label: string
  /** "seq=0 ack=1", with " len=n" when the segment carries data. */
  readonly numbers: string
  /** Wireshark's expert tags, e.g. "[TCP Retransmission]". */
  readonly tags: string
}

export interface LadderTimer {
  readonly bar: TimerBar
  readonly x: number
  readonly y1: number
  readonly y2: number
}

export interface LadderStateMark {
  readonly host: string
  readonly state: string
  readonly at: number
  readonly x: number
  readonly y: number
  readonly anchor: 'start' | 'end'
}

export interface LadderKnot {
  readonly t: number
  /** y of the knot's first sub-row. */
  readonly y: number
  /** y of its last sub-row (equal to y when one event happens there). */
  readonly yEnd: number
}

export interface LadderLayout {
  readonly width: number
  /** Whether there is room for a time column at the left edge (not on phones). */
  readonly showTimes: boolean
  readonly height: number
  readonly top: number
  readonly columns: readonly { host: string; x: number }[]
  readonly arrows: readonly LadderArrow[]
  readonly timers: readonly LadderTimer[]
  readonly states: readonly LadderStateMark[]
  /** Compressed gaps: where to draw a break and how much time it hides. */
  readonly breaks: readonly { y: number; ms: number }[]
  readonly knots: readonly LadderKnot[]
}

const TOP = 64
const BOTTOM = 28
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

/**
 * The width-free part of a layout: where each event sits in time. It is the costly part (one pass
 * over the trace and the records) and does not change when the box is resized, so it is computed
 * once per model and kept with it.
 */
interface LadderRows {
  readonly knots: readonly LadderKnot[]
  readonly breaks: readonly { y: number; ms: number }[]
  /** Per record, in record order: the arrow's start and end y (a lost one ends halfway down). */
  readonly y1: Float64Array
  readonly y2: Float64Array
}

const rowsOf = new WeakMap<LadderInput, LadderRows>()

function ladderRows(input: LadderInput): LadderRows {
  const known = rowsOf.get(input)
  if (known) return known
  const rows = computeRows(input)
  rowsOf.set(input, rows)
  return rows
}

function computeRows(input: LadderInput): LadderRows {
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
  const sorted = Float64Array.from(times).sort()

  const delays: number[] = []
  for (const r of records)
    if (r.fate.kind === 'delivered' && r.fate.at > r.sentAt) delays.push(r.fate.at - r.sentAt)
  const pxPerMs = PX_PER_DELAY / (median(delays) ?? DEFAULT_DELAY_MS)

  const knots: LadderKnot[] = []
  const knotOf = new Map<number, LadderKnot>()
  const breaks: { y: number; ms: number }[] = []
  let y = TOP
  sorted.forEach((t, i) => {
    if (i > 0) {
      const prev = knots[i - 1]
      const linear = (t - prev.t) * pxPerMs
      const gap =
        linear <= LINEAR_MAX
          ? Math.max(MIN_GAP, linear)
          : Math.min(MAX_GAP, LINEAR_MAX + LOG_EXTRA * Math.log2(linear / LINEAR_MAX))
      if (linear > LINEAR_MAX) breaks.push({ y: prev.yEnd + gap / 2, ms: t - prev.t })
      y = prev.yEnd + gap
    }
    let subRows = 1
    for (const n of countsAt.get(t) ?? []) if (n !== undefined) subRows = Math.max(subRows, n)
    const knot = { t, y, yEnd: y + (subRows - 1) * SUB_ROW }
    knots.push(knot)
    knotOf.set(t, knot)
  })
  const yMark = (t: number, rowOf: Map<number, number>, id: number) =>
    knotOf.get(t)!.y + (rowOf.get(id) ?? 0) * SUB_ROW

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
  return { knots, breaks, y1, y2 }
}

/**
 * One arrow. Its geometry is plain fields; its three text lines are computed when read, because a
 * SYN flood has 100 000 arrows and the player only ever draws the few in its scroll box.
 */
class Arrow implements LadderArrow {
  readonly segmentId: number
  readonly sentAt: number
  readonly endAt?: number
  readonly fate: SegmentFate['kind']
  constructor(
    private readonly record: SegmentRecord,
    private readonly input: LadderInput,
    readonly x1: number,
    readonly y1: number,
    readonly x2: number,
    readonly y2: number,
  ) {
    this.segmentId = record.id
    this.sentAt = record.sentAt
    this.endAt = endTime(record)
    this.fate = record.fate.kind
  }

  get label(): string {
    const s = this.record.segment
    return [flagNames(s.flags) || '—', s.label].filter(Boolean).join(' · ')
  }

  get numbers(): string {
    const n = this.input.rel.get(this.segmentId)!
    const len = this.record.len
    return `seq=${n.relSeq}${n.relAck !== undefined ? ` ack=${n.relAck}` : ''}${len ? ` len=${len}` : ''}`
  }

  get tags(): string {
    const a = this.input.analysis.get(this.segmentId)
    return a?.kinds.map((k) => analysisLabel(k, a.dupOf)).join(' ') ?? ''
  }
}

/** Lays the diagram out at the given width (the SVG user-space width). */
export function layoutLadder(input: LadderInput, width = 560): LadderLayout {
  const { hosts, records } = input
  const { knots, breaks, y1, y2 } = ladderRows(input)
  // Room outside the outer lifelines for state names ("SYN-RECEIVED", the longest, ends ~88 px
  // from its lifeline), plus a time column on the left when the diagram is wide enough to spare it.
  const showTimes = width >= 440
  const left = showTimes ? 118 : 92
  const right = 92
  const margin = left
  const columns = hosts.map((host, i) => ({
    host,
    x: hosts.length === 1 ? width / 2 : left + (i * (width - left - right)) / (hosts.length - 1),
  }))
  const xOf = new Map(columns.map((c) => [c.host, c.x]))
  const partial = (t: number) => yAtKnots(knots, t)

  const arrows = records.map((r, i) => {
    const x1 = xOf.get(r.from) ?? margin
    const xTo = r.to !== undefined ? (xOf.get(r.to) ?? width - right) : width - right
    // A lost arrow ends halfway across too.
    const x2 = r.fate.kind === 'delivered' || r.fate.kind === 'discarded' ? xTo : x1 + (xTo - x1) * 0.5
    return new Arrow(r, input, x1, y1[i], x2, y2[i])
  })

  const timers = layoutTimers(input.timers, columns, width, partial)
  const states = input.lanes.flatMap((lane) =>
    lane.spans.map((s) => {
      const x = xOf.get(lane.host) ?? margin
      const left = x <= width / 2
      return {
        host: lane.host,
        state: s.state,
        at: s.from,
        x: left ? x - 8 : x + 8,
        y: partial(s.from),
        anchor: left ? 'end' : 'start',
      } as const
    }),
  )
  const last = knots.at(-1)
  // A fold, not Math.max(...ys): a spread passes one argument per arrow and overflows the stack
  // on a long trace (issue 17).
  let lowest = last?.yEnd ?? TOP
  for (const y of y2) lowest = Math.max(lowest, y)
  for (const t of timers) lowest = Math.max(lowest, t.y2)
  return {
    width,
    showTimes,
    height: lowest + BOTTOM,
    top: TOP,
    columns,
    arrows,
    timers,
    states,
    breaks,
    knots,
  }
}

function layoutTimers(
  bars: readonly TimerBar[],
  columns: readonly { host: string; x: number }[],
  width: number,
  yAt: (t: number) => number,
): LadderTimer[] {
  const kindsByHost = new Map<string, string[]>()
  return bars.map((bar) => {
    const kinds = kindsByHost.get(bar.host) ?? []
    kindsByHost.set(bar.host, kinds)
    if (!kinds.includes(bar.kind)) kinds.push(bar.kind)
    const col = columns.find((c) => c.host === bar.host)
    const x0 = col?.x ?? width / 2
    // Bars sit just outside the host's line, one lane per timer kind, away from the arrows' labels.
    const side = x0 <= width / 2 ? -1 : 1
    const x = x0 + side * (6 + kinds.indexOf(bar.kind) * 6)
    const y1 = yAt(bar.start)
    const y2 = bar.outcome === 'pending' ? Math.max(y1 + 24, yAt(bar.end)) : yAt(bar.end)
    return { bar, x, y1, y2 }
  })
}

/** y for any time: linear between knots, after the previous knot's last sub-row. */
function yAtKnots(knots: readonly LadderKnot[], t: number): number {
  if (!knots.length) return TOP
  if (t <= knots[0].t) return knots[0].y
  // Binary search for the first knot at or after t: the cursor and every timer, state mark and
  // discarded arrow ask, and a SYN flood has 100 000 knots.
  let lo = 1
  let hi = knots.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (knots[mid].t < t) lo = mid + 1
    else hi = mid
  }
  if (lo === knots.length) {
    const lastKnot = knots[knots.length - 1]
    return lastKnot.yEnd + Math.min(MAX_GAP, (t - lastKnot.t) / 100)
  }
  const a = knots[lo - 1]
  const b = knots[lo]
  return t === b.t ? b.y : a.yEnd + ((t - a.t) / (b.t - a.t)) * (b.y - a.yEnd)
}

/** The y of the playback cursor at time t. */
export const yAt = (layout: LadderLayout, t: number): number => yAtKnots(layout.knots, t)

/**
 * How much of an arrow is drawn at time t: null before it is sent, the whole arrow once it has
 * landed (or been dropped), otherwise the part up to the cursor.
 */
export function arrowAt(
  layout: LadderLayout,
  arrow: LadderArrow,
  t: number,
): { x2: number; y2: number; done: boolean } | null {
  if (t < arrow.sentAt) return null
  if (arrow.endAt !== undefined && t >= arrow.endAt) return { x2: arrow.x2, y2: arrow.y2, done: true }
  const cursor = yAt(layout, t)
  const p = arrow.y2 === arrow.y1 ? 1 : Math.min(1, Math.max(0, (cursor - arrow.y1) / (arrow.y2 - arrow.y1)))
  return { x2: arrow.x1 + (arrow.x2 - arrow.x1) * p, y2: arrow.y1 + (arrow.y2 - arrow.y1) * p, done: false }
}

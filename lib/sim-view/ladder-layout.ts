/**
 * Geometry of the ladder (sequence) diagram, shared by the server-rendered static SVG and the
 * interactive player so both draw exactly the same picture. The vertical half (ladder-rows.ts)
 * comes with the view model; this places it at a width: lifelines, arrows, timers, state names.
 */
import { flagNames, type TraceEvent } from '@/lib/tcp'
import { analysisLabel, type Analysis } from './analysis'
import { type RelativeNumbers } from './relative'
import { ladderRows, TOP, yAtKnots, type LadderKnots, type LadderRows } from './ladder-rows'
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
  /** The vertical half, when already computed (the view model carries it); else computed here. */
  readonly ladder?: LadderRows
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
  readonly knots: LadderKnots
}

const BOTTOM = 28

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
  const { knots, breakY, breakMs, y1, y2 } = input.ladder ?? ladderRows(input)
  const breaks = Array.from(breakY, (y, i) => ({ y, ms: breakMs[i] }))
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
  // A fold, not Math.max(...ys): a spread passes one argument per arrow and overflows the stack
  // on a long trace (issue 17).
  let lowest = knots.yEnd.at(-1) ?? TOP
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

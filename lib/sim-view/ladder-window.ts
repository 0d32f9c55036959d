/**
 * Which of a ladder's arrows one frame needs, in O(log n) plus what is shown instead of a pass
 * over every arrow (issue #17: a view costs O(what is shown) per frame, and a SYN flood has
 * 100 000 arrows). Arrows come in send order, so the arrows drawn at time t are a prefix of
 * the list, and the ones that meet a vertical band are a short run inside it, found with two
 * binary searches over running extremes computed once per layout.
 */
import { type LadderLayout } from './ladder-layout'

interface ArrowIndex {
  /** Running maximum of sentAt: drawn at t ⇔ index < first sentAt > t. */
  readonly sentBy: Float64Array
  /** Running maximum of each arrow's lowest y: every arrow before i ends above reach[i]. */
  readonly reach: Float64Array
  /** Minimum, from i to the end, of each arrow's highest y: nothing from i on starts above it. */
  readonly start: Float64Array
  readonly position: ReadonlyMap<number, number>
}

const indexes = new WeakMap<LadderLayout, ArrowIndex>()

function indexOf(layout: LadderLayout): ArrowIndex {
  const known = indexes.get(layout)
  if (known) return known
  const n = layout.arrows.length
  const sentBy = new Float64Array(n)
  const reach = new Float64Array(n)
  const start = new Float64Array(n)
  const position = new Map<number, number>()
  let sent = -Infinity
  let low = -Infinity
  layout.arrows.forEach((a, i) => {
    sent = Math.max(sent, a.sentAt)
    low = Math.max(low, a.y1, a.y2)
    sentBy[i] = sent
    reach[i] = low
    position.set(a.segmentId, i)
  })
  let high = Infinity
  for (let i = n - 1; i >= 0; i--) {
    high = Math.min(high, layout.arrows[i].y1, layout.arrows[i].y2)
    start[i] = high
  }
  const index = { sentBy, reach, start, position }
  indexes.set(layout, index)
  return index
}

/** The first index where `test` holds, for a test that stays true once true (n when it never does). */
function firstWhere(values: Float64Array, test: (v: number) => boolean): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (test(values[mid])) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** How many arrows have been sent by time t: the drawn arrows are exactly arrows[0, count). */
export function sentCount(layout: LadderLayout, t: number): number {
  return firstWhere(indexOf(layout).sentBy, (sent) => sent > t)
}

/**
 * The index range [from, to) holding every arrow whose box, grown by `pad`, meets the band
 * [top, bottom], among the first `limit`. Long arrows can make it a little wider than the band
 * (a caller still checks each arrow), never narrower.
 */
export function arrowsMeeting(
  layout: LadderLayout,
  band: { readonly top: number; readonly bottom: number },
  pad: number,
  limit = layout.arrows.length,
): readonly [number, number] {
  const { reach, start } = indexOf(layout)
  const from = firstWhere(reach, (y) => y + pad >= band.top)
  const to = Math.min(
    limit,
    firstWhere(start, (y) => y - pad > band.bottom),
  )
  return [Math.min(from, to), to]
}

/** Where the arrow of a segment sits in layout.arrows, or undefined. */
export function arrowPosition(layout: LadderLayout, segmentId: number | undefined): number | undefined {
  return segmentId === undefined ? undefined : indexOf(layout).position.get(segmentId)
}

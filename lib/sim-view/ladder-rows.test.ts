import { describe, expect, it } from 'vitest'
import { withKnobs } from '@/lib/scenarios'
import { runScenario } from '@/lib/tcp'
import { layoutLadder, type LadderLayout } from './ladder-layout'
import { yAtKnots } from './ladder-rows'
import { buildViewModel } from './model'

/** Every field of every arrow, its computed text included, so two layouts can be compared whole. */
const arrowsOf = (layout: LadderLayout) =>
  layout.arrows.map(({ segmentId, x1, y1, x2, y2, sentAt, endAt, fate, label, numbers, tags }) => ({
    segmentId,
    x1,
    y1,
    x2,
    y2,
    sentAt,
    endAt,
    fate,
    label,
    numbers,
    tags,
  }))

describe.each(['syn-flood-cookies', 'time-wait-final-ack-lost'])('the ladder rows of %s', (id) => {
  const r = runScenario(withKnobs(id, {}))
  const model = buildViewModel(r.trace, r.scenario)
  const { knots } = model.ladder

  it('lay the ladder out as rows computed on the spot do, after crossing from a worker', () => {
    const crossed = structuredClone(model.ladder)
    const shipped = layoutLadder({ ...model, ladder: crossed }, 640)
    const local = layoutLadder({ ...model, ladder: undefined }, 640)
    expect(arrowsOf(shipped)).toEqual(arrowsOf(local))
    expect({ ...shipped, arrows: [] }).toEqual({ ...local, arrows: [] })
  })

  it('map time onto y without going back up, through every knot', () => {
    expect(knots.t.length).toBeGreaterThan(1)
    let previous = -Infinity
    for (let i = 0; i < knots.t.length; i++) {
      expect(yAtKnots(knots, knots.t[i])).toBe(knots.y[i])
      if (i > 0) {
        // Halfway between two instants: after the first one's last sub-row, before the next one.
        const mid = yAtKnots(knots, (knots.t[i - 1] + knots.t[i]) / 2)
        expect(mid).toBeGreaterThanOrEqual(knots.yEnd[i - 1])
        expect(mid).toBeLessThanOrEqual(knots.y[i])
        expect(mid).toBeGreaterThanOrEqual(previous)
      }
      previous = knots.y[i]
    }
    expect(yAtKnots(knots, knots.t.at(-1)! + 1_000)).toBeGreaterThan(knots.yEnd.at(-1)!)
  })
})

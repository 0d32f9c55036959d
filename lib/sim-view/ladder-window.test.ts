import { describe, expect, it } from 'vitest'
import { withKnobs } from '@/lib/scenarios'
import { runScenario } from '@/lib/tcp'
import { arrowAt, layoutLadder, type LadderArrow, type LadderLayout } from './ladder-layout'
import { arrowPosition, arrowsMeeting, sentCount } from './ladder-window'
import { buildViewModel } from './model'

function layoutOf(id: string): LadderLayout {
  const r = runScenario(withKnobs(id, {}))
  return layoutLadder(buildViewModel(r.trace, r.scenario), 560)
}

const meets = (a: LadderArrow, top: number, bottom: number, pad: number) =>
  Math.max(a.y1, a.y2) + pad >= top && Math.min(a.y1, a.y2) - pad <= bottom

// A SYN flood (thousands of arrows, many lost) and a close with a lost segment.
describe.each(['syn-flood-cookies', 'time-wait-final-ack-lost'])('the ladder window on %s', (id) => {
  const layout = layoutOf(id)
  const { arrows } = layout
  const end = arrows.at(-1)!.sentAt

  it('counts the arrows drawn at t: exactly the prefix arrowAt draws', () => {
    for (const t of [-1, 0, end / 7, end / 2, end - 1, end, end + 1]) {
      const count = sentCount(layout, t)
      const drawn = arrows.map((a) => arrowAt(layout, a, t) !== null)
      expect(drawn.slice(0, count).every(Boolean)).toBe(true)
      expect(drawn.slice(count).some(Boolean)).toBe(false)
    }
  })

  it('finds every arrow that meets a band, and a range little wider than the band', () => {
    const height = layout.height
    // A screenful around the first, a middle and the last arrow.
    for (const y of [arrows[0].y1, arrows[arrows.length >> 1].y1, arrows.at(-1)!.y1]) {
      const [top, bottom] = [y - 100, y + 500]
      const [from, to] = arrowsMeeting(layout, { top, bottom }, 40)
      const expected = arrows.flatMap((a, i) => (meets(a, top, bottom, 40) ? [i] : []))
      expect(expected.length).toBeGreaterThan(0)
      expect(from).toBeLessThanOrEqual(expected[0])
      expect(to).toBeGreaterThan(expected.at(-1)!)
      expect(to - from).toBeLessThanOrEqual(expected.length + 10)
    }
    // A limit (the arrows sent so far) caps the range.
    expect(arrowsMeeting(layout, { top: 0, bottom: height }, 40, 3)).toEqual([0, 3])
  })

  it('knows each segment’s place in the list', () => {
    arrows.forEach((a, i) => expect(arrowPosition(layout, a.segmentId)).toBe(i))
    expect(arrowPosition(layout, -1)).toBeUndefined()
    expect(arrowPosition(layout, undefined)).toBeUndefined()
  })
})

/**
 * The opening of a long ladder, for the server-rendered first paint. A SYN flood's full ladder is
 * thousands of arrows (megabytes of HTML, sent twice: as markup and in the page's RSC payload), so
 * the static view stops after the first `maxArrows` segments and the interactive player, which
 * draws only what its scroll box shows, takes over from there.
 */
import { type LadderLayout } from './ladder-layout'

export interface LadderExcerpt {
  readonly layout: LadderLayout
  /** Time of the first segment left out; undefined when nothing was cut. */
  readonly cutAt: number | undefined
  readonly shown: number
  readonly total: number
}

/** Room below the last kept arrow for its head and label. */
const TAIL = 24

/** The layout cut just above the first arrow past `maxArrows`; short ladders come back whole. */
export function ladderExcerpt(layout: LadderLayout, maxArrows: number): LadderExcerpt {
  const total = layout.arrows.length
  if (total <= maxArrows) return { layout, cutAt: undefined, shown: total, total }
  const first = layout.arrows[maxArrows]
  const cutY = first.y1 - 1
  const kept = layout.arrows.slice(0, maxArrows)
  const height = kept.reduce((lowest, a) => Math.max(lowest, a.y1, a.y2), cutY) + TAIL
  return {
    layout: {
      ...layout,
      height,
      arrows: kept,
      timers: layout.timers
        .filter((tb) => tb.y1 < cutY)
        .map((tb) => ({ ...tb, y2: Math.min(tb.y2, height) })),
      states: layout.states.filter((s) => s.y < cutY),
      breaks: layout.breaks.filter((b) => b.y < cutY),
    },
    cutAt: first.sentAt,
    shown: maxArrows,
    total,
  }
}

/**
 * The ladder's segments for keyboard and screen-reader users: one invisible button per arrow drawn
 * so far, laid over the SVG drawing (which stays a named image for the mouse and for a quick look).
 * The buttons share one tab stop (roving tabindex, a vertical toolbar): ↑ ↓ move between segments
 * in time order, Home/End to the first/last, and the focused one is outlined where its arrow is.
 * Enter or Space selects the segment and opens its what-if menu, as a click on the arrow does.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { arrowAt, type LadderArrow, type LadderLayout } from '@/lib/sim-view/ladder-layout'
import { rowForKey } from '@/lib/sim-view/row-window'
import { segmentName } from '@/lib/sim-view/segment-name'
import { type SegmentRecord } from '@/lib/sim-view/segments'
import styles from './sim.module.css'

interface Props {
  layout: LadderLayout
  records: readonly SegmentRecord[]
  t: number
  selected?: number
  messages: SimMessages
  onHover: (segmentId: number | undefined) => void
  /** Enter or Space on a segment: select it and open its what-if menu. */
  onActivate: (segmentId: number) => void
  /** Only arrows whose box meets this band of the ladder are rendered (the scroll box's view). */
  band?: { top: number; bottom: number }
}

/** Room around an arrow's ends for the focus outline, in SVG units (the ladder is drawn 1:1). */
const PAD = 6
/** Segments a Page Up/Down moves. */
const PAGE = 8

export function LadderKeys({ layout, records, t, selected, messages: m, onHover, onActivate, band }: Props) {
  const drawn = layout.arrows.filter((a) => arrowAt(layout, a, t))
  const [active, setActive] = useState<number | undefined>(undefined)
  const focusNext = useRef<number | undefined>(undefined)
  const box = useRef<HTMLDivElement>(null)
  const byId = new Map(records.map((r) => [r.id, r]))

  // The tab stop: the selected segment, else the one last moved to, else the first drawn.
  const stop = [selected, active].find((id) => drawn.some((a) => a.segmentId === id)) ?? drawn[0]?.segmentId
  const stopIndex = drawn.findIndex((a) => a.segmentId === stop)
  const inBand = (a: LadderArrow) =>
    !band || (Math.max(a.y1, a.y2) + PAD >= band.top && Math.min(a.y1, a.y2) - PAD <= band.bottom)

  useEffect(() => {
    if (focusNext.current === undefined) return
    const button = box.current?.querySelector<HTMLButtonElement>(`[data-segment="${focusNext.current}"]`)
    if (button) {
      focusNext.current = undefined
      button.focus()
    }
  })

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const id = Number((e.target as HTMLElement).dataset.segment)
    const index = drawn.findIndex((a) => a.segmentId === id)
    if (index < 0) return
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      e.stopPropagation()
      onActivate(id)
      return
    }
    const next = rowForKey(e.key, index, drawn.length, PAGE)
    if (next === undefined) return
    e.preventDefault()
    e.stopPropagation()
    focusNext.current = drawn[next].segmentId
    setActive(drawn[next].segmentId)
  }

  return (
    <div
      ref={box}
      className={styles.ladderKeys}
      role="toolbar"
      aria-orientation="vertical"
      aria-label={m.segments}
      onKeyDown={onKeyDown}
    >
      {drawn.map((a, i) =>
        // The tab stop is always rendered, so focus survives scrolling the ladder.
        i === stopIndex || inBand(a) || a.segmentId === focusNext.current ? (
          <button
            key={a.segmentId}
            type="button"
            data-segment={a.segmentId}
            className={styles.segmentKey}
            tabIndex={i === stopIndex ? 0 : -1}
            aria-pressed={selected === a.segmentId}
            aria-label={segmentName(a, byId.get(a.segmentId), t, m)}
            style={{
              left: Math.min(a.x1, a.x2) - PAD,
              top: Math.min(a.y1, a.y2) - PAD - 14,
              width: Math.abs(a.x2 - a.x1) + 2 * PAD,
              height: Math.abs(a.y2 - a.y1) + 2 * PAD + 14,
            }}
            onFocus={() => {
              setActive(a.segmentId)
              onHover(a.segmentId)
            }}
            onBlur={() => onHover(undefined)}
          />
        ) : null,
      )}
    </div>
  )
}

/**
 * The ladder's segments for keyboard and screen-reader users: one invisible button per arrow drawn
 * so far, laid over the SVG drawing (which stays a named image for the mouse and for a quick look).
 * The buttons share one tab stop (roving tabindex, a vertical toolbar): ↑ ↓ move between segments
 * in time order, Home/End to the first/last, and the focused one is outlined where its arrow is.
 * Enter or Space selects the segment and opens its what-if menu, as a click on the arrow does.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { type LadderArrow, type LadderLayout } from '@/lib/sim-view/ladder-layout'
import { arrowPosition, arrowsMeeting, sentCount } from '@/lib/sim-view/ladder-window'
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
  // The arrows drawn so far are layout.arrows[0, count): a frame touches only those it renders.
  const count = sentCount(layout, t)
  const arrows = layout.arrows
  const [active, setActive] = useState<number | undefined>(undefined)
  const focusNext = useRef<number | undefined>(undefined)
  const box = useRef<HTMLDivElement>(null)
  const byId = useMemo(() => new Map(records.map((r) => [r.id, r])), [records])
  const drawnIndex = (id: number | undefined) => {
    const i = arrowPosition(layout, id)
    return i !== undefined && i < count ? i : -1
  }

  // The tab stop: the selected segment, else the one last moved to, else the first drawn.
  const stopIndex = [selected, active].map(drawnIndex).find((i) => i >= 0) ?? (count > 0 ? 0 : -1)
  const inBand = (a: LadderArrow) =>
    !band || (Math.max(a.y1, a.y2) + PAD >= band.top && Math.min(a.y1, a.y2) - PAD <= band.bottom)
  // The tab stop and the button focus is moving to are always rendered, so focus survives scrolling.
  const [from, to] = band ? arrowsMeeting(layout, band, PAD + 14, count) : [0, count]
  const shown = new Set<number>()
  for (let i = from; i < to; i++) if (inBand(arrows[i])) shown.add(i)
  for (const i of [stopIndex, drawnIndex(focusNext.current)]) if (i >= 0) shown.add(i)
  const rendered = [...shown].sort((a, b) => a - b)

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
    const index = drawnIndex(id)
    if (index < 0) return
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      e.stopPropagation()
      onActivate(id)
      return
    }
    const next = rowForKey(e.key, index, count, PAGE)
    if (next === undefined) return
    e.preventDefault()
    e.stopPropagation()
    focusNext.current = arrows[next].segmentId
    setActive(arrows[next].segmentId)
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
      {rendered.map((i) => {
        const a = arrows[i]
        return (
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
        )
      })}
    </div>
  )
}

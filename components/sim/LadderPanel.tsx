/**
 * The player's ladder: its scroll box, the SVG drawing and the keyboard layer of segments over it.
 * It lays the ladder out for the box's width, keeps the playback cursor in view while playing, and
 * tells both layers which band of the (very tall, in a SYN flood) ladder is on screen, so only
 * what can be seen is rendered.
 */
import { useEffect, useMemo, useRef } from 'react'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { layoutLadder, yAt } from '@/lib/sim-view/ladder-layout'
import { type ViewModel } from '@/lib/sim-view/model'
import { type PlayerSnapshot } from '@/lib/sim-view/player'
import { LadderKeys } from './LadderKeys'
import { LadderSvg } from './LadderSvg'
import { useElementWidth } from './useElementWidth'
import { useScrollBox } from './useScrollBox'
import styles from './sim.module.css'

interface Props {
  view: ViewModel
  snap: Pick<PlayerSnapshot, 't' | 'playing' | 'selected' | 'hovered'>
  messages: SimMessages
  onSelect: (segmentId: number) => void
  onHover: (segmentId: number | undefined) => void
  /** Enter or Space on a segment from the keyboard. */
  onActivate: (segmentId: number) => void
  idPrefix: string
  labelId: string
}

/** The box's height before it is measured: 28rem, as in sim.module.css `.ladderScroll`. */
const INITIAL_BOX_HEIGHT = 448
/** Drawn beyond each edge of the box, so scrolling shows no blank strip before the next render. */
const MARGIN = 600
/** Short ladders are drawn whole (windowing pays off only for floods of segments). */
const WINDOW_FROM_ARROWS = 200

export function LadderPanel({
  view,
  snap,
  messages: m,
  onSelect,
  onHover,
  onActivate,
  idPrefix,
  labelId,
}: Props) {
  const ladderBox = useRef<HTMLDivElement>(null)
  const width = useElementWidth(ladderBox, 560)
  const { scrollTop, clientHeight } = useScrollBox(ladderBox, INITIAL_BOX_HEIGHT)
  const layout = useMemo(() => layoutLadder(view, width), [view, width])
  const band =
    layout.arrows.length > WINDOW_FROM_ARROWS
      ? { top: scrollTop - MARGIN, bottom: scrollTop + clientHeight + MARGIN }
      : undefined

  // Keep the cursor in view while playing; when paused the reader scrolls freely.
  useEffect(() => {
    const box = ladderBox.current
    if (!box || !snap.playing) return
    const y = yAt(layout, snap.t)
    if (y < box.scrollTop + 20 || y > box.scrollTop + box.clientHeight - 40) {
      box.scrollTop = Math.max(0, y - box.clientHeight / 2)
    }
  }, [layout, snap.t, snap.playing])

  return (
    // Focusable so keyboard users can scroll it and use the shortcuts from here.
    <div ref={ladderBox} className={styles.ladderScroll} tabIndex={0} role="group" aria-labelledby={labelId}>
      <LadderSvg
        layout={layout}
        messages={m}
        t={snap.t}
        selected={snap.selected}
        hovered={snap.hovered}
        onSelect={onSelect}
        onHover={onHover}
        idPrefix={idPrefix}
        band={band}
      />
      <LadderKeys
        layout={layout}
        records={view.records}
        t={snap.t}
        selected={snap.selected}
        messages={m}
        onHover={onHover}
        onActivate={onActivate}
        band={band}
      />
    </div>
  )
}

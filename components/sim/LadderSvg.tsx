/**
 * The ladder (sequence) diagram as SVG. No hooks and no state: the server renders it once for the
 * static first paint, and the player re-renders it with a playback cursor and selection.
 */
import { format } from '@/lib/i18n/define'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { formatTime, seconds } from '@/lib/sim-view/format'
import { arrowAt, yAt, type LadderArrow, type LadderLayout } from '@/lib/sim-view/ladder-layout'
import { arrowsMeeting, sentCount } from '@/lib/sim-view/ladder-window'
import styles from './sim.module.css'

interface Props {
  layout: LadderLayout
  messages: SimMessages
  /** Playback cursor; undefined draws the whole run (the static view). */
  t?: number
  selected?: number
  hovered?: number
  onSelect?: (segmentId: number) => void
  onHover?: (segmentId: number | undefined) => void
  idPrefix: string
  /**
   * Only what meets this vertical band is drawn (the part of a tall ladder its scroll box shows);
   * undefined draws everything.
   */
  band?: { top: number; bottom: number }
}

/** Room above and below a mark for its text (an arrow's label sits over its midpoint). */
const TEXT_ROOM = 40

const meets = (band: Props['band'], y1: number, y2: number) =>
  !band || (Math.max(y1, y2) + TEXT_ROOM >= band.top && Math.min(y1, y2) - TEXT_ROOM <= band.bottom)

const HEAD = 7

/** The arrows sent by `now` whose index range meets the band (all sent ones without a band). */
function inView(layout: LadderLayout, band: Props['band'], now: number): readonly LadderArrow[] {
  const count = sentCount(layout, now)
  const [from, to] = band ? arrowsMeeting(layout, band, TEXT_ROOM, count) : [0, count]
  return from === 0 && to === layout.arrows.length ? layout.arrows : layout.arrows.slice(from, to)
}

/** A filled triangle pointing from (x1,y1) to (x2,y2). */
function head(x1: number, y1: number, x2: number, y2: number): string {
  const a = Math.atan2(y2 - y1, x2 - x1)
  const p = (da: number) => `${x2 - HEAD * Math.cos(a + da)},${y2 - HEAD * Math.sin(a + da)}`
  return `${x2},${y2} ${p(0.45)} ${p(-0.45)}`
}

/**
 * Where a time break's label goes: midway between the first two lifelines (or the middle), and
 * whether there is room there for the ornaments around the time (three lifelines on a phone).
 */
function breakLabel(layout: LadderLayout): { x: number; ornate: boolean } {
  const [a, b] = layout.columns
  if (!a || !b) return { x: layout.width / 2, ornate: true }
  return { x: (a.x + b.x) / 2, ornate: b.x - a.x >= 120 }
}

function Arrow({
  arrow,
  x2,
  y2,
  done,
  selected,
  hovered,
  onSelect,
  onHover,
}: {
  arrow: LadderArrow
  x2: number
  y2: number
  done: boolean
  selected: boolean
  hovered: boolean
  onSelect?: (id: number) => void
  onHover?: (id: number | undefined) => void
}) {
  const lost = arrow.fate === 'dropped' || arrow.fate === 'in-flight'
  const cls = [
    styles.arrow,
    lost ? styles.lost : '',
    arrow.fate === 'discarded' ? styles.discarded : '',
    selected ? styles.selected : '',
    hovered ? styles.hovered : '',
  ].join(' ')
  const mx = (arrow.x1 + arrow.x2) / 2
  // A sloped shaft rises toward one end of a centred label: lift the label by as much as the shaft
  // rises under half its numbers line (~48 px), so the shaft does not strike "seq=… ack=…" through.
  const lift = Math.min(
    12,
    Math.round((Math.abs(arrow.y2 - arrow.y1) / Math.max(1, Math.abs(arrow.x2 - arrow.x1))) * 48),
  )
  const my = (arrow.y1 + arrow.y2) / 2 - lift
  const ltr = arrow.x2 >= arrow.x1
  return (
    <g
      className={cls}
      data-segment={arrow.segmentId}
      onClick={onSelect ? () => onSelect(arrow.segmentId) : undefined}
      onMouseEnter={onHover ? () => onHover(arrow.segmentId) : undefined}
      onMouseLeave={onHover ? () => onHover(undefined) : undefined}
    >
      {/* A wide transparent stroke makes a thin arrow easy to point at. */}
      <line className={styles.hit} x1={arrow.x1} y1={arrow.y1} x2={x2} y2={y2} />
      <line className={styles.shaft} x1={arrow.x1} y1={arrow.y1} x2={x2} y2={y2} />
      {done && arrow.fate === 'dropped' ? (
        <path
          className={styles.cross}
          d={`M${x2 - 6},${y2 - 6}L${x2 + 6},${y2 + 6}M${x2 - 6},${y2 + 6}L${x2 + 6},${y2 - 6}`}
        />
      ) : (
        <polygon className={styles.head} points={head(arrow.x1, arrow.y1, x2, y2)} />
      )}
      {done ? (
        <text
          className={styles.label}
          x={lost ? (arrow.x1 + x2) / 2 : mx}
          y={(lost ? (arrow.y1 + y2) / 2 : my) - 14}
          textAnchor={lost ? (ltr ? 'start' : 'end') : 'middle'}
        >
          <tspan className={styles.flags}>{arrow.label}</tspan>
          <tspan x={lost ? (arrow.x1 + x2) / 2 : mx} dy="11">
            {arrow.numbers}
          </tspan>
          {arrow.tags ? (
            <tspan className={styles.tag} x={lost ? (arrow.x1 + x2) / 2 : mx} dy="-22">
              {arrow.tags}
            </tspan>
          ) : null}
        </text>
      ) : null}
    </g>
  )
}

export function LadderSvg({
  layout,
  messages: m,
  t,
  selected,
  hovered,
  onSelect,
  onHover,
  idPrefix,
  band,
}: Props) {
  const now = t ?? Infinity
  const hosts = layout.columns.map((c) => c.host).join(' ↔ ')
  const titleId = `${idPrefix}-ladder-title`
  const descId = `${idPrefix}-ladder-desc`
  const label = breakLabel(layout)
  return (
    <svg
      className={styles.ladder}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{m.ladder}</title>
      <desc id={descId}>{format(m.ladderDesc, { hosts })}</desc>
      {layout.columns.map((c) => (
        <g key={c.host}>
          <rect className={styles.hostBox} x={c.x - 44} y={8} width={88} height={26} rx={6} />
          <text className={styles.hostName} x={c.x} y={25} textAnchor="middle">
            {c.host}
          </text>
          <line className={styles.lifeline} x1={c.x} y1={34} x2={c.x} y2={layout.height - 8} />
        </g>
      ))}
      {layout.breaks
        .filter((b) => meets(band, b.y, b.y))
        .map((b) => (
          <g key={b.y} className={styles.break}>
            {layout.columns.map((c) => (
              <path key={c.host} d={`M${c.x - 8},${b.y - 2}l16,-5M${c.x - 8},${b.y + 5}l16,-5`} />
            ))}
            {/* Between the first two lifelines, so a third one (an attacker's) does not run through it. */}
            <text x={label.x} y={b.y + 4} textAnchor="middle">
              {label.ornate ? `⋯ ${formatTime(b.ms)} ⋯` : formatTime(b.ms)}
            </text>
          </g>
        ))}
      {layout.timers
        .filter((tb) => tb.bar.start <= now && meets(band, tb.y1, tb.y2))
        .map((tb, i) => {
          const y2 = Math.min(tb.y2, t === undefined ? tb.y2 : Math.max(tb.y1, yAt(layout, now)))
          return (
            <rect
              key={i}
              className={`${styles.timer} ${styles[`timer-${tb.bar.kind}`] ?? ''} ${tb.bar.outcome === 'pending' ? styles.pending : ''}`}
              x={tb.x - 2}
              y={tb.y1}
              width={4}
              height={Math.max(1, y2 - tb.y1)}
            >
              <title>{`${tb.bar.host}: ${m[`timer_${tb.bar.kind}`]} ${formatTime(tb.bar.start)} → ${formatTime(tb.bar.end)} (${tb.bar.outcome})`}</title>
            </rect>
          )
        })}
      {layout.states
        .filter((s) => s.at <= now && meets(band, s.y, s.y))
        .map((s, i) => (
          <text
            key={i}
            className={styles.stateMark}
            x={s.x - (s.anchor === 'end' ? 10 : -10)}
            y={s.y + 4}
            textAnchor={s.anchor}
          >
            {s.state}
          </text>
        ))}
      {/* Only the arrows sent by now that meet the band: O(what is shown) per frame (issue #17). */}
      {inView(layout, band, now).map((a) => {
        const drawn = meets(band, a.y1, a.y2) ? arrowAt(layout, a, now) : null
        if (!drawn) return null
        const time = layout.showTimes && (
          <text key={`t${a.segmentId}`} className={styles.time} x={2} y={a.y1 + 3}>
            {seconds(a.sentAt)}
          </text>
        )
        return [
          time,
          <Arrow
            key={a.segmentId}
            arrow={a}
            {...drawn}
            selected={selected === a.segmentId}
            hovered={hovered === a.segmentId}
            onSelect={onSelect}
            onHover={onHover}
          />,
        ]
      })}
      {t !== undefined ? (
        <line className={styles.cursor} x1={0} x2={layout.width} y1={yAt(layout, t)} y2={yAt(layout, t)} />
      ) : null}
    </svg>
  )
}

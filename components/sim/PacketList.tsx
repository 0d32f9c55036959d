/**
 * Wireshark's packet list for the segments sent so far. A SYN flood sends thousands, so only the
 * rows in view (plus a few either side) are in the DOM: rows have one fixed height and blank rows
 * stand in for the rest, while aria-rowcount and aria-rowindex tell screen readers where they are.
 *
 * Each row's number is a toggle button and the buttons share one tab stop: ↑ ↓, Page Up/Down,
 * Home and End move the selection (scrolling it into view) and focus with it. Hovering a row
 * highlights the same segment in the ladder and the time–sequence graph; a selection made in
 * another view scrolls its row into view here.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { formatWiresharkTime } from '@/lib/sim-view/format'
import { type PacketRow } from '@/lib/sim-view/packet-list'
import { rowForKey, rowsPerPage, rowWindow, scrollToReveal } from '@/lib/sim-view/row-window'
import { useScrollBox } from './useScrollBox'
import styles from './sim.module.css'

interface Props {
  rows: readonly PacketRow[]
  selected?: number
  hovered?: number
  onSelect: (segmentId: number | undefined) => void
  onHover: (segmentId: number | undefined) => void
  messages: SimMessages
  labelId: string
}

/** Every body row's height in CSS pixels, as sim.module.css `.packetRow td` sets it. */
const PACKET_ROW_HEIGHT = 24
const OVERSCAN = 8
/** The box's height before it is measured: 14rem, as in sim.module.css `.packetScroll`. */
const INITIAL_BOX_HEIGHT = 224

export function PacketList({ rows, selected, hovered, onSelect, onHover, messages: m, labelId }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const head = useRef<HTMLTableSectionElement>(null)
  const { scrollTop, clientHeight } = useScrollBox(box, INITIAL_BOX_HEIGHT)
  const [headHeight, setHeadHeight] = useState(PACKET_ROW_HEIGHT)
  // CSS fixes the height, but page styles or zoom can round it: the rendered height is the truth.
  const [rowHeight, setRowHeight] = useState(PACKET_ROW_HEIGHT)
  // The row whose button should take focus once it is rendered (keyboard moves only).
  const focusNext = useRef<number | undefined>(undefined)

  useLayoutEffect(() => {
    if (head.current) setHeadHeight(head.current.getBoundingClientRect().height)
  }, [])
  // Measured once the first row exists, not on every step: reading a rendered height forces a
  // layout, and a step used to pay for one whenever it handed this list a new rows array (#16).
  const hasRows = rows.length > 0
  useLayoutEffect(() => {
    if (!hasRows) return
    const row = box.current?.querySelector('tbody tr[data-segment]')
    const h = row?.getBoundingClientRect().height
    if (h && h !== rowHeight) setRowHeight(h)
  }, [hasRows, rowHeight])

  // Body coordinates: the sticky header covers the top of the box.
  const geometry = {
    count: rows.length,
    rowHeight,
    viewport: Math.max(rowHeight, clientHeight - headHeight),
    overscan: OVERSCAN,
  }
  const win = rowWindow(scrollTop, geometry)
  const selectedIndex = selected === undefined ? -1 : rows.findIndex((r) => r.segmentId === selected)
  // One tab stop: the selected row when rendered, else the first row on screen.
  const firstVisible = Math.min(win.end - 1, Math.max(win.start, Math.floor(scrollTop / rowHeight)))
  const tabStop =
    selectedIndex >= win.start && selectedIndex < win.end ? selected : rows[firstVisible]?.segmentId

  // Whichever view made the selection, its row comes into view (the reader's own scrolling is
  // left alone until the selection changes again).
  useEffect(() => {
    const el = box.current
    if (!el || selectedIndex < 0) return
    const top = scrollToReveal(selectedIndex, el.scrollTop, {
      rowHeight,
      viewport: Math.max(rowHeight, el.clientHeight - headHeight),
    })
    if (top !== undefined) el.scrollTop = top
  }, [selectedIndex, headHeight, rowHeight])

  useLayoutEffect(() => {
    if (focusNext.current === undefined) return
    const button = box.current?.querySelector<HTMLButtonElement>(
      `tr[data-segment="${focusNext.current}"] button`,
    )
    if (button) {
      focusNext.current = undefined
      button.focus({ preventScroll: true })
    }
  })

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    const rowEl = (e.target as HTMLElement).closest('tr[data-segment]')
    if (!rowEl) return
    const current = rows.findIndex((r) => String(r.segmentId) === rowEl.getAttribute('data-segment'))
    const next = rowForKey(e.key, current, rows.length, rowsPerPage(geometry))
    if (next === undefined) return
    e.preventDefault()
    e.stopPropagation()
    focusNext.current = rows[next].segmentId
    onSelect(rows[next].segmentId)
  }

  return (
    <div ref={box} className={styles.packetScroll}>
      <table className={styles.packets} aria-labelledby={labelId} aria-rowcount={rows.length + 1}>
        <colgroup>
          <col className={styles.colNo} />
          <col className={styles.colTime} />
          <col className={styles.colHost} />
          <col className={styles.colHost} />
          <col />
        </colgroup>
        <thead ref={head}>
          <tr aria-rowindex={1}>
            <th scope="col">{m.colNo}</th>
            <th scope="col">{m.colTime}</th>
            <th scope="col">{m.colSource}</th>
            <th scope="col">{m.colDestination}</th>
            <th scope="col">{m.colInfo}</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {win.padTop ? <Spacer height={win.padTop} /> : null}
          {rows.slice(win.start, win.end).map((r, i) => (
            <tr
              key={r.segmentId}
              data-segment={r.segmentId}
              aria-rowindex={win.start + i + 2}
              className={[
                styles.packetRow,
                selected === r.segmentId ? styles.rowSelected : '',
                hovered === r.segmentId ? styles.rowHovered : '',
                r.fate === 'dropped' ? styles.rowLost : '',
                r.analysis.length ? styles.rowExpert : '',
              ].join(' ')}
              onMouseEnter={() => onHover(r.segmentId)}
              onMouseLeave={() => onHover(undefined)}
              onClick={() => onSelect(r.segmentId)}
            >
              <td>
                <button
                  type="button"
                  className={styles.rowButton}
                  tabIndex={r.segmentId === tabStop ? 0 : -1}
                  aria-pressed={selected === r.segmentId}
                  onClick={(e) => {
                    e.stopPropagation()
                    onSelect(selected === r.segmentId ? undefined : r.segmentId)
                  }}
                  onFocus={() => onHover(r.segmentId)}
                  onBlur={() => onHover(undefined)}
                >
                  {r.no}
                </button>
              </td>
              <td>{formatWiresharkTime(r.time)}</td>
              <td title={r.sourceHost}>{r.source}</td>
              <td title={r.destinationHost}>{r.destination}</td>
              <td className={styles.info} title={r.info}>
                {r.info}
              </td>
            </tr>
          ))}
          {win.padBottom ? <Spacer height={win.padBottom} /> : null}
        </tbody>
      </table>
    </div>
  )
}

/** Blank space for rows not rendered; hidden from assistive technology, which uses aria-rowindex. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className={styles.spacer}>
      <td colSpan={5} style={{ height }} />
    </tr>
  )
}

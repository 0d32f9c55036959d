/**
 * Wireshark's packet list for the segments sent so far. Each row's number is a toggle button, so
 * selecting a packet works from the keyboard; hovering a row highlights the same segment in the
 * ladder and the time–sequence graph.
 */
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { formatWiresharkTime } from '@/lib/sim-view/format'
import { type PacketRow } from '@/lib/sim-view/packet-list'
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

export function PacketList({ rows, selected, hovered, onSelect, onHover, messages: m, labelId }: Props) {
  return (
    <div className={styles.packetScroll}>
      <table className={styles.packets} aria-labelledby={labelId}>
        <thead>
          <tr>
            <th scope="col">{m.colNo}</th>
            <th scope="col">{m.colTime}</th>
            <th scope="col">{m.colSource}</th>
            <th scope="col">{m.colDestination}</th>
            <th scope="col">{m.colInfo}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.segmentId}
              data-segment={r.segmentId}
              className={[
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
              <td className={styles.info}>{r.info}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

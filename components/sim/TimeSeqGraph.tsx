/**
 * tcptrace-style time–sequence graph for one direction: each data segment is a vertical bar from
 * its first to its last relative sequence number at its send time (retransmissions and losses in
 * their own colours), and the ACKs its sender received form a step line underneath.
 */
import { format } from '@/lib/i18n/define'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { formatTime } from '@/lib/sim-view/format'
import { type TimeSeqSeries } from '@/lib/sim-view/time-sequence'
import styles from './sim.module.css'

const W = 320
const H = 200
const L = 44
const B = 26

interface Props {
  series: TimeSeqSeries
  t: number
  selected?: number
  hovered?: number
  onSelect: (id: number) => void
  messages: SimMessages
}

export function TimeSeqGraph({ series, t, selected, hovered, onSelect, messages: m }: Props) {
  const t0 = series.tMin
  const t1 = Math.max(series.tMax, t0 + 1)
  const x = (at: number) => L + ((at - t0) / (t1 - t0)) * (W - L - 10)
  const y = (s: number) => H - B - (s / series.maxSeq) * (H - B - 10)
  const acks = series.acks.filter((a) => a.t <= t)
  const ackPath = acks
    .map((a, i) => `${i ? `L${x(a.t)},${y(acks[i - 1].ack)}` : `M${x(a.t)},${y(0)}`}L${x(a.t)},${y(a.ack)}`)
    .join('')
  return (
    <svg className={styles.tseq} viewBox={`0 0 ${W} ${H}`} role="img">
      <title>{format(m.timeSeqDesc, { host: series.sender })}</title>
      <line className={styles.axis} x1={L} y1={H - B} x2={W - 10} y2={H - B} />
      <line className={styles.axis} x1={L} y1={10} x2={L} y2={H - B} />
      <text className={styles.axisText} x={L - 4} y={y(series.maxSeq) + 4} textAnchor="end">
        {series.maxSeq}
      </text>
      <text className={styles.axisText} x={L - 4} y={H - B} textAnchor="end">
        0
      </text>
      <text className={styles.axisText} x={L} y={H - 8}>
        {formatTime(t0)}
      </text>
      <text className={styles.axisText} x={W - 10} y={H - 8} textAnchor="end">
        {formatTime(t1)}
      </text>
      <path className={styles.ackLine} d={ackPath} />
      {series.data
        .filter((d) => d.t <= t)
        .map((d) => (
          <g
            key={d.segmentId}
            className={[
              styles.tsBar,
              d.retransmission ? styles.tsRetrans : '',
              d.fate === 'dropped' ? styles.tsLost : '',
              selected === d.segmentId || hovered === d.segmentId ? styles.tsOn : '',
            ].join(' ')}
            onClick={() => onSelect(d.segmentId)}
          >
            <line x1={x(d.t)} x2={x(d.t)} y1={y(d.start)} y2={y(d.end)} />
            <line x1={x(d.t) - 3} x2={x(d.t) + 3} y1={y(d.end)} y2={y(d.end)} />
            <title>{`#${d.segmentId} ${d.start}–${d.end} ${formatTime(d.t)}`}</title>
          </g>
        ))}
    </svg>
  )
}

/**
 * The listener's two queues: gauges for the lengths at the cursor and a step chart over the run.
 * Linux counts a queue full only when its length exceeds the backlog, so the gauge scale goes one
 * past the backlog and the backlog line is drawn inside it.
 */
import { memo } from 'react'
import { format } from '@/lib/i18n/define'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { formatTime } from '@/lib/sim-view/format'
import { queueAt, type QueueSeries } from '@/lib/sim-view/queues'
import styles from './sim.module.css'

const W = 300
const H = 110
const PAD = 24

function Gauge({
  name,
  n,
  backlog,
  template,
}: {
  name: string
  n: number
  backlog: number
  template: string
}) {
  const max = backlog + 1
  return (
    <div className={styles.gauge}>
      <span>{format(template, { name, n, backlog })}</span>
      <meter min={0} max={max} value={Math.min(n, max)} high={backlog} optimum={0} aria-label={name} />
    </div>
  )
}

export const QueuePanel = memo(function QueuePanel({
  series,
  t,
  messages: m,
}: {
  series: QueueSeries
  t: number
  messages: SimMessages
}) {
  const now = queueAt(series, t)
  const pts = series.points
  const t0 = pts[0]?.at ?? 0
  const t1 = Math.max(t0 + 1, pts.at(-1)?.at ?? 0)
  const x = (at: number) => PAD + ((at - t0) / (t1 - t0)) * (W - 2 * PAD)
  const y = (v: number) => H - PAD + 8 - (v / series.max) * (H - PAD - 8)
  const step = (key: 'synQueue' | 'acceptQueue') =>
    pts
      .filter((p) => p.at <= t)
      .map(
        (p, i, arr) =>
          `${i ? 'L' : 'M'}${x(p.at)},${y(i ? arr[i - 1][key] : p[key])}L${x(p.at)},${y(p[key])}`,
      )
      .join('') + (now ? `L${x(Math.min(t, t1))},${y(now[key])}` : '')
  return (
    <div className={styles.queues}>
      <Gauge
        name={m.synQueue}
        n={now?.synQueue ?? 0}
        backlog={now?.backlog ?? pts[0]?.backlog ?? 0}
        template={m.queueOf}
      />
      <Gauge
        name={m.acceptQueue}
        n={now?.acceptQueue ?? 0}
        backlog={now?.backlog ?? pts[0]?.backlog ?? 0}
        template={m.queueOf}
      />
      <svg viewBox={`0 0 ${W} ${H}`} className={styles.queueChart} role="img">
        <title>{format(m.queueChart, { host: series.host, port: series.port })}</title>
        <line className={styles.axis} x1={PAD} y1={H - PAD + 8} x2={W - PAD} y2={H - PAD + 8} />
        <line className={styles.axis} x1={PAD} y1={8} x2={PAD} y2={H - PAD + 8} />
        {now ? (
          <line
            className={styles.backlogLine}
            x1={PAD}
            x2={W - PAD}
            y1={y(now.backlog)}
            y2={y(now.backlog)}
          />
        ) : null}
        <path className={styles.synLine} d={step('synQueue')} />
        <path className={styles.acceptLine} d={step('acceptQueue')} />
        <text className={styles.axisText} x={PAD - 4} y={y(series.max) + 4} textAnchor="end">
          {series.max}
        </text>
        <text className={styles.axisText} x={PAD} y={H - 4}>
          {formatTime(t0)}
        </text>
        <text className={styles.axisText} x={W - PAD} y={H - 4} textAnchor="end">
          {formatTime(t1)}
        </text>
      </svg>
      <p className={styles.legend}>
        <span className={styles.synKey}>■</span> {m.synQueue} <span className={styles.acceptKey}>■</span>{' '}
        {m.acceptQueue} <span className={styles.backlogKey}>┄</span>{' '}
        {format(m.backlog, { n: now?.backlog ?? '' })}
      </p>
    </div>
  )
})

/** Header fields of the selected segment, in Wireshark's packet-details layout. */
import { memo } from 'react'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { type DetailRow } from '@/lib/sim-view/detail'
import styles from './sim.module.css'

export const PacketDetail = memo(function PacketDetail({
  rows,
  messages: m,
  labelledBy,
}: {
  rows: readonly DetailRow[] | undefined
  messages: SimMessages
  /** The id of the pane's heading, which names the scroll box. */
  labelledBy: string
}) {
  if (!rows) return <p className={styles.muted}>{m.noPacket}</p>
  return (
    // A long header (options, analysis) scrolls, so keyboard users must be able to reach the box.
    <div className={styles.detailScroll} tabIndex={0} role="group" aria-labelledby={labelledBy}>
      <dl className={styles.detail}>
        {rows.map((r, i) => (
          <div key={i} className={styles[`detail-${r.group}`]}>
            {r.field ? <dt>{r.field}</dt> : null}
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
})

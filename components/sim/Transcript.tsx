/** The ladder told as text up to the cursor, for screen readers and for copying. */
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { type TranscriptLine } from '@/lib/sim-view/transcript'
import styles from './sim.module.css'

export function Transcript({
  lines,
  t,
  messages: m,
}: {
  lines: readonly TranscriptLine[]
  t: number
  messages: SimMessages
}) {
  const shown = lines.filter((l) => l.at <= t)
  return (
    <details className={styles.transcript}>
      <summary>{m.transcript}</summary>
      <ol>
        {shown.map((l, i) => (
          <li key={i}>{l.text}</li>
        ))}
      </ol>
    </details>
  )
}

/**
 * The ladder told as text up to the cursor, for screen readers and for copying. A SYN flood's
 * transcript is thousands of lines, so they are rendered only while the disclosure is open (a
 * closed <details> would still cost React and the DOM every line on every step), and the component
 * is memoized so a hover elsewhere in the player does not re-render it (issue #16).
 */
import { memo, useState } from 'react'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { type TranscriptLine } from '@/lib/sim-view/transcript'
import styles from './sim.module.css'

export const Transcript = memo(function Transcript({
  lines,
  t,
  messages: m,
}: {
  lines: readonly TranscriptLine[]
  t: number
  messages: SimMessages
}) {
  const [open, setOpen] = useState(false)
  return (
    <details className={styles.transcript} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{m.transcript}</summary>
      {open ? (
        <ol>
          {lines
            .filter((l) => l.at <= t)
            .map((l, i) => (
              <li key={i}>{l.text}</li>
            ))}
        </ol>
      ) : null}
    </details>
  )
})

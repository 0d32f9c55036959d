/**
 * The ladder told as text up to the cursor, for screen readers and for copying. A SYN flood's
 * transcript is thousands of lines, so they are built and rendered only once the disclosure is
 * opened (a closed <details> would still cost the text of every event when a run loads, and React
 * and the DOM every line on every step), and the component is memoized so a hover elsewhere in
 * the player does not re-render it (issue #16).
 */
import { memo, useMemo, useState } from 'react'
import { type Locale } from '@/lib/i18n/locales'
import { type SimMessages } from '@/lib/i18n/messages/sim'
import { type ViewModel } from '@/lib/sim-view/model'
import { transcript } from '@/lib/sim-view/transcript'
import styles from './sim.module.css'

export const Transcript = memo(function Transcript({
  view,
  t,
  messages: m,
  locale,
}: {
  view: ViewModel
  t: number
  messages: SimMessages
  locale: Locale
}) {
  const [open, setOpen] = useState(false)
  const lines = useMemo(
    () => (open ? transcript(view.trace, view.records, view.rel, view.analysis, m, locale) : []),
    [open, view, m, locale],
  )
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

/** The what-if changes in force, and the control that restores the scenario as written. */
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simExtrasMessages } from '@/lib/i18n/messages/sim-extras'
import { formatTime } from '@/lib/sim-view/format'
import { type AppliedWhatIf } from './WhatIfMenu'
import styles from './whatif.module.css'

interface Props {
  whatIfs: readonly AppliedWhatIf[]
  onReset: () => void
  locale: Locale
}

export function WhatIfBar({ whatIfs, onReset, locale }: Props) {
  const m = simExtrasMessages[locale]
  if (!whatIfs.length) return null
  return (
    <div className={styles.bar} role="status">
      <span>{format(m.whatIfApplied, { count: whatIfs.length, t: formatTime(whatIfs.at(-1)!.at) })}</span>
      <ul>
        {whatIfs.map((w, i) => (
          <li key={i}>{w.description}</li>
        ))}
      </ul>
      <button type="button" onClick={onReset}>
        {m.whatIfReset}
      </button>
    </div>
  )
}

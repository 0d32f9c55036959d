/**
 * The "what if" menu for the selected segment: drop it, delay it by N ms, or duplicate it. The
 * fault is derived from the trace (lib/sim-view/what-if), so it hits exactly this segment when the
 * scenario runs again; the caller owns the list of applied faults.
 */
import { useId, useState } from 'react'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simExtrasMessages } from '@/lib/i18n/messages/sim-extras'
import { type ViewModel } from '@/lib/sim-view/model'
import { faultForSegment, type TargetedFault, type WhatIfAction } from '@/lib/sim-view/what-if'
import styles from './whatif.module.css'

export interface AppliedWhatIf {
  readonly fault: TargetedFault
  /** When the picked segment was sent: the re-run opens there. */
  readonly at: number
  readonly description: string
}

interface Props {
  model: ViewModel
  segmentId: number
  locale: Locale
  onApply: (whatIf: AppliedWhatIf) => void
}

export function WhatIfMenu({ model, segmentId, locale, onApply }: Props) {
  const m = simExtrasMessages[locale]
  const id = useId()
  const [delayMs, setDelayMs] = useState(500)
  const index = model.records.findIndex((r) => r.id === segmentId)
  if (index < 0) return null
  const no = index + 1
  const apply = (action: WhatIfAction, description: string) => {
    const fault = faultForSegment(model.trace, segmentId, action)
    if (fault) onApply({ fault, at: model.records[index].sentAt, description })
  }
  const reachable = faultForSegment(model.trace, segmentId, { kind: 'drop' }) !== undefined
  return (
    <div role="group" aria-labelledby={`${id}-h`} aria-describedby={`${id}-help`} className={styles.menu}>
      <p id={`${id}-h`} className={styles.title}>
        {format(m.whatIf, { no })}
      </p>
      <p id={`${id}-help`} className={styles.help}>
        {reachable ? m.whatIfHelp : m.whatIfUnreachable}
      </p>
      {reachable ? (
        <div className={styles.actions}>
          <button type="button" onClick={() => apply({ kind: 'drop' }, format(m.whatIfDescDrop, { no }))}>
            {m.whatIfDrop}
          </button>
          <span className={styles.delay}>
            <label htmlFor={`${id}-ms`}>{m.whatIfDelayMs}</label>
            <input
              id={`${id}-ms`}
              type="number"
              min={1}
              max={600_000}
              step={100}
              value={delayMs}
              onChange={(e) => setDelayMs(Math.max(1, Math.round(Number(e.target.value) || 1)))}
            />
            <button
              type="button"
              onClick={() =>
                apply({ kind: 'delay', delayMs }, format(m.whatIfDescDelay, { no, ms: delayMs }))
              }
            >
              {m.whatIfDelay}
            </button>
          </span>
          <button
            type="button"
            onClick={() => apply({ kind: 'duplicate' }, format(m.whatIfDescDuplicate, { no }))}
          >
            {m.whatIfDuplicate}
          </button>
        </div>
      ) : null}
    </div>
  )
}

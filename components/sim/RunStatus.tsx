'use client'
/**
 * What the engine's worker is doing, in words: running (with the events so far and a Cancel),
 * cancelled (with Run again), or a finished run that reached the simulation's budget.
 */
import { Button } from '@/components/ui/Button'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simMessages } from '@/lib/i18n/messages/sim'
import { type RunStop } from '@/lib/tcp'
import { type EngineRun } from './useEngineRun'
import styles from './sim.module.css'

export function RunStatus({ engine, locale }: { engine: EngineRun; locale: Locale }) {
  const m = simMessages[locale]
  const { status } = engine
  if (status.phase === 'running')
    return (
      <>
        {status.stop ? <BudgetNote stop={status.stop} locale={locale} /> : null}
        <div className={styles.runStatus} role="status">
          <progress aria-label={m.loading} />
          <span>{format(status.stop ? m.preparing : m.running, { n: count(status.events, locale) })}</span>
          <Button variant="secondary" onClick={engine.cancel}>
            {m.cancel}
          </Button>
        </div>
      </>
    )
  if (status.phase === 'cancelled')
    return (
      <div className={styles.runStatus} role="status">
        <span>{m.cancelled}</span>
        <Button variant="secondary" onClick={engine.retry}>
          {m.runAgain}
        </Button>
      </div>
    )
  const run = engine.shown?.run
  return run?.ok ? <BudgetNote stop={run.stop} locale={locale} /> : null
}

/** Says so when a run was stopped by the event budget or the step cap. */
function BudgetNote({ stop, locale }: { stop: RunStop; locale: Locale }) {
  if (stop.stopped !== 'event-budget' && stop.stopped !== 'step-limit') return null
  const m = simMessages[locale]
  const text = stop.stopped === 'event-budget' ? m.eventBudget : m.stepBudget
  return (
    <p className={`${styles.runStatus} ${styles.error}`} role="status">
      {format(text, { n: count(stop.limit, locale) })}
    </p>
  )
}

const count = (n: number, locale: Locale) => n.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US')

'use client'
/**
 * Runs the scenario in the browser and shows the views engineer's player on its trace, with the
 * scenario's declared expectations as ✓/✗, said in the reader's language. Loaded without SSR: the engine runs only on the client.
 */
import { useMemo } from 'react'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { playgroundMessages } from '@/lib/i18n/messages/playground'
import { describeActual, describeExpectation } from '@/lib/playground/describe-expectation'
import { buildViewModel } from '@/lib/sim-view/model'
import { runScenario, type ScenarioInput } from '@/lib/tcp'
import { SimulationPlayer } from '@/components/sim/SimulationPlayer'
import styles from './playground.module.css'

/** Enough for a SYN flood of tens of thousands of segments, small enough to keep a tab responsive. */
const MAX_STEPS = 300_000

function simulate(scenario: ScenarioInput) {
  try {
    const r = runScenario(scenario, { maxSteps: MAX_STEPS })
    return {
      ok: true as const,
      model: buildViewModel(r.trace, r.scenario),
      expectations: r.expectations,
      stopped: r.stopped,
    }
  } catch (e) {
    return { ok: false as const, message: e instanceof Error ? e.message : String(e) }
  }
}

export default function RunResult({ scenario, locale }: { scenario: ScenarioInput; locale: Locale }) {
  const m = playgroundMessages[locale]
  const run = useMemo(() => simulate(scenario), [scenario])
  if (!run.ok) return <p className={styles.issue}>{format(m.runError, { message: run.message })}</p>
  return (
    <>
      {run.stopped === 'step-limit' ? (
        <p className={styles.issue}>{format(m.stepLimit, { n: MAX_STEPS })}</p>
      ) : null}
      <h3>{m.expectations}</h3>
      {run.expectations.length === 0 ? (
        <p className={styles.hint}>{m.noExpectations}</p>
      ) : (
        <ul className={styles.expectations} aria-label={m.expectations}>
          {run.expectations.map((e, i) => (
            <li key={i} className={e.pass ? styles.pass : styles.fail}>
              <span aria-hidden="true">{e.pass ? '✓' : '✗'}</span>{' '}
              <span className="visually-hidden">{e.pass ? m.expectMet : m.expectFailed}: </span>
              {describeExpectation(e.expectation, m)}
              {e.pass ? null : (
                <span className={styles.hint}>
                  {' '}
                  — {format(m.expectActual, { actual: describeActual(e.actual, m) })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <SimulationPlayer model={run.model} locale={locale} />
    </>
  )
}

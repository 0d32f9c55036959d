'use client'
/**
 * Runs the scenario in the engine's Web Worker and shows the views engineer's player on its
 * trace, with the scenario's declared expectations as ✓/✗, said in the reader's language. Loaded
 * without SSR: the engine runs only on the client, and never on the page's main thread, so even a
 * hostile shared link leaves the page responsive and can be cancelled.
 */
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { playgroundMessages } from '@/lib/i18n/messages/playground'
import { describeActual, describeExpectation } from '@/lib/playground/describe-expectation'
import { type ExpectationResult, type ScenarioInput } from '@/lib/tcp'
import { RunStatus } from '@/components/sim/RunStatus'
import { SimulationPlayer } from '@/components/sim/SimulationPlayer'
import { useEngineRun } from '@/components/sim/useEngineRun'
import styles from './playground.module.css'

/** Enough for a SYN flood of tens of thousands of segments, small enough to keep a tab responsive. */
const MAX_STEPS = 300_000

export default function RunResult({ scenario, locale }: { scenario: ScenarioInput; locale: Locale }) {
  const m = playgroundMessages[locale]
  const engine = useEngineRun(scenario, MAX_STEPS)
  const run = engine.shown?.run
  return (
    <>
      <RunStatus engine={engine} locale={locale} />
      {run === undefined ? null : !run.ok ? (
        <p className={styles.issue}>{format(m.runError, { message: run.error })}</p>
      ) : (
        <>
          {/* A run the budget cut short proves nothing either way: RunStatus says so instead. */}
          {run.stop.stopped === 'event-budget' || run.stop.stopped === 'step-limit' ? null : (
            <Expectations results={run.expectations} m={m} />
          )}
          <SimulationPlayer model={run.model} locale={locale} />
        </>
      )}
    </>
  )
}

function Expectations({
  results,
  m,
}: {
  results: readonly ExpectationResult[]
  m: (typeof playgroundMessages)[Locale]
}) {
  return (
    <>
      <h3>{m.expectations}</h3>
      {results.length === 0 ? (
        <p className={styles.hint}>{m.noExpectations}</p>
      ) : (
        <ul className={styles.expectations} aria-label={m.expectations}>
          {results.map((e, i) => (
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
    </>
  )
}

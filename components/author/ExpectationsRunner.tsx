'use client'
/**
 * Runs each scenario a question uses with the engine in the browser (as the player does) and
 * lists its declared expectations with pass or fail: an instructor sees at once whether the
 * simulation still teaches what the text says, without the CLI.
 */
import { useEffect, useState } from 'react'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { author } from '@/lib/i18n/messages/author'
import { getScenario } from '@/lib/scenarios'
import { runScenario } from '@/lib/tcp'
import styles from './author.module.css'

type Outcome =
  | { status: 'done'; results: { description: string; pass: boolean; actual: string }[] }
  | { status: 'crashed'; error: string }

function run(id: string): Outcome {
  const source = getScenario(id)
  if (!source) return { status: 'crashed', error: `unknown scenario "${id}"` }
  try {
    const { expectations } = runScenario(source.scenario)
    return {
      status: 'done',
      results: expectations.map(({ description, pass, actual }) => ({ description, pass, actual })),
    }
  } catch (error) {
    return { status: 'crashed', error: error instanceof Error ? error.message.split('\n')[0] : String(error) }
  }
}

export function ExpectationsRunner({
  scenarioIds,
  locale,
}: {
  scenarioIds: readonly string[]
  locale: Locale
}) {
  const t = author[locale]
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({})
  useEffect(() => {
    // One scenario per task, so the page stays responsive between runs.
    const timers = scenarioIds.map((id, i) =>
      setTimeout(() => setOutcomes((previous) => ({ ...previous, [id]: run(id) })), i * 10),
    )
    return () => timers.forEach(clearTimeout)
  }, [scenarioIds])

  return (
    <section className={styles.expectations} aria-labelledby="expectations-heading">
      <h2 id="expectations-heading">{t.expectationsTitle}</h2>
      {scenarioIds.map((id) => {
        const outcome = outcomes[id]
        if (!outcome) return <p key={id}>{format(t.expectationsRunning, { scenario: id })}</p>
        if (outcome.status === 'crashed')
          return (
            <p key={id} role="alert">
              {format(t.expectationsCrashed, { scenario: id, error: outcome.error })}
            </p>
          )
        if (outcome.results.length === 0)
          return <p key={id}>{format(t.expectationsNone, { scenario: id })}</p>
        const passed = outcome.results.filter((r) => r.pass).length
        return (
          <div key={id} data-scenario={id}>
            <p>
              <strong>
                {format(t.expectationsSummary, { scenario: id, passed, total: outcome.results.length })}
              </strong>
            </p>
            <ul>
              {outcome.results.map((r, i) => (
                <li key={i}>
                  {r.pass ? '✓ ' : '✗ '}
                  <strong>{r.pass ? t.expectationPass : t.expectationFail}</strong>: {r.description}
                  {r.pass ? null : ` (${format(t.actual, { actual: r.actual })})`}
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}

/**
 * `<Simulation scenario="id" task="Try this: …" step={n} overrides={…} />` for question MDX and
 * pages. A server component: it runs the scenario once on the server to paint a static ladder, and
 * hands the same scenario to the lazily loaded interactive player.
 */
import { z } from 'zod'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simMessages } from '@/lib/i18n/messages/sim'
import { checkPredictProp, simulationProps } from '@/lib/sim-view/embed'
import { stepsOf } from '@/lib/sim-view/player'
import { runForView } from '@/lib/sim-view/run'
import { getScenario } from '@/lib/scenarios'
import { mixString } from '@/lib/tcp'
import { LazyPlayer } from './LazyPlayer'
import { PredictionError } from './prediction/PredictionError'
import { StaticLadder } from './StaticLadder'
import styles from './sim.module.css'

// MDX props are written by hand, so they are parsed like any other input. The content check holds
// them to the strict schema (lib/sim-view/embed.ts); a page ignores an unknown prop rather than break.
const pageProps = z.object(simulationProps.shape)

export function Simulation({ locale, ...props }: { locale: Locale } & Record<string, unknown>) {
  const parsed = pageProps.safeParse(props)
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ')
    throw new Error(`<Simulation scenario="${String(props.scenario)}">: invalid prop(s): ${fields}`)
  }
  const { scenario: id, task, step, overrides, title } = parsed.data
  const m = simMessages[locale]
  const source = getScenario(id)
  const run = source
    ? runForView(source.scenario, overrides)
    : { ok: false as const, error: `unknown scenario "${id}"` }
  const heading = title ?? source?.title?.[locale] ?? id
  const checked = run.ok ? checkPredictProp(parsed.data.predict, run.model) : undefined
  const prediction = typeof checked === 'string' ? { error: checked } : { predict: checked }
  // A question may place one scenario twice (with other overrides, or another prediction), so the
  // ids its heading and ladder use carry a hash of what tells the two apart.
  const variant = mixString(0, JSON.stringify([step, overrides, parsed.data.predict])).toString(36)
  const headingId = `sim-${id}-${variant}`
  return (
    <section className={styles.frame} aria-labelledby={headingId} data-scenario={id}>
      <h3 id={headingId} className={styles.frameTitle}>
        {format(m.region, { title: heading })}
      </h3>
      {task ? (
        <p className={styles.task}>
          <strong>{m.task}: </strong>
          {task.replace(/^(Try this|动手试试|试一试)\s*[:：]\s*/, '')}
        </p>
      ) : null}
      {source?.summary ? <p className={styles.summary}>{source.summary[locale]}</p> : null}
      {prediction.error ? <PredictionError message={prediction.error} locale={locale} /> : null}
      {run.ok ? (
        <LazyPlayer
          scenarioId={id}
          overrides={overrides}
          locale={locale}
          step={step}
          predict={prediction.predict}
        >
          <StaticLadder
            model={run.model}
            t={step !== undefined ? stepsOf(run.model)[step] : undefined}
            messages={m}
            locale={locale}
            idPrefix={headingId}
          />
        </LazyPlayer>
      ) : (
        <p className={styles.error}>{format(m.error, { message: run.ok ? '' : run.error })}</p>
      )}
    </section>
  )
}

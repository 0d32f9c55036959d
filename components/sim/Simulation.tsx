/**
 * `<Simulation scenario="id" task="Try this: …" step={n} overrides={…} />` for question MDX and
 * pages. A server component: it runs the scenario once on the server to paint a static ladder, and
 * hands the same scenario to the lazily loaded interactive player.
 */
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { questionPane } from '@/lib/i18n/messages/question-pane'
import { simMessages } from '@/lib/i18n/messages/sim'
import { checkPredictProp } from '@/lib/sim-view/embed'
import { stepsOf } from '@/lib/sim-view/player'
import { getScenario } from '@/lib/scenarios'
import { cachedRunForView } from '@/lib/server/view-run-cache'
import { PaneHandle } from '@/components/questions/pane/PaneHandle'
import { LazyPlayer } from './LazyPlayer'
import { placementId, placementProps } from './placement'
import { PredictionError } from './prediction/PredictionError'
import { StaticLadder } from './StaticLadder'
import styles from './sim.module.css'

export function Simulation({ locale, ...props }: { locale: Locale } & Record<string, unknown>) {
  const parsed = placementProps.safeParse(props)
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ')
    throw new Error(`<Simulation scenario="${String(props.scenario)}">: invalid prop(s): ${fields}`)
  }
  const { scenario: id, task, step, overrides, title } = parsed.data
  const m = simMessages[locale]
  const source = getScenario(id)
  const run = source
    ? cachedRunForView(id, source.scenario, overrides)
    : { ok: false as const, error: `unknown scenario "${id}"` }
  const heading = title ?? source?.title?.[locale] ?? id
  const checked = run.ok ? checkPredictProp(parsed.data.predict, run.model) : undefined
  const prediction = typeof checked === 'string' ? { error: checked } : { predict: checked }
  const headingId = placementId(parsed.data)
  const taskText = task?.replace(/^(Try this|动手试试|试一试)\s*[:：]\s*/, '')
  const player = { scenarioId: id, overrides, locale, step, predict: prediction.predict }
  return (
    <section className={styles.frame} aria-labelledby={headingId} data-scenario={id}>
      <h3 id={headingId} className={styles.frameTitle}>
        {format(m.region, { title: heading })}
      </h3>
      {taskText ? (
        <p className={styles.task}>
          <strong>{m.task}: </strong>
          {taskText}
        </p>
      ) : null}
      {source?.summary ? <p className={styles.summary}>{source.summary[locale]}</p> : null}
      {prediction.error ? <PredictionError message={prediction.error} locale={locale} /> : null}
      {run.ok ? (
        <>
          {/* Where the page has a side pane (QuestionArticle), the handle stands in for the player. */}
          <PaneHandle
            placement={{ id: headingId, heading, task: taskText, player }}
            labels={{ show: questionPane[locale].show, shown: questionPane[locale].shown }}
          />
          <div data-inflow-player="">
            <LazyPlayer {...player}>
              <StaticLadder
                model={run.model}
                t={step !== undefined ? stepsOf(run.model)[step] : undefined}
                messages={m}
                locale={locale}
                idPrefix={headingId}
              />
            </LazyPlayer>
          </div>
        </>
      ) : (
        <p className={styles.error}>{format(m.error, { message: run.ok ? '' : run.error })}</p>
      )}
    </section>
  )
}

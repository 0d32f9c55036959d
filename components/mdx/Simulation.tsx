import { z } from 'zod'
import { Simulation as SimulationPlayerEmbed } from '@/components/sim/Simulation'
import { findScenario } from '@/components/sim/scenario-source'
import { Badge } from '@/components/ui/Badge'
import { questions } from '@/lib/i18n/messages/questions'
import { type Locale } from '@/lib/i18n/locales'
import styles from './Simulation.module.css'

export const SimulationProps = z.object({
  scenario: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  task: z.string().min(1).optional(),
  step: z.coerce.number().int().nonnegative().optional(),
})

/**
 * `<Simulation scenario="id" task="Try this: …" step={n} />` in question MDX.
 *
 * PLACEHOLDER: the interactive simulation (components/sim/) is being built separately. Until it
 * lands this renders, on the server, the task and scenario id so authors can place it and readers
 * see what will be there. Swap the body for the real component; keep the props.
 */
export function Simulation({ locale, ...props }: { locale: Locale } & Record<string, unknown>) {
  const parsed = SimulationProps.safeParse(props)
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.')).join(', ')
    throw new Error(`<Simulation scenario="${String(props.scenario)}">: invalid prop(s): ${fields}`)
  }
  const { scenario, task, step } = parsed.data
  // The real player (components/sim) takes over for every scenario it can run.
  if (findScenario(scenario)) return <SimulationPlayerEmbed locale={locale} {...props} />
  const t = questions[locale]
  return (
    <figure className={styles.simulation} aria-label={t.simulationLabel} data-scenario={scenario}>
      <div className={styles.header}>
        <span className={styles.title}>{t.simulationLabel}</span>
        <Badge tone="accent">{t.simulationSoon}</Badge>
      </div>
      {task ? <p className={styles.task}>{task}</p> : null}
      <p className={styles.note}>{t.simulationPlaceholder}</p>
      <dl className={styles.meta}>
        <div>
          <dt>{t.simulationScenario}</dt>
          <dd>
            <code>{scenario}</code>
          </dd>
        </div>
        {step !== undefined ? (
          <div>
            <dt>{t.simulationStep}</dt>
            <dd>{step}</dd>
          </div>
        ) : null}
      </dl>
    </figure>
  )
}

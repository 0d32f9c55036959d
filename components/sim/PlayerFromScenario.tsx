'use client'
/** The lazily loaded half: runs the scenario in the browser and mounts the player on the result. */
import { useMemo } from 'react'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simMessages } from '@/lib/i18n/messages/sim'
import { type SimOverrides } from '@/lib/sim-view/overrides'
import { runForView } from '@/lib/sim-view/run'
import { type ScenarioInput } from '@/lib/tcp/scenario/schema'
import { SimulationPlayer } from './SimulationPlayer'
import styles from './sim.module.css'

interface Props {
  scenario: ScenarioInput
  overrides?: SimOverrides
  locale: Locale
  step?: number
}

export default function PlayerFromScenario({ scenario, overrides, locale, step }: Props) {
  const run = useMemo(() => runForView(scenario, overrides), [scenario, overrides])
  if (!run.ok)
    return <p className={styles.error}>{format(simMessages[locale].error, { message: run.error })}</p>
  return <SimulationPlayer model={run.model} locale={locale} initialStep={step} />
}

'use client'
/**
 * The lazily loaded half: looks the scenario up, applies the learner's knob values and the
 * embed's overrides, runs it in the browser and mounts the player on the result. Turning a knob
 * re-runs the engine from scratch (cheap and exact); the player keeps its place in the new run.
 */
import { useMemo, useState } from 'react'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simMessages } from '@/lib/i18n/messages/sim'
import { type SimOverrides } from '@/lib/sim-view/overrides'
import { runForView } from '@/lib/sim-view/run'
import { type KnobValue } from '@/lib/tcp/library'
import { KnobPanel } from './KnobPanel'
import { findScenario, scenarioWithKnobs } from './scenario-source'
import { SimulationPlayer } from './SimulationPlayer'
import styles from './sim.module.css'

interface Props {
  scenarioId: string
  overrides?: SimOverrides
  locale: Locale
  step?: number
}

export default function PlayerFromScenario({ scenarioId, overrides, locale, step }: Props) {
  const m = simMessages[locale]
  const source = useMemo(() => findScenario(scenarioId), [scenarioId])
  const [values, setValues] = useState<Record<string, KnobValue>>({})
  const run = useMemo(() => {
    if (!source) return { ok: false as const, error: `unknown scenario "${scenarioId}"` }
    try {
      return runForView(scenarioWithKnobs(source, values), overrides)
    } catch (e) {
      return { ok: false as const, error: e instanceof Error ? e.message : String(e) }
    }
  }, [source, scenarioId, values, overrides])
  return (
    <div className={styles.player}>
      {source && source.knobs.length ? (
        <KnobPanel knobs={source.knobs} values={values} onChange={setValues} locale={locale} />
      ) : null}
      {run.ok ? (
        <SimulationPlayer model={run.model} locale={locale} initialStep={step} />
      ) : (
        <p className={styles.error} role="alert">
          {format(m.error, { message: run.error })}
        </p>
      )}
    </div>
  )
}

'use client'
/**
 * The lazily loaded half: looks the scenario up, applies the learner's knob values and the
 * embed's overrides, runs it in the engine's Web Worker (useEngineRun) and mounts the player on
 * the result. Turning a knob re-runs the engine from scratch (cheap and exact) while the previous
 * run stays on screen; the player keeps its place in the new run.
 */
import { type ReactNode, useMemo, useState } from 'react'
import { format } from '@/lib/i18n/define'
import { type Locale } from '@/lib/i18n/locales'
import { simMessages } from '@/lib/i18n/messages/sim'
import { applyOverrides, type SimOverrides } from '@/lib/sim-view/overrides'
import { derivePrompt, type Prediction } from '@/lib/sim-view/prediction'
import { withWhatIfs } from '@/lib/sim-view/what-if'
import { getScenario, withKnobs, type KnobValue } from '@/lib/scenarios'
import { type ScenarioInput } from '@/lib/tcp'
import { ProfileCompare } from './compare/ProfileCompare'
import { KnobPanel } from './KnobPanel'
import { PcapDownload } from './PcapDownload'
import { PredictionPrompt } from './prediction/PredictionPrompt'
import { RunStatus } from './RunStatus'
import { SimulationPlayer } from './SimulationPlayer'
import { useEngineRun } from './useEngineRun'
import { WhatIfBar } from './whatif/WhatIfBar'
import { type AppliedWhatIf, WhatIfMenu } from './whatif/WhatIfMenu'
import styles from './sim.module.css'

interface Props {
  scenarioId: string
  overrides?: SimOverrides
  locale: Locale
  step?: number
  /** A prediction prompt (MDX `predict`), already checked against the scenario's own run. */
  predict?: Prediction
  /** Called when the learner checks their prediction (a review card grades itself with it). */
  onPredictionAnswer?: (answer: { choiceId: string; correct: boolean }) => void
  /** Shown until the first run arrives (the static ladder the page rendered). */
  placeholder?: ReactNode
}

type Built = { ok: true; scenario: ScenarioInput } | { ok: false; error: string }

export default function PlayerFromScenario({ scenarioId, overrides, locale, ...rest }: Props) {
  const m = simMessages[locale]
  const source = useMemo(() => getScenario(scenarioId), [scenarioId])
  const [values, setValues] = useState<Record<string, KnobValue>>({})
  // The learner's per-segment faults, counted on the run they were picked in; a knob change
  // makes a different run, so it clears them.
  const [whatIfs, setWhatIfs] = useState<readonly AppliedWhatIf[]>([])
  const built = useMemo<Built>(() => {
    if (!source) return { ok: false, error: `unknown scenario "${scenarioId}"` }
    try {
      const scenario = withWhatIfs(
        applyOverrides(withKnobs(source.id, values), overrides),
        whatIfs.map((w) => w.fault),
      )
      return { ok: true, scenario }
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) }
    }
  }, [source, scenarioId, values, overrides, whatIfs])
  return (
    <div className={styles.player}>
      {source && source.knobs.length ? (
        <KnobPanel
          knobs={source.knobs}
          values={values}
          onChange={(v) => {
            setValues(v)
            setWhatIfs([])
          }}
          locale={locale}
        />
      ) : null}
      {built.ok ? (
        <EngineRunView
          {...rest}
          scenarioId={scenarioId}
          scenario={built.scenario}
          locale={locale}
          whatIfs={whatIfs}
          onWhatIf={(w) => setWhatIfs((list) => [...list, w])}
          onResetWhatIfs={() => setWhatIfs([])}
        />
      ) : (
        <p className={styles.error} role="alert">
          {format(m.error, { message: built.error })}
        </p>
      )}
    </div>
  )
}

interface RunViewProps extends Omit<Props, 'overrides'> {
  scenario: ScenarioInput
  whatIfs: readonly AppliedWhatIf[]
  onWhatIf: (whatIf: AppliedWhatIf) => void
  onResetWhatIfs: () => void
}

/** The worker's run of the scenario, its status, and the player on the latest finished run. */
function EngineRunView({
  scenarioId,
  scenario,
  locale,
  step,
  predict,
  onPredictionAnswer,
  placeholder,
  whatIfs,
  onWhatIf,
  onResetWhatIfs,
}: RunViewProps) {
  const m = simMessages[locale]
  const engine = useEngineRun(scenario)
  const shown = engine.shown
  const run = shown?.run
  // Asked of whatever run is on screen, so the answer is always what this run did; a knob that
  // makes the question meaningless (the segment is never sent) just drops the prompt.
  const prompt = useMemo(() => {
    const derived = run?.ok && predict ? derivePrompt(run.model.trace, predict) : undefined
    return derived?.ok ? derived.prompt : undefined
  }, [run, predict])
  return (
    <>
      <RunStatus engine={engine} locale={locale} />
      {shown === undefined ? (
        placeholder
      ) : shown.run.ok ? (
        <>
          <WhatIfBar whatIfs={whatIfs} onReset={onResetWhatIfs} locale={locale} />
          <ProfileCompare scenario={shown.scenario} locale={locale} />
          <PcapDownload
            scenarioId={scenarioId}
            scenario={shown.scenario}
            hosts={shown.run.model.hosts}
            locale={locale}
          />
          <SimulationPlayer
            model={shown.run.model}
            locale={locale}
            initialStep={step}
            resumeAt={whatIfs.at(-1)?.at}
            keepPlace
            overlay={
              prompt
                ? (player, snap) => (
                    <PredictionPrompt
                      prompt={prompt}
                      player={player}
                      snap={snap}
                      locale={locale}
                      onAnswer={onPredictionAnswer}
                    />
                  )
                : undefined
            }
            segmentTools={(segmentId) =>
              shown.run.ok ? (
                <WhatIfMenu
                  model={shown.run.model}
                  segmentId={segmentId}
                  locale={locale}
                  onApply={onWhatIf}
                />
              ) : null
            }
          />
        </>
      ) : (
        <p className={styles.error} role="alert">
          {format(m.error, { message: shown.run.error })}
        </p>
      )}
    </>
  )
}

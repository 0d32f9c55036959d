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
import { applyOverrides, type SimOverrides } from '@/lib/sim-view/overrides'
import { derivePrompt, type Prediction } from '@/lib/sim-view/prediction'
import { runForView } from '@/lib/sim-view/run'
import { withWhatIfs } from '@/lib/sim-view/what-if'
import { getScenario, withKnobs, type KnobValue } from '@/lib/scenarios'
import { ProfileCompare } from './compare/ProfileCompare'
import { KnobPanel } from './KnobPanel'
import { PcapDownload } from './PcapDownload'
import { PredictionPrompt } from './prediction/PredictionPrompt'
import { SimulationPlayer } from './SimulationPlayer'
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
}

export default function PlayerFromScenario({
  scenarioId,
  overrides,
  locale,
  step,
  predict,
  onPredictionAnswer,
}: Props) {
  const m = simMessages[locale]
  const source = useMemo(() => getScenario(scenarioId), [scenarioId])
  const [values, setValues] = useState<Record<string, KnobValue>>({})
  // The learner's per-segment faults, counted on the run they were picked in; a knob change
  // makes a different run, so it clears them.
  const [whatIfs, setWhatIfs] = useState<readonly AppliedWhatIf[]>([])
  const run = useMemo(() => {
    if (!source) return { ok: false as const, error: `unknown scenario "${scenarioId}"` }
    try {
      const scenario = withWhatIfs(
        applyOverrides(withKnobs(source.id, values), overrides),
        whatIfs.map((w) => w.fault),
      )
      return { ...runForView(scenario), scenario }
    } catch (e) {
      return { ok: false as const, error: e instanceof Error ? e.message : String(e) }
    }
  }, [source, scenarioId, values, overrides, whatIfs])
  // Asked of whatever run is on screen, so the answer is always what this run did; a knob that
  // makes the question meaningless (the segment is never sent) just drops the prompt.
  const prompt = useMemo(() => {
    const derived = run.ok && predict ? derivePrompt(run.model.trace, predict) : undefined
    return derived?.ok ? derived.prompt : undefined
  }, [run, predict])
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
      {run.ok ? (
        <>
          <WhatIfBar whatIfs={whatIfs} onReset={() => setWhatIfs([])} locale={locale} />
          <ProfileCompare scenario={run.scenario} locale={locale} />
          <PcapDownload
            scenarioId={scenarioId}
            trace={run.model.trace}
            hosts={run.model.hosts}
            locale={locale}
          />
          <SimulationPlayer
            model={run.model}
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
            segmentTools={(segmentId) => (
              <WhatIfMenu
                model={run.model}
                segmentId={segmentId}
                locale={locale}
                onApply={(w) => setWhatIfs((list) => [...list, w])}
              />
            )}
          />
        </>
      ) : (
        <p className={styles.error} role="alert">
          {format(m.error, { message: run.error })}
        </p>
      )}
    </div>
  )
}

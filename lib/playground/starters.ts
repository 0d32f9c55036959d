/** Scenarios a learner can start from: every entry of the scenario library, in teaching order. */
// The lessons and the knob helper, not the catalog index: the playground's first load then
// leaves out the engine's reference runs, which it never offers.
import { applyKnobs } from '@/lib/scenarios/knobs'
import { listScenarios } from '@/lib/scenarios/lessons'
import { type Knob, type KnobValue, type Localized } from '@/lib/scenarios/types'
import { type ScenarioInput } from '@/lib/tcp'

export interface Starter {
  readonly id: string
  readonly title: Localized
  readonly summary: Localized
  readonly scenario: ScenarioInput
  /** What the entry lets a learner turn before starting (backlog, cookies, MSL…); may be empty. */
  readonly knobs: readonly Knob[]
}

/** Every starting point, in the order the picker lists them. */
export function listStarters(): readonly Starter[] {
  return listScenarios().map(({ id, title, summary, scenario, knobs }) => ({
    id,
    title,
    summary,
    scenario,
    knobs,
  }))
}

/**
 * The starter's scenario with the learner's knob values applied (unset knobs keep the entry's
 * own value). The values come from the knobs' own controls, so an out-of-range one is a bug and
 * throws the library's KnobError.
 */
export function starterScenario(
  starter: Starter,
  values: Readonly<Record<string, KnobValue>>,
): ScenarioInput {
  return Object.keys(values).length === 0 ? starter.scenario : applyKnobs(starter, values)
}

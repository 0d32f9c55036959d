/** Scenarios a learner can start from: every entry of the scenario library, in teaching order. */
import { listScenarios } from '@/lib/tcp/library'
import { type Localized } from '@/lib/tcp/library/types'
import { type ScenarioInput } from '@/lib/tcp/scenario/schema'

export interface Starter {
  readonly id: string
  readonly title: Localized
  readonly scenario: ScenarioInput
}

/** Every starting point, in the order the picker lists them. */
export function listStarters(): readonly Starter[] {
  return listScenarios().map(({ id, title, scenario }) => ({ id, title, scenario }))
}

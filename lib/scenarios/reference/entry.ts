/** Builds a reference entry: an engine run the golden test pins, opened by id, never listed. */
import { type ScenarioInput } from '@/lib/tcp'
import { type LibraryEntry, type Localized, type Topic } from '../types'

/** A scenario with its name: the reference entry's id. */
export type NamedScenario = ScenarioInput & { readonly name: string }

interface ReferenceText {
  readonly topic: Topic
  readonly title: Localized
  readonly summary: Localized
  readonly notTcp?: true
}

/** The entry's id is the scenario's name, so a trace, a golden row and a URL all say the same. */
export function reference(scenario: NamedScenario, text: ReferenceText): LibraryEntry {
  return { id: scenario.name, scenario, knobs: [], reference: true, golden: true, ...text }
}

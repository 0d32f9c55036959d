/**
 * The scenario catalog, the one place scenarios are defined: the lessons a question can embed,
 * with the knobs a learner may turn, and the engine's reference runs (goldens, bench loads, the
 * player's demo). Ids are unique across both. `getScenario(id)` for any entry,
 * `withKnobs(id, values)` for the scenario to run, `listScenarios()` for what learners are offered.
 */
import { type ScenarioInput } from '@/lib/tcp'
import { applyKnobs, KnobError } from './knobs'
import { LESSONS } from './lessons'
import { REFERENCE } from './reference'
import { type KnobValue, type LibraryEntry } from './types'

const CATALOG: readonly LibraryEntry[] = [...LESSONS, ...REFERENCE]

const BY_ID = new Map(CATALOG.map((e) => [e.id, e]))

/** The entry with this id (a lesson or a reference run), or undefined. */
export function getScenario(id: string): LibraryEntry | undefined {
  return BY_ID.get(id)
}

/** Every entry: the lessons, then the reference runs. */
export function allScenarios(): readonly LibraryEntry[] {
  return CATALOG
}

/** Every id `getScenario` knows, for "did you mean" hints. */
export function scenarioIds(): string[] {
  return [...BY_ID.keys()]
}

/** The entries whose traces `lib/tcp/sim/golden.test.ts` pins byte for byte. */
export function goldenScenarios(): readonly LibraryEntry[] {
  return CATALOG.filter((e) => e.golden)
}

/**
 * The entry's scenario with knob values applied (see `applyKnobs`). Throws a KnobError naming an
 * unknown scenario, or an unknown or bad knob.
 */
export function withKnobs(id: string, values: Readonly<Record<string, KnobValue>>): ScenarioInput {
  const entry = getScenario(id)
  if (!entry) throw new KnobError(`unknown scenario "${id}"`)
  return applyKnobs(entry, values)
}

export { listScenarios } from './lessons'
export { KnobError, applyKnob, applyKnobs, checkKnobValue, findKnob, parseKnobValue } from './knobs'
export { getPath, PathError, setPath } from './path'
export type * from './types'

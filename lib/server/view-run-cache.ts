import { runForView, type ViewRun } from '@/lib/sim-view/run'
import { type SimOverrides } from '@/lib/sim-view/overrides'
import { type ScenarioInput } from '@/lib/tcp'

/**
 * The static ladder's runs, kept between requests (issue #16). Question pages are rendered on
 * every request (each response carries its own CSP nonce, and the layout reads cookies), and every
 * placement ran its scenario again: 0.8–1.9 s for the SYN-flood question on a loaded two-core
 * machine, all of it in the time to first byte. A run is a pure function of the scenario and the
 * overrides, so the first one can serve every later request. Callers must treat the model as
 * read-only.
 *
 * An entry also remembers the scenario object it ran: when `next dev` reloads an edited catalog
 * module, the new object misses and runs afresh. Bounded, least recently used first out: the
 * content's placements fit (31 questions use a few dozen), and editing an `overrides` prop in
 * development, which adds a key per edit, cannot grow the server without limit.
 */
export const MAX_RUNS = 64
const runs = new Map<string, { scenario: ScenarioInput; run: ViewRun }>()

export function cachedRunForView(
  scenarioId: string,
  scenario: ScenarioInput,
  overrides?: SimOverrides,
): ViewRun {
  const key = `${scenarioId}\u0000${JSON.stringify(overrides ?? null)}`
  const hit = runs.get(key)
  // Deleting and re-inserting moves the entry to the end of the Map's order: the most recently used.
  runs.delete(key)
  if (hit?.scenario === scenario) {
    runs.set(key, hit)
    return hit.run
  }
  const run = runForView(scenario, overrides)
  runs.set(key, { scenario, run })
  if (runs.size > MAX_RUNS) runs.delete(runs.keys().next().value!)
  return run
}

/**
 * Runs a scenario with overrides and builds the view model: the one place the views call the
 * engine. A run is deterministic, so the server's static ladder and the client's player agree.
 */
import { runScenario, type ScenarioInput } from '@/lib/tcp'
import { buildViewModel, type ViewModel } from './model'
import { applyOverrides, type SimOverrides } from './overrides'

export type ViewRun = { ok: true; model: ViewModel } | { ok: false; error: string }

export function runForView(scenario: ScenarioInput, overrides?: SimOverrides): ViewRun {
  try {
    const result = runScenario(applyOverrides(scenario, overrides))
    return { ok: true, model: buildViewModel(result.trace, result.scenario) }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
}

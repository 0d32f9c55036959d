/**
 * Runs a scenario with overrides and builds the view model: the one place the views call the
 * engine. A run is deterministic, so the server's static ladder and the client's player agree.
 * In the browser this runs inside a Web Worker (components/sim/engine.worker.ts), so its result
 * is plain, structured-clone-friendly data.
 */
import {
  type ExpectationResult,
  runScenario,
  type RunOptions,
  type RunStop,
  type ScenarioInput,
} from '@/lib/tcp'
import { buildViewModel, type ViewModel } from './model'
import { applyOverrides, type SimOverrides } from './overrides'

export type ViewRun =
  | { ok: true; model: ViewModel; stop: RunStop; expectations: readonly ExpectationResult[] }
  | { ok: false; error: string }

export type ViewRunOptions = Pick<RunOptions, 'maxSteps' | 'onProgress'> & {
  /** Called once the engine has stopped, before the (longer, for a big trace) view-model build. */
  readonly onEngineDone?: (stop: RunStop, events: number) => void
}

export function runForView(
  scenario: ScenarioInput,
  overrides?: SimOverrides,
  opts: ViewRunOptions = {},
): ViewRun {
  try {
    const result = runScenario(applyOverrides(scenario, overrides), opts)
    const stop: RunStop =
      result.stopped === 'event-budget' || result.stopped === 'step-limit'
        ? { stopped: result.stopped, limit: result.limit }
        : { stopped: result.stopped }
    opts.onEngineDone?.(stop, result.trace.length)
    return {
      ok: true,
      model: buildViewModel(result.trace, result.scenario),
      stop,
      expectations: result.expectations,
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) }
  }
}

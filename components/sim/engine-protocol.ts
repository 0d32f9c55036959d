/**
 * What the page and the engine's worker (engine.worker.ts) say to each other. Everything here is
 * structured-clone data: the scenario goes in, progress and the finished view run come back.
 */
import { type ViewRun } from '@/lib/sim-view/run'
import { type RunStop, type ScenarioInput } from '@/lib/tcp'

export interface EngineRequest {
  readonly scenario: ScenarioInput
  /** The engine-step cap (the playground lowers it); the event budget always applies. */
  readonly maxSteps?: number
}

export type EngineReply =
  | { readonly kind: 'progress'; readonly events: number }
  /** The engine has stopped (and why); the view model is being built. */
  | { readonly kind: 'engine-done'; readonly stop: RunStop; readonly events: number }
  | { readonly kind: 'done'; readonly run: ViewRun }

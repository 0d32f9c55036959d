/**
 * What the page and the engine's worker (engine.worker.ts) say to each other. Everything here is
 * structured-clone data: a scenario goes in; progress, the finished view run (in bounded pieces,
 * lib/sim-view/transfer.ts) or a pcap file's bytes (a transferred ArrayBuffer) come back.
 */
import { type CapturePoint } from '@/lib/pcap'
import { type RunPiece } from '@/lib/sim-view/transfer'
import { type RunStop, type ScenarioInput } from '@/lib/tcp'

export type EngineRequest =
  | {
      readonly kind: 'run'
      readonly scenario: ScenarioInput
      /** The engine-step cap (the playground lowers it); the event budget always applies. */
      readonly maxSteps?: number
    }
  /** The scenario's capture as a pcap file, run again in the worker for the payload bytes. */
  | { readonly kind: 'pcap'; readonly scenario: ScenarioInput; readonly point: CapturePoint }

export type EngineReply =
  | { readonly kind: 'progress'; readonly events: number }
  /** The engine has stopped (and why); the view model is being built. */
  | { readonly kind: 'engine-done'; readonly stop: RunStop; readonly events: number }
  /** One piece of the finished run, in order; `done` follows the last. */
  | { readonly kind: 'piece'; readonly piece: RunPiece }
  | { readonly kind: 'done' }
  | { readonly kind: 'pcap'; readonly bytes: ArrayBuffer }
  | { readonly kind: 'failed'; readonly error: string }

import { type ReasonCode, type ReasonOf, type SendReason, type TraceEvent } from '@/lib/tcp'

/**
 * The words for every reason code of one language: a function of that code's params. A mapped
 * type over the codes, so a dictionary that misses a code, or has one the engine does not, or
 * reads a param the code does not have, fails to compile.
 */
export type ReasonTexts = { readonly [C in ReasonCode]: (reason: ReasonOf<C>) => string }

export type HostChange = Extract<TraceEvent, { type: 'host' }>['change']

/** One language's words for the engine's vocabulary: reasons, send reasons, host changes. */
export interface EngineWords {
  readonly reasons: ReasonTexts
  readonly sendReasons: Readonly<Record<SendReason, string>>
  readonly hostChanges: Readonly<Record<HostChange, string>>
}

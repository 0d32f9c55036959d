import { type Reason } from '@/lib/tcp'
import { type EngineWords } from './types'

/** One reason in one language's words. */
export function wordReason(words: EngineWords, reason: Reason): string {
  // Each entry takes its own code's params; TypeScript cannot relate `reasons[code]` to `reason`.
  const text = words.reasons[reason.code] as (r: Reason) => string
  return text(reason)
}

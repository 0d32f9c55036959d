/**
 * Lays a Replay's checkpoints in the browser's idle time, one slice (about a thousand events,
 * a millisecond or two) at a time, so a learner who drags the scrubber far ahead never waits for
 * the engine to run there from the start (issue #3: any step under 16 ms). Returns a cancel.
 */
import { type Replay } from '@/lib/tcp'

/** Leave the browser this much of an idle period (ms): a slice may take about that long. */
const SLICE_MS = 3

export function primeInIdleTime(replay: Replay): () => void {
  let cancelled = false
  let handle: number | undefined
  const idle = typeof window.requestIdleCallback === 'function'
  const schedule = () => {
    handle = idle ? window.requestIdleCallback(work, { timeout: 1000 }) : window.setTimeout(() => work(), 50)
  }
  const work = (deadline?: IdleDeadline) => {
    if (cancelled) return
    let done = replay.prime()
    while (!done && deadline !== undefined && deadline.timeRemaining() > SLICE_MS) done = replay.prime()
    if (!done) schedule()
  }
  schedule()
  return () => {
    cancelled = true
    if (handle === undefined) return
    if (idle) window.cancelIdleCallback(handle)
    else window.clearTimeout(handle)
  }
}

/**
 * The discrete-event queue: a binary min-heap ordered by (time, insertion order), so events at the
 * same instant run first-in first-out and every run with the same inputs replays identically.
 */
import { type Millis } from '../time'

export interface Scheduled {
  readonly at: Millis
  readonly order: number
  /** Runs the event; false when it turned out stale (a timer that was re-armed or cancelled). */
  readonly run: () => boolean
}

export class Scheduler {
  private heap: Scheduled[] = []
  private order = 0

  get size(): number {
    return this.heap.length
  }

  push(at: Millis, run: () => boolean): void {
    const h = this.heap
    h.push({ at, order: this.order++, run })
    let i = h.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!before(h[i], h[parent])) break
      ;[h[i], h[parent]] = [h[parent], h[i]]
      i = parent
    }
  }

  peekTime(): Millis | undefined {
    return this.heap.length ? this.heap[0].at : undefined
  }

  pop(): Scheduled | undefined {
    const h = this.heap
    if (h.length === 0) return undefined
    const top = h[0]
    const last = h.pop() as Scheduled
    if (h.length > 0) {
      h[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < h.length && before(h[l], h[m])) m = l
        if (r < h.length && before(h[r], h[m])) m = r
        if (m === i) break
        ;[h[i], h[m]] = [h[m], h[i]]
        i = m
      }
    }
    return top
  }
}

function before(a: Scheduled, b: Scheduled): boolean {
  return a.at < b.at || (a.at === b.at && a.order < b.order)
}

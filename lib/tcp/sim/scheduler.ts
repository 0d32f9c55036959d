/**
 * The discrete-event queue: a binary min-heap ordered by (time, insertion order), so events at the
 * same instant run first-in first-out and every run with the same inputs replays identically.
 * Sifting moves a hole instead of swapping pairs: no allocation beyond the entry itself. Entries
 * carry plain data (a job), not closures, so a world and its queue can be cloned.
 */
import { type Millis } from '../time'

export interface Scheduled<J> {
  readonly at: Millis
  readonly order: number
  readonly job: J
}

export class Scheduler<J> {
  private heap: Scheduled<J>[] = []
  private order = 0

  /** A copy sharing the entries (they are immutable; only the heap's order of them changes). */
  fork(): Scheduler<J> {
    const s = new Scheduler<J>()
    s.order = this.order
    s.heap = this.heap.slice()
    return s
  }

  get size(): number {
    return this.heap.length
  }

  push(at: Millis, job: J): void {
    this.insert({ at, order: this.order++, job })
  }

  /**
   * Takes `n` consecutive insertion numbers now for events pushed later with `pushReserved`: a
   * long series (a SYN flood) can then enter the heap one at a time, each when its predecessor
   * runs, and still sort exactly as if all had been pushed at once.
   */
  reserve(n: number): number {
    const first = this.order
    this.order += n
    return first
  }

  /** Pushes with an insertion number from `reserve`. */
  pushReserved(at: Millis, order: number, job: J): void {
    this.insert({ at, order, job })
  }

  peekTime(): Millis | undefined {
    return this.heap.length ? this.heap[0].at : undefined
  }

  pop(): Scheduled<J> | undefined {
    const h = this.heap
    const n = h.length
    if (n === 0) return undefined
    const top = h[0]
    const last = h.pop() as Scheduled<J>
    if (n > 1) {
      const size = n - 1
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= size) break
        const r = l + 1
        const m = r < size && before(h[r], h[l]) ? r : l
        if (!before(h[m], last)) break
        h[i] = h[m]
        i = m
      }
      h[i] = last
    }
    return top
  }

  private insert(e: Scheduled<J>): void {
    const h = this.heap
    let i = h.length
    h.push(e)
    while (i > 0) {
      const parent = (i - 1) >> 1
      const p = h[parent]
      if (!before(e, p)) break
      h[i] = p
      i = parent
    }
    h[i] = e
  }
}

function before<J>(a: Scheduled<J>, b: Scheduled<J>): boolean {
  return a.at < b.at || (a.at === b.at && a.order < b.order)
}

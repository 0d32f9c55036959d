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
  /** The FIFO lane the entry waits in (`pushLane`), or -1. */
  readonly lane: number
}

export class Scheduler<J> {
  private heap: Scheduled<J>[] = []
  private order = 0
  /**
   * FIFO lanes (issue #3): entries pushed to a lane in queue order wait in it, and only each
   * lane's first entry is in the heap. A SYN flood keeps ~10 000 deliveries in flight, all on one
   * link with one latency: the heap held them all and sifted 14 levels per event; now it holds a
   * handful. Popping stays exact (a merge of sorted lanes with the heap).
   */
  private lanes: Scheduled<J>[][] = []
  /** Index of each lane's first entry (the one in the heap). */
  private laneHead: number[] = []

  /** A copy sharing the entries (they are immutable; only the heap's order of them changes). */
  fork(): Scheduler<J> {
    const s = new Scheduler<J>()
    s.order = this.order
    s.heap = this.heap.slice()
    s.lanes = this.lanes.map((q, l) => q.slice(this.laneHead[l]))
    s.laneHead = this.laneHead.map(() => 0)
    return s
  }

  get size(): number {
    let n = this.heap.length
    for (let l = 0; l < this.lanes.length; l++) n += this.lanes[l].length - this.laneHead[l] - 1
    return n
  }

  push(at: Millis, job: J): void {
    this.insert({ at, order: this.order++, job, lane: -1 })
  }

  /**
   * Pushes into FIFO lane `lane` (a small integer, e.g. one per link): it waits behind the lane's
   * earlier entries, or goes straight into the heap when it would sort before the last of them
   * (jitter, a delay fault).
   */
  pushLane(lane: number, at: Millis, job: J): void {
    const order = this.order++
    let q = this.lanes[lane]
    if (q === undefined) {
      for (let l = this.lanes.length; l <= lane; l++) {
        this.lanes[l] = []
        this.laneHead[l] = 0
      }
      q = this.lanes[lane]
    }
    if (this.laneHead[lane] === q.length) {
      const e = { at, order, job, lane }
      q.push(e)
      this.insert(e)
    } else if (q[q.length - 1].at <= at) q.push({ at, order, job, lane })
    else this.insert({ at, order, job, lane: -1 })
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
    this.insert({ at, order, job, lane: -1 })
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
    if (top.lane >= 0) this.advanceLane(top.lane)
    return top
  }

  /** A lane's first entry left the heap: the next one takes its place there. */
  private advanceLane(lane: number): void {
    const q = this.lanes[lane]
    const next = this.laneHead[lane] + 1
    if (next === q.length) {
      q.length = 0
      this.laneHead[lane] = 0
      return
    }
    this.insert(q[next])
    if (next >= 1024 && next * 2 >= q.length) {
      q.splice(0, next)
      this.laneHead[lane] = 0
    } else this.laneHead[lane] = next
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

/**
 * Lazy re-arming of one connection timer (issue #3). Every `setTimer` used to push its own queue
 * entry, and a re-armed timer left the old one behind to pop as a stale wake-up: a third of a bulk
 * transfer's queue traffic was retransmission and delayed-ACK timers restarted by every ACK.
 *
 * Now each arm still takes its queue position (time, insertion order) at once, so every other
 * event keeps its order, but the position is only written down here; the timer keeps one live
 * queue entry (the *wake*), no later than the arm that will fire. When the wake pops early, the
 * world queues the arm that is now due instead, skipping every arm in between. The firing is the
 * same as with one entry per arm: the first arm position at which `timers[kind]` equals the arm's
 * time (an arm re-set to the same deadline after a cancel fires at its first position, as before).
 */
export class TimerArms {
  /** Arms not yet reached, as flat (at, order) pairs sorted by position, from index `head`. */
  private arms: number[] = []
  private head = 0
  /** Position of the timer's live queue entry; order -1 when it has none. */
  wakeAt = 0
  wakeOrder = -1

  /** Records an arm at queue position (at, order). */
  add(at: number, order: number): void {
    const a = this.arms
    let i = a.length
    // Deadlines nearly always grow, so the new arm goes at the end; otherwise keep the list sorted.
    while (i > this.head && before(at, order, a[i - 2], a[i - 1])) i -= 2
    if (i === a.length) a.push(at, order)
    else a.splice(i, 0, at, order)
  }

  /** Forgets arms at or before the position being run (their entries would have popped by now). */
  prune(at: number, order: number): void {
    const a = this.arms
    let h = this.head
    while (h < a.length && !before(at, order, a[h], a[h + 1])) h += 2
    if (h === a.length) {
      a.length = 0
      h = 0
    } else if (h > 64 && h * 2 > a.length) {
      a.splice(0, h)
      h = 0
    }
    this.head = h
  }

  /**
   * Index of the arm the live entry should be, or -1 when none is left: the first arm at
   * `deadline` (the one that fires), or else the last arm (so the queue is empty exactly when it
   * used to be, and a run still stops as 'until' rather than 'idle' when stale wake-ups lay past
   * its end).
   */
  due(deadline: number | undefined): number {
    const a = this.arms
    if (this.head === a.length) return -1
    const last = a.length - 2
    if (deadline === undefined) return last
    // Binary search for the first pair at `deadline` (the list is sorted by time, then order).
    let lo = this.head >> 1
    let hi = a.length >> 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (a[2 * mid] < deadline) lo = mid + 1
      else hi = mid
    }
    return 2 * lo < a.length && a[2 * lo] === deadline ? 2 * lo : last
  }

  /** The time of the latest arm not yet reached that is at or before `t`, or -Infinity. */
  lastAtOrBefore(t: number): number {
    const a = this.arms
    for (let i = a.length - 2; i >= this.head; i -= 2) if (a[i] <= t) return a[i]
    return -Infinity
  }

  atOf(i: number): number {
    return this.arms[i]
  }

  orderOf(i: number): number {
    return this.arms[i + 1]
  }

  /** True when the live entry pops no later than arm `i` (so that arm need not be queued yet). */
  wakesBy(i: number): boolean {
    return this.wakeOrder >= 0 && !before(this.arms[i], this.arms[i + 1], this.wakeAt, this.wakeOrder)
  }
}

function before(at: number, order: number, at2: number, order2: number): boolean {
  return at < at2 || (at === at2 && order < order2)
}

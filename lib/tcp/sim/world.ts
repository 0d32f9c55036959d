/**
 * The simulated world: hosts, the network, applications and one event queue on a virtual clock.
 * `step()` runs exactly one event; everything is derived from the scenario and its seed.
 */
import { type AppEvent, type Connection } from '../conn/connection'
import { onTimer } from '../conn/timers'
import { Host, type HostServices } from '../host/host'
import { type Listener } from '../host/listener'
import { LOST, Network } from '../net/network'
import { resolveParams, type StackParams } from '../profile'
import { createRng, type Rng } from '../rng'
import { type NoteReason } from '../reasons'
import { type Action, type Scenario } from '../scenario/schema'
import { type HostId, type Segment, type SegmentFields } from '../segment'
import { type Millis, ms } from '../time'
import { type SendReason, type TimerKind, type TraceEvent } from '../trace'
import { TIMER_KINDS } from '../vocabulary'
import { AppRuntime, type AppWorld, type ConnRecord, type PayloadMemo } from './apps'
import { forkWorld } from './fork'
import { HostFaults } from './host-faults'
import { Scheduler } from './scheduler'
import { TimerArms } from './timer-arms'

/** What each counterfactual changes, and the warning the trace opens with. */
const VARIANT: Record<Scenario['variants'][number], { params: Partial<StackParams>; note: NoteReason }> = {
  'two-way-handshake': { params: { twoWayHandshake: true }, note: { code: 'variant-two-way-handshake' } },
  'time-wait-zero': { params: { timeWaitMs: 0 }, note: { code: 'variant-time-wait-zero' } },
  'fixed-isn': { params: { isn: 'fixed' }, note: { code: 'variant-fixed-isn' } },
}

/**
 * What a queue entry does, as immutable data rather than a closure: hosts, connections,
 * applications and records are named by id or index, so a forked world shares its queue's
 * entries (Replay's checkpoints).
 */
export type Job =
  | {
      readonly k: 'timer'
      readonly host: HostId
      /** Its index in the host's history. */
      readonly conn: number
      readonly timer: TimerKind
      readonly deadline: Millis
    }
  | { readonly k: 'deliver'; readonly seg: Segment; readonly to: HostId }
  | {
      readonly k: 'app'
      /** Its index in the world's applications. */
      readonly app: number
      readonly action: Action
      /** Index in the application's records; -1: all the application's open connections. */
      readonly record: number
    }
  | { readonly k: 'accept'; readonly app: number }
  /** The n-th event of scenario fault `fault` (crash 0 / reboot 1; the n-th SYN of a flood). */
  | { readonly k: 'fault'; readonly fault: number; readonly n: number; readonly order: number }

export class World implements HostServices, AppWorld {
  now_: Millis = ms(0)
  readonly trace: TraceEvent[] = []
  readonly rng: Rng
  readonly hosts = new Map<HostId, Host>()
  readonly apps: AppRuntime[] = []
  /** Events run so far (stale timer wake-ups are not counted). */
  steps = 0
  private readonly byIp = new Map<string, Host>()
  /** Hosts in scenario order (delivery lanes are numbered by sender and receiver). */
  private readonly hostIndex = new Map<Host, number>()
  /** The event queue (read by fork.ts; nothing else should touch it). */
  readonly sched = new Scheduler<Job>()
  /** Insertion order of the event being run (with `now_`, its queue position). */
  private runOrder = -1
  /** Each connection timer's pending arms and live queue entry (lazy re-arming, timer-arms.ts). */
  // One map per timer kind (not a record per connection): one object less per connection to fork.
  private readonly timerArms = Object.fromEntries(
    TIMER_KINDS.map((k) => [k, new Map<Connection, TimerArms>()]),
  ) as Record<TimerKind, Map<Connection, TimerArms>>
  private readonly net: Network
  private nextId = 1
  /** Crashes and reboots, SYN floods and injected segments: the faults that act on hosts. */
  private readonly hostFaults = new HostFaults(this)

  /**
   * `memo`: payload bytes of earlier runs of this scenario, one list per application (Replay
   * passes the same object to every world it creates; the trace is unchanged either way).
   */
  constructor(
    readonly scenario: Scenario,
    readonly payloadMemo: PayloadMemo[] = [],
  ) {
    const memo = payloadMemo
    this.rng = createRng(scenario.seed)
    const variantParams = Object.assign({}, ...scenario.variants.map((v) => VARIANT[v].params))
    for (const [id, spec] of Object.entries(scenario.hosts)) {
      const params = resolveParams(spec.profile, { ...spec.params, ...variantParams })
      const h = new Host(id, spec.ip, params, this)
      this.hostIndex.set(h, this.hosts.size)
      this.hosts.set(id, h)
      this.byIp.set(spec.ip, h)
    }
    for (const v of scenario.variants) this.emit({ type: 'note', at: ms(0), note: VARIANT[v].note })
    this.net = new Network(scenario, this.rng, this)
    scenario.apps.forEach((spec, i) => {
      memo[i] ??= []
      const app = new AppRuntime(this, spec, spec.name ?? `${spec.host}-app${i}`, this.rng.u32(), memo[i], i)
      this.apps.push(app)
      app.start()
    })
    this.hostFaults.schedule()
  }

  // --- HostServices -------------------------------------------------------------------------

  now(): Millis {
    return this.now_
  }

  emit(e: TraceEvent): void {
    this.trace.push(e)
  }

  transmit(host: Host, f: SegmentFields, conn: Connection | undefined, reason?: SendReason): void {
    const segment: Segment =
      f.label === undefined
        ? {
            src: f.src,
            dst: f.dst,
            seq: f.seq,
            ack: f.ack,
            flags: f.flags,
            window: f.window,
            options: f.options,
            payload: f.payload,
            id: this.nextId++,
            sender: host.host,
          }
        : {
            src: f.src,
            dst: f.dst,
            seq: f.seq,
            ack: f.ack,
            flags: f.flags,
            window: f.window,
            options: f.options,
            payload: f.payload,
            label: f.label,
            id: this.nextId++,
            sender: host.host,
          }
    // Literal shapes (no conditional spreads): same key order as the trace has always had.
    const at = this.now_
    this.trace.push(
      conn
        ? reason
          ? { type: 'segment-sent', at, host: host.host, conn: conn.id, segment, reason }
          : { type: 'segment-sent', at, host: host.host, conn: conn.id, segment }
        : reason
          ? { type: 'segment-sent', at, host: host.host, segment, reason }
          : { type: 'segment-sent', at, host: host.host, segment },
    )
    this.route(host, segment, reason, conn)
  }

  armTimer(host: Host, c: Connection, kind: TimerKind, deadline: Millis): void {
    // The arm takes its queue position now (so every later event keeps its own), but is queued
    // only when it is the timer's next wake-up (timer-arms.ts).
    const order = this.sched.reserve(1)
    const arms = this.timerArms[kind]
    let t = arms.get(c)
    if (t === undefined) arms.set(c, (t = new TimerArms()))
    t.add(deadline, order)
    if (t.wakeOrder < 0 || deadline <= t.wakeAt) this.queueWake(host, c, kind, t)
  }

  /** Queues the arm that is due next for this timer, unless its live entry already comes first. */
  private queueWake(host: Host, c: Connection, kind: TimerKind, t: TimerArms): void {
    t.prune(this.now_, this.runOrder)
    const i = t.due(c.timers[kind])
    if (i < 0 || t.wakesBy(i)) return
    const at = t.atOf(i) as Millis
    t.wakeAt = at
    t.wakeOrder = t.orderOf(i)
    this.sched.pushReserved(at, t.wakeOrder, {
      k: 'timer',
      host: host.host,
      conn: c.historyIndex,
      timer: kind,
      deadline: at,
    })
  }

  /** A run-unique segment id (the network's duplicates take theirs from here too). */
  newSegmentId(): number {
    return this.nextId++
  }

  // --- AppWorld -----------------------------------------------------------------------------

  host(id: string): Host {
    const h = this.hosts.get(id)
    if (!h) throw new Error(`unknown host ${id}`)
    return h
  }

  scheduleAction(delayMs: number, app: AppRuntime, action: Action, record: ConnRecord | undefined): void {
    this.sched.push((this.now_ + delayMs) as Millis, {
      k: 'app',
      app: app.index,
      action,
      record: record === undefined ? -1 : record.index,
    })
  }

  scheduleAccept(app: AppRuntime): void {
    this.sched.push(this.now_, { k: 'accept', app: app.index })
  }

  /** A timer's queue entry popped: it fires if its arm is the timer's current deadline. */
  private fireTimer(host: Host, c: Connection, kind: TimerKind, deadline: Millis, order: number): boolean {
    const arms = this.timerArms[kind]
    const t = arms.get(c)
    if (t === undefined || t.wakeOrder !== order) return false // superseded by an earlier wake-up
    t.wakeOrder = -1
    const fires = c.timers[kind] === deadline && host.up
    if (fires) {
      c.timers[kind] = undefined
      this.trace.push({ type: 'timer-fired', at: this.now_, host: host.host, conn: c.id, timer: kind })
      onTimer(c, kind)
    }
    // An early (stale) wake-up, or the timer fired: queue whatever arm is due next, unless
    // onTimer re-armed the timer and queued one already.
    if (t.wakeOrder < 0) this.queueWake(host, c, kind, t)
    // No arm left to wake for: forget the timer, so forks do not copy the bookkeeping of every
    // connection a long run ever had.
    if (t.wakeOrder < 0) arms.delete(c)
    return fires
  }

  appEvent(_host: Host, c: Connection, ev: AppEvent): void {
    for (const app of this.apps) if (app.owns(c)) return app.onEvent(c, ev)
  }

  acceptable(_host: Host, l: Listener): void {
    for (const app of this.apps) if (app.listener === l) return app.acceptable()
  }

  // --- driving ------------------------------------------------------------------------------

  /** The time of the next event, if any. */
  nextDeadline(): Millis | undefined {
    return this.sched.peekTime()
  }

  /** Runs one event; false when nothing is left before `until`. */
  step(until: number = this.scenario.until): boolean {
    for (;;) {
      const t = this.sched.peekTime()
      if (t === undefined || t > until) return this.idleUntil(until)
      const ev = this.sched.pop()
      if (!ev) return this.idleUntil(until)
      this.now_ = ev.at
      this.runOrder = ev.order
      if (this.run(ev.job, ev.order)) {
        this.steps++
        return true
      }
    }
  }

  /**
   * Nothing is left to run before `until`. The clock stands where it always did: at the last
   * queue entry popped, stale wake-ups included, so also at the last skipped timer arm before
   * `until` (lazy re-arming pops fewer stale entries; a final snapshot shows this time).
   */
  private idleUntil(until: number): false {
    for (const k of TIMER_KINDS)
      for (const t of this.timerArms[k].values()) {
        const last = t.lastAtOrBefore(until)
        if (last > this.now_) this.now_ = last as Millis
      }
    return false
  }

  /** Runs one job; false when it turned out stale (a timer that was re-armed or cancelled). */
  private run(job: Job, order: number): boolean {
    switch (job.k) {
      case 'timer': {
        const host = this.hosts.get(job.host) as Host
        return this.fireTimer(host, host.history[job.conn], job.timer, job.deadline, order)
      }
      case 'deliver':
        return this.deliver(job.seg, this.hosts.get(job.to) as Host)
      case 'app': {
        const app = this.apps[job.app]
        app.perform(job.action, job.record < 0 ? undefined : app.records[job.record])
        return true
      }
      case 'accept':
        this.apps[job.app].acceptOne()
        return true
      case 'fault':
        this.hostFaults.run(job.fault, job.n, job.order)
        return true
    }
  }

  /**
   * An independent copy of this world at this step, sharing only what never changes (the
   * scenario, trace events and segments, payload bytes, the payload memo). Running the copy
   * gives exactly the events the original would emit from here on.
   */
  fork(): World {
    return forkWorld(this)
  }

  private route(
    from: Host,
    segment: Segment,
    reason: SendReason | undefined,
    conn: Connection | undefined,
  ): void {
    const to = this.byIp.get(segment.dst.ip)
    const delay = this.net.route(this.now_, segment, to?.host, reason, conn?.iss)
    if (delay === LOST || to === undefined) return
    // One FIFO lane per (sender, receiver): with a fixed latency, deliveries arrive in send order.
    const lane = (this.hostIndex.get(from) as number) * this.hosts.size + (this.hostIndex.get(to) as number)
    const job: Job = { k: 'deliver', seg: segment, to: to.host }
    this.sched.pushLane(lane, (this.now_ + delay) as Millis, job)
    const copyId = this.net.copyId
    if (copyId !== 0) {
      const copy = { ...segment, id: copyId }
      this.sched.pushLane(lane, (this.now_ + this.net.copyDelay) as Millis, {
        k: 'deliver',
        seg: copy,
        to: to.host,
      })
    }
  }

  private deliver(seg: Segment, to: Host): boolean {
    if (!to.up) {
      this.emit({
        type: 'segment-dropped',
        at: this.now_,
        segmentId: seg.id,
        by: 'host-down',
        why: { code: 'host-down', host: to.host },
      })
      return true
    }
    this.emit({ type: 'segment-delivered', at: this.now_, host: to.host, segmentId: seg.id })
    to.receive(seg)
    return true
  }
}

/**
 * The network between hosts: per-direction latency, jitter and random loss, plus a scenario's
 * targeted faults (drop / delay / duplicate / reorder the n-th matching segment) and firewalls.
 * A decorator around delivery with a seeded PRNG (smoltcp `phy/fault_injector.rs`).
 */
import { type DropReason } from '../reasons'
import { type Rng } from '../rng'
import { type Fault, type Scenario } from '../scenario/schema'
import { type HostId, type Segment } from '../segment'
import { type Millis } from '../time'
import { type SeqNum } from '../seq'
import { type SendReason, type TraceEvent } from '../trace'
import { compileFilter, type WireView } from './filter'

interface LinkParams {
  latencyMs: number
  jitterMs: number
  loss: number
}

type Targeted = Extract<Fault, { kind: 'drop' | 'delay' | 'duplicate' | 'reorder' }>
type Firewall = Extract<Fault, { kind: 'firewall' }>

/** A segment's fate decided by `Network.route`. */
export const LOST = -1

export class Network {
  /** Per-direction parameters by sender, then receiver (no string keys on the hot path). */
  private readonly links = new Map<string, Map<string, LinkParams>>()
  private readonly defaults: LinkParams
  private readonly targeted: { fault: Targeted; test: (w: WireView) => boolean; seen: number }[]
  private readonly firewalls: Firewall[]
  /** Set by `route` when the segment was duplicated: the copy's id (0: no copy) and its delay. */
  copyId = 0
  copyDelay = 0

  constructor(
    s: Scenario,
    private readonly rng: Rng,
    /** Where drops and duplicates are traced and copies get their ids (the world). */
    private readonly sink: { emit(e: TraceEvent): void; newSegmentId(): number },
  ) {
    const n = s.network
    this.defaults = { latencyMs: n.latencyMs, jitterMs: n.jitterMs, loss: n.loss }
    for (const l of n.links) {
      let m = this.links.get(l.from)
      if (!m) this.links.set(l.from, (m = new Map()))
      m.set(l.to, {
        latencyMs: l.latencyMs ?? n.latencyMs,
        jitterMs: l.jitterMs ?? n.jitterMs,
        loss: l.loss ?? n.loss,
      })
    }
    this.targeted = s.faults
      .filter((f): f is Targeted => ['drop', 'delay', 'duplicate', 'reorder'].includes(f.kind))
      .map((fault) => ({ fault, test: compileFilter(fault.match), seen: 0 }))
    this.firewalls = s.faults.filter((f): f is Firewall => f.kind === 'firewall')
  }

  /**
   * Decides a segment's fate at the moment it is sent (`to` undefined: no host has that IP): the
   * delay before it arrives, or LOST (the drop is traced). A duplicate's id and delay are left in
   * `copyId` and `copyDelay`.
   */
  route(
    now: Millis,
    seg: Segment,
    to: HostId | undefined,
    reason: SendReason | undefined,
    iss: SeqNum | undefined,
  ): number {
    this.copyId = 0
    if (to === undefined) return this.drop(now, seg, 'network', this.noRoute(seg.dst.ip))
    for (const fw of this.firewalls) {
      if (now < fw.at || (fw.until !== undefined && now >= fw.until)) continue
      const hit =
        (fw.direction !== 'to' && seg.sender === fw.host) || (fw.direction !== 'from' && to === fw.host)
      if (hit) return this.drop(now, seg, 'firewall', { code: 'firewall', host: fw.host })
    }
    const link = this.links.get(seg.sender)?.get(to) ?? this.defaults
    let extra = 0
    let duplicate = false
    let copyExtra = 0
    if (this.targeted.length > 0) {
      const w: WireView = { segment: seg, to, reason, iss }
      for (const t of this.targeted) {
        if (!t.test(w)) continue
        t.seen++
        if (t.seen < t.fault.nth || t.seen >= t.fault.nth + t.fault.count) continue
        switch (t.fault.kind) {
          case 'drop':
            return this.drop(now, seg, 'fault', { code: 'fault-drop', nth: t.seen })
          case 'delay':
            extra += t.fault.delayMs
            break
          case 'reorder':
            // Held back long enough for the segments sent after it to overtake it.
            extra += t.fault.delayMs ?? 2 * link.latencyMs + 1
            break
          case 'duplicate':
            duplicate = true
            copyExtra += t.fault.copyDelayMs ?? 0
            break
        }
      }
    }
    if (this.rng.chance(link.loss)) return this.drop(now, seg, 'network', { code: 'random-loss' })
    const delay = this.delay(link, extra)
    if (duplicate) {
      const copyId = this.sink.newSegmentId()
      this.sink.emit({ type: 'segment-duplicated', at: now, segmentId: seg.id, copyId })
      this.copyId = copyId
      this.copyDelay = this.delay(link, extra + copyExtra) + 1
    }
    return delay
  }

  /** The reason for an address no host has, made once per address (a flood's SYN-ACKs go nowhere). */
  private noRoute(ip: string): DropReason {
    let why = this.noRoutes.get(ip)
    if (why === undefined) this.noRoutes.set(ip, (why = { code: 'no-route', ip }))
    return why
  }
  private readonly noRoutes = new Map<string, DropReason>()

  private delay(link: LinkParams, extra: number): number {
    return link.latencyMs + (link.jitterMs > 0 ? this.rng.int(0, link.jitterMs) : 0) + extra
  }

  private drop(now: Millis, seg: Segment, by: 'network' | 'fault' | 'firewall', why: DropReason): number {
    this.sink.emit({ type: 'segment-dropped', at: now, segmentId: seg.id, by, why })
    return LOST
  }
}

/** Who is the destination host of an IP, if anyone. */
export type Resolver = (ip: string) => HostId | undefined
export type { Segment }

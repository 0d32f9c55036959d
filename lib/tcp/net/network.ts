/**
 * The network between hosts: per-direction latency, jitter and random loss, plus a scenario's
 * targeted faults (drop / delay / duplicate / reorder the n-th matching segment) and firewalls.
 * A decorator around delivery with a seeded PRNG (smoltcp `phy/fault_injector.rs`).
 */
import { type Rng } from '../rng'
import { type Fault, type Scenario } from '../scenario/schema'
import { type HostId, type Segment } from '../segment'
import { type Millis } from '../time'
import { type TraceEvent } from '../trace'
import { compileFilter, type WireView } from './filter'

interface LinkParams {
  latencyMs: number
  jitterMs: number
  loss: number
}

type Targeted = Extract<Fault, { kind: 'drop' | 'delay' | 'duplicate' | 'reorder' }>
type Firewall = Extract<Fault, { kind: 'firewall' }>

/** What happens to one segment: deliver after these delays (one entry per copy), or nothing. */
export interface Fate {
  readonly delays: number[]
  readonly copyIds: number[]
}

export class Network {
  private readonly links = new Map<string, LinkParams>()
  private readonly defaults: LinkParams
  private readonly targeted: { fault: Targeted; test: (w: WireView) => boolean; seen: number }[]
  private readonly firewalls: Firewall[]

  constructor(
    s: Scenario,
    private readonly rng: Rng,
    private readonly emit: (e: TraceEvent) => void,
    private readonly newId: () => number,
  ) {
    const n = s.network
    this.defaults = { latencyMs: n.latencyMs, jitterMs: n.jitterMs, loss: n.loss }
    for (const l of n.links)
      this.links.set(`${l.from}>${l.to}`, {
        latencyMs: l.latencyMs ?? n.latencyMs,
        jitterMs: l.jitterMs ?? n.jitterMs,
        loss: l.loss ?? n.loss,
      })
    this.targeted = s.faults
      .filter((f): f is Targeted => ['drop', 'delay', 'duplicate', 'reorder'].includes(f.kind))
      .map((fault) => ({ fault, test: compileFilter(fault.match), seen: 0 }))
    this.firewalls = s.faults.filter((f): f is Firewall => f.kind === 'firewall')
  }

  /** Decides a segment's fate at the moment it is sent (`to` undefined: no host has that IP). */
  route(now: Millis, w: WireView): Fate {
    const seg = w.segment
    const drop = (by: 'network' | 'fault' | 'firewall', detail: string): Fate => {
      this.emit({ type: 'segment-dropped', at: now, segmentId: seg.id, by, detail })
      return { delays: [], copyIds: [] }
    }
    if (w.to === undefined) return drop('network', `no host at ${seg.dst.ip}`)
    for (const fw of this.firewalls) {
      if (now < fw.at || (fw.until !== undefined && now >= fw.until)) continue
      const hit =
        (fw.direction !== 'to' && seg.sender === fw.host) || (fw.direction !== 'from' && w.to === fw.host)
      if (hit) return drop('firewall', `firewall around ${fw.host}`)
    }
    const link = this.links.get(`${seg.sender}>${w.to}`) ?? this.defaults
    let extra = 0
    let duplicate = false
    for (const t of this.targeted) {
      if (!t.test(w)) continue
      t.seen++
      if (t.seen < t.fault.nth || t.seen >= t.fault.nth + t.fault.count) continue
      switch (t.fault.kind) {
        case 'drop':
          return drop('fault', `drop #${t.seen} matching segment`)
        case 'delay':
          extra += t.fault.delayMs
          break
        case 'reorder':
          // Held back long enough for the segments sent after it to overtake it.
          extra += t.fault.delayMs ?? 2 * link.latencyMs + 1
          break
        case 'duplicate':
          duplicate = true
          break
      }
    }
    if (this.rng.chance(link.loss)) return drop('network', 'random loss')
    const delay = () => link.latencyMs + (link.jitterMs > 0 ? this.rng.int(0, link.jitterMs) : 0) + extra
    const delays = [delay()]
    const copyIds: number[] = []
    if (duplicate) {
      const copyId = this.newId()
      this.emit({ type: 'segment-duplicated', at: now, segmentId: seg.id, copyId })
      delays.push(delay() + 1)
      copyIds.push(copyId)
    }
    return { delays, copyIds }
  }
}

/** Who is the destination host of an IP, if anyone. */
export type Resolver = (ip: string) => HostId | undefined
export type { Segment }

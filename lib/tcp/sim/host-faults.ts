/**
 * The scenario's faults that act on hosts rather than on the network (those are Network.route's):
 * a crash and its reboot, an attacker's SYN flood, and injected segments (old duplicates, forged
 * ones). Each is queued as `fault` jobs and run here when the world pops them.
 */
import { EMPTY } from '../conn/connection'
import { type Host } from '../host/host'
import { parseFlags } from '../net/filter'
import { type Fault } from '../scenario/schema'
import { type SocketAddress, SYN, type TcpOptions } from '../segment'
import { seq } from '../seq'
import { ms } from '../time'
import { type World } from './world'

/** TEST-NET-2 (RFC 5737) addresses a SYN flood forges, built once: index n is 198.51.100.n. */
const SPOOFED_IPS = Array.from({ length: 255 }, (_, n) => `198.51.100.${n}`)
/** Segments are never mutated, so every flood SYN can share one options object. */
const FLOOD_SYN_OPTIONS: TcpOptions = Object.freeze({ mss: 1460 })

export class HostFaults {
  /**
   * Each SYN flood's target address by fault index, built once and frozen: every SYN of a flood
   * shares it, one object fewer per SYN for the trace to keep (issue #3).
   */
  private readonly floodTargets: (SocketAddress | undefined)[] = []

  constructor(private readonly w: World) {}

  /** Queues every host fault of the scenario (network faults act in Network.route instead). */
  schedule(): void {
    this.w.scenario.faults.forEach((f, fault) => {
      switch (f.kind) {
        case 'crash':
          this.w.sched.push(ms(f.at), { k: 'fault', fault, n: 0, order: 0 })
          if (f.rebootAt !== undefined)
            this.w.sched.push(ms(f.rebootAt), { k: 'fault', fault, n: 1, order: 0 })
          break
        case 'syn-flood': {
          // The SYNs keep the queue positions they would have had if all were queued now, but each
          // enters the queue only when the one before it runs: the heap stays small.
          const first = this.w.sched.reserve(f.count)
          this.queueFloodSyn(fault, 0, first)
          break
        }
        case 'inject':
          this.w.sched.push(ms(f.at), { k: 'fault', fault, n: 0, order: 0 })
          break
        default:
          break // network faults are applied by Network.route
      }
    })
  }

  private queueFloodSyn(fault: number, n: number, first: number): void {
    const f = this.w.scenario.faults[fault] as Extract<Fault, { kind: 'syn-flood' }>
    const at = ms(Math.round(f.at + n * (1000 / f.ratePerSec)))
    this.w.sched.pushReserved(at, first + n, { k: 'fault', fault, n, order: first })
  }

  /** Runs the n-th event of fault `fault` (its queue job; `first`: a flood's first insertion number). */
  run(fault: number, n: number, first: number): void {
    const f = this.w.scenario.faults[fault]
    switch (f.kind) {
      case 'crash': {
        const h = this.w.hosts.get(f.host) as Host
        if (n === 0) {
          h.crash()
          for (const app of this.w.apps) if (app.spec.host === f.host) app.reset()
        } else {
          h.reboot()
          for (const app of this.w.apps) if (app.spec.host === f.host && app.spec.restartOnReboot) app.start()
        }
        return
      }
      case 'syn-flood': {
        if (n + 1 < f.count) this.queueFloodSyn(fault, n + 1, first)
        const from = this.w.hosts.get(f.from) as Host
        const to = this.w.hosts.get(f.to) as Host
        // A spoofed source in TEST-NET-2 (RFC 5737): its SYN-ACKs go nowhere.
        const src = { ip: SPOOFED_IPS[this.w.rng.int(1, 254)], port: this.w.rng.int(1024, 65_535) }
        from.sendRaw(
          {
            src,
            dst: (this.floodTargets[fault] ??= Object.freeze({ ip: to.ip, port: f.port })),
            seq: seq(this.w.rng.u32()),
            ack: seq(0),
            flags: SYN,
            window: 64_240,
            options: FLOOD_SYN_OPTIONS,
            payload: EMPTY,
          },
          undefined,
        )
        return
      }
      case 'inject': {
        const from = this.w.hosts.get(f.from) as Host
        const to = this.w.hosts.get(f.to) as Host
        const spoofed = f.spoofAs === undefined ? undefined : (this.w.hosts.get(f.spoofAs) as Host)
        this.w.emit({
          type: 'note',
          at: this.w.now(),
          host: f.from,
          note: spoofed
            ? { code: 'forged-segment', spoofed: spoofed.host, ip: spoofed.ip, to: f.to }
            : { code: 'old-duplicate-injected', to: f.to },
        })
        from.sendRaw(
          {
            src: { ip: (spoofed ?? from).ip, port: f.srcPort },
            dst: { ip: to.ip, port: f.dstPort },
            seq: seq(f.seq),
            ack: seq(f.ack),
            flags: parseFlags(f.flags),
            window: 65_535,
            options: parseFlags(f.flags) & parseFlags('SYN') ? { mss: 1460 } : {},
            payload: new Uint8Array(f.bytes),
            ...(f.label ? { label: f.label } : {}),
          },
          undefined,
        )
        return
      }
      default:
        return
    }
  }
}

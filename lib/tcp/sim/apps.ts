/**
 * Applications: each runs a scenario's list of actions on one host, at given times or when
 * something happens on one of its connections (connected, accepted, received ≥ N, eof, error,
 * closed). It is the sockets API a program would use, and it records every byte it sent and got.
 */
import { type AppEvent, type Connection } from '../conn/connection'
import { abort, close, openActive, read, send, shutdownWrite } from '../conn/user'
import { type Host } from '../host/host'
import { Listener } from '../host/listener'
import { fastOpenAllows } from '../profile'
import { Payload, type SegmentData } from '../payload'
import { type CallArgs } from '../reasons'
import { type Action, type AppSpec, type Trigger } from '../scenario/schema'
import { type SocketError } from '../trace'

/** What the simulator offers an application. */
export interface AppWorld {
  now(): number
  host(id: string): Host
  /** Runs `action` after `delayMs` (on `record`'s connection when given). */
  scheduleAction(delayMs: number, app: AppRuntime, action: Action, record: ConnRecord | undefined): void
  /** Runs `app.acceptOne()` as its own event, at this instant. */
  scheduleAccept(app: AppRuntime): void
  emit: Host['emit']
}

/**
 * The writes one application made in an earlier run of the same scenario, by write number. Runs
 * are deterministic, so a replay reuses them (and whatever generator states they recorded).
 */
export type PayloadMemo = Payload[]

/** One connection as its application sees it. */
export interface ConnRecord {
  readonly conn: Connection
  /** Position in the application's records (queued actions name the record by it). */
  readonly index: number
  /** Each write, whole, and what arrived, in order (`bytesOf` draws the bytes: payload.ts). */
  readonly sent: SegmentData[]
  sentBytes: number
  readonly received: SegmentData[]
  receivedBytes: number
  eof: boolean
  error: SocketError | undefined
  closed: boolean
  readonly fired: Set<number>
}

export class AppRuntime {
  readonly records: ConnRecord[] = []
  private readonly byConn = new Map<Connection, ConnRecord>()
  listener: Listener | undefined
  private acceptMode: 'auto' | 'manual' | 'never' = 'auto'
  /** Writes so far; the k-th write is `memo[k]` (drawn in this run or an earlier one). */
  private writes = 0

  constructor(
    private readonly world: AppWorld,
    readonly spec: AppSpec,
    readonly name: string,
    /** The first write's bytes come from a generator with this seed, each next one continues it. */
    private readonly seed: number,
    private readonly memo: PayloadMemo = [],
    /** Position in the world's applications (queued actions name the application by it). */
    readonly index = 0,
  ) {}

  get host(): Host {
    return this.world.host(this.spec.host)
  }

  /** Schedules the timed actions (again after a reboot when restartOnReboot). */
  start(): void {
    // Times are relative to now (0 at the start, the reboot time after a reboot): `schedule`
    // takes a delay, so adding the reboot time here would count it twice.
    this.spec.actions.forEach((a) => {
      if (a.at !== undefined) this.world.scheduleAction(a.at + (a.after ?? 0), this, a, undefined)
    })
  }

  /** The host crashed: every socket of this application is gone. */
  reset(): void {
    this.listener = undefined
  }

  owns(c: Connection): ConnRecord | undefined {
    return this.byConn.get(c)
  }

  /** Runs one action; `target` is the connection whose event triggered it. */
  perform(a: Action, target?: ConnRecord): void {
    const h = this.host
    if (!h.up) return
    const call = (args?: CallArgs, conn?: Connection) => {
      const at = h.now()
      // Literal shapes, in the trace's key order (type, at, host, conn, call, args).
      this.world.emit(
        conn
          ? args
            ? { type: 'app-call', at, host: h.host, conn: conn.id, call: a.do, args }
            : { type: 'app-call', at, host: h.host, conn: conn.id, call: a.do }
          : args
            ? { type: 'app-call', at, host: h.host, call: a.do, args }
            : { type: 'app-call', at, host: h.host, call: a.do },
      )
    }
    switch (a.do) {
      case 'connect': {
        const peer = this.world.host(a.to)
        const remote = { ip: peer.ip, port: a.port }
        const localPort = a.localPort ?? h.ephemeralPort(remote)
        const c = h.newConnection(localPort, remote)
        call({ code: 'connect-args', ip: peer.ip, port: a.port, localPort, fastOpen: a.fastOpen === true }, c)
        this.adopt(c)
        if (a.fastOpen) c.options.fastOpen = true
        openActive(c, h.isn(localPort, remote))
        return
      }
      case 'listen': {
        const backlog = Math.min(a.backlog, h.params.somaxconn)
        const l = new Listener(h, a.port, backlog)
        this.listener = l
        this.acceptMode = a.accept
        h.listeners.set(a.port, l)
        // Linux needs both the socket option and the server bit of net.ipv4.tcp_fastopen.
        l.fastOpen = a.fastOpen === true && fastOpenAllows(h.params, 'server')
        l.deferAcceptMs = a.deferAcceptMs
        call({
          code: 'listen-args',
          port: a.port,
          backlog,
          neverAccepts: a.accept === 'never',
          fastOpen: a.fastOpen ? (l.fastOpen ? 'on' : 'ignored') : 'off',
          deferAcceptMs: a.deferAcceptMs,
        })
        return
      }
      case 'accept': {
        call()
        this.acceptOne()
        return
      }
      default:
        break
    }
    const targets = target ? [target] : this.records.filter((r) => !r.closed)
    if (targets.length === 0) return call({ code: 'no-connection' })
    for (const r of targets) {
      const c = r.conn
      switch (a.do) {
        case 'send': {
          const payload = this.fill(a.bytes)
          call({ code: 'send-args', bytes: a.bytes, label: a.label || undefined }, c) // '' is no label
          if (send(c, payload, a.label)) {
            r.sent.push(payload.slice(0, payload.length))
            r.sentBytes += payload.length
          } else this.result(r, 'error', undefined, 'EPIPE')
          break
        }
        case 'read': {
          const got = read(c, a.bytes)
          call({ code: 'read-args', bytes: got.length }, c)
          this.take(r, got)
          break
        }
        case 'shutdown':
          call({ code: 'shutdown-args' }, c)
          shutdownWrite(c)
          break
        case 'close':
          call(undefined, c)
          close(c)
          break
        case 'abort':
          call(undefined, c)
          abort(c)
          break
        case 'setsockopt': {
          const ka = a.keepalive === true ? h.params.keepalive : a.keepalive
          const lingerZero = a.lingerZero === true
          call(
            ka
              ? {
                  code: 'setsockopt-keepalive',
                  idleMs: ka.idleMs,
                  intervalMs: ka.intervalMs,
                  probes: ka.probes,
                  lingerZero,
                }
              : lingerZero
                ? { code: 'setsockopt-linger-zero' }
                : undefined,
            c,
          )
          if (ka) {
            c.options.keepalive = ka
            if (c.state === 'ESTABLISHED' && c.timers.keepalive === undefined)
              c.setTimer('keepalive', ka.idleMs)
          }
          if (a.lingerZero !== undefined) c.options.lingerZero = a.lingerZero
          break
        }
      }
    }
  }

  /** Takes ownership of a new connection (connect or accept). */
  private adopt(c: Connection): ConnRecord {
    const r: ConnRecord = {
      conn: c,
      index: this.records.length,
      sent: [],
      sentBytes: 0,
      received: [],
      receivedBytes: 0,
      eof: false,
      error: undefined,
      closed: false,
      fired: new Set(),
    }
    this.records.push(r)
    this.byConn.set(c, r)
    c.autoRead = this.spec.read === 'auto'
    // Options set before connect() (at the same instant) apply to the new socket too.
    return r
  }

  /** The listener has an established connection waiting. */
  acceptable(): void {
    if (this.acceptMode === 'auto') this.world.scheduleAccept(this)
  }

  /** accept(): adopts the oldest established connection of the listener, if any. */
  acceptOne(): void {
    const c = this.listener?.accept()
    if (!c) return
    const r = this.adopt(c)
    this.result(r, 'accepted')
    // Data that arrived before accept() waited in the socket buffer.
    if (c.autoRead && c.recvBuf.length > 0) this.take(r, c.recvBuf.shift(c.recvBuf.length))
    if (c.finReceived) this.onEvent(c, { kind: 'eof' })
    if (c.state === 'CLOSED') this.onEvent(c, { kind: 'closed' })
    this.trigger(r, 'accepted')
  }

  /** A connection of this application reports something. */
  onEvent(c: Connection, ev: AppEvent): void {
    const r = this.byConn.get(c)
    if (!r) return
    switch (ev.kind) {
      case 'connected':
        this.result(r, 'connected')
        return this.trigger(r, 'connected')
      case 'received':
        return this.take(r, ev.bytes)
      case 'eof':
        if (r.eof) return
        r.eof = true
        this.result(r, 'eof')
        return this.trigger(r, 'eof')
      case 'error':
        r.error = ev.error
        this.result(r, 'error', undefined, ev.error)
        return this.trigger(r, 'error')
      case 'closed':
        if (r.closed) return
        r.closed = true
        this.result(r, 'closed')
        return this.trigger(r, 'closed')
    }
  }

  private take(r: ConnRecord, bytes: SegmentData): void {
    if (bytes.length === 0) return
    r.received.push(bytes)
    r.receivedBytes += bytes.length
    this.result(r, 'received', bytes.length)
    const actions = this.spec.actions
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i]
      if (typeof a.on === 'object' && r.receivedBytes >= a.on.received) this.fire(r, a, i)
    }
  }

  private trigger(r: ConnRecord, t: Exclude<Trigger, object>): void {
    this.spec.actions.forEach((a, i) => {
      if (a.on === t) this.fire(r, a, i)
    })
  }

  private fire(r: ConnRecord, a: Action, i: number): void {
    if (r.fired.has(i)) return
    r.fired.add(i)
    // Reactions run as their own events: never inside the segment processing that caused them.
    this.world.scheduleAction(a.after ?? 0, this, a, r)
  }

  private result(
    r: ConnRecord,
    result: 'connected' | 'accepted' | 'received' | 'eof' | 'closed' | 'error',
    bytes?: number,
    error?: SocketError,
  ): void {
    const h = this.host
    const at = h.now()
    const conn = r.conn.id
    this.world.emit(
      bytes !== undefined
        ? error !== undefined
          ? { type: 'app-result', at, host: h.host, conn, result, bytes, error }
          : { type: 'app-result', at, host: h.host, conn, result, bytes }
        : error !== undefined
          ? { type: 'app-result', at, host: h.host, conn, result, error }
          : { type: 'app-result', at, host: h.host, conn, result },
    )
  }

  /** Application bytes: pseudo-random so that reordering or duplication bugs cannot hide. */
  private fill(n: number): Payload {
    const k = this.writes++
    const hit = this.memo[k]
    if (hit !== undefined && hit.length === n) return hit
    // Each write continues the generator where the previous write's last word left it.
    const p = new Payload(n, k === 0 ? this.seed : this.memo[k - 1].endState())
    this.memo[k] = p
    return p
  }
}

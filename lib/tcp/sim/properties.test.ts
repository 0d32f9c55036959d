import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bytesOf, type SegmentData } from '../payload'
import { type ScenarioInput } from '../scenario/schema'
import { FIN, SYN, ACK } from '../segment'
import { seqAdd, seqGt, seq } from '../seq'
import { runScenario } from './runner'

/** The bytes themselves, drawn from each write: a slice delivered at the wrong offset shows. */
function concat(data: SegmentData[]): Uint8Array {
  const chunks = data.map(bytesOf)
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let o = 0
  for (const c of chunks) {
    out.set(c, o)
    o += c.length
  }
  return out
}

const isPrefix = (a: Uint8Array, b: Uint8Array) => a.length <= b.length && a.every((x, i) => x === b[i])
const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && isPrefix(a, b)

/** A request/response exchange over a network that loses, delays, duplicates and reorders. */
function lossyExchange(p: {
  seed: number
  profile: 'rfc' | 'linux'
  up: number
  down: number
  loss: number
  jitter: number
  dupNth: number
  reorderNth: number
}): ScenarioInput {
  return {
    name: 'property',
    seed: p.seed,
    hosts: { client: { ip: '10.0.0.1', profile: p.profile }, server: { ip: '10.0.0.2', profile: p.profile } },
    network: { latencyMs: 20, jitterMs: p.jitter, loss: p.loss },
    apps: [
      {
        host: 'server',
        actions: [
          { at: 0, do: 'listen', port: 80 },
          { on: { received: p.up }, do: 'send', bytes: p.down },
          { on: 'eof', do: 'close' },
        ],
      },
      {
        host: 'client',
        actions: [
          { at: 1, do: 'connect', to: 'server', port: 80 },
          { on: 'connected', do: 'send', bytes: p.up },
          { on: { received: p.down }, do: 'close' },
        ],
      },
    ],
    faults: [
      { kind: 'duplicate', match: {}, nth: p.dupNth },
      { kind: 'reorder', match: { payload: true }, nth: p.reorderNth },
    ],
  }
}

const params = fc.record({
  seed: fc.integer(),
  profile: fc.constantFrom('rfc' as const, 'linux' as const),
  up: fc.integer({ min: 1, max: 20_000 }),
  down: fc.integer({ min: 1, max: 40_000 }),
  loss: fc.double({ min: 0, max: 0.15, noNaN: true }),
  jitter: fc.integer({ min: 0, max: 40 }),
  dupNth: fc.integer({ min: 1, max: 30 }),
  reorderNth: fc.integer({ min: 1, max: 10 }),
})

describe('the engine under random loss, delay, duplication and reordering', () => {
  it('delivers to each application exactly the bytes the other sent, in order, once', () => {
    fc.assert(
      fc.property(params, (p) => {
        const r = runScenario(lossyExchange(p))
        const [server, client] = r.world.apps
        const c = client.records[0]
        const s = server.records[0]
        if (!s) return // the handshake itself failed: nothing was exchanged
        const up = concat(c.sent)
        const down = concat(s.sent)
        const gotUp = concat(s.received)
        const gotDown = concat(c.received)
        if (c.error || s.error) {
          expect(isPrefix(gotUp, up)).toBe(true)
          expect(isPrefix(gotDown, down)).toBe(true)
        } else {
          expect(same(gotUp, up)).toBe(true)
          expect(same(gotDown, down)).toBe(true)
        }
      }),
      { numRuns: 30 },
    )
  }, 60_000)

  it('ends every connection CLOSED or with an error reported to its application', () => {
    fc.assert(
      fc.property(params, (p) => {
        const r = runScenario(lossyExchange(p))
        expect(r.stopped).toBe('idle')
        for (const h of r.snapshot.hosts) for (const conn of h.connections) expect(conn.state).toBe('CLOSED')
      }),
      { numRuns: 25 },
    )
  }, 60_000)

  it('never acknowledges bytes that were not sent and never sends data after its FIN', () => {
    fc.assert(
      fc.property(params, (p) => {
        const r = runScenario(lossyExchange(p))
        const sentEnd = new Map<string, number>() // per direction: highest seq + len seen
        const finAt = new Map<string, number>()
        for (const e of r.trace) {
          if (e.type !== 'segment-sent') continue
          const s = e.segment
          const dir = `${s.src.ip}:${s.src.port}>${s.dst.ip}:${s.dst.port}`
          const back = `${s.dst.ip}:${s.dst.port}>${s.src.ip}:${s.src.port}`
          const len = s.payload.length + (s.flags & SYN ? 1 : 0) + (s.flags & FIN ? 1 : 0)
          const end = seqAdd(s.seq, len)
          const prev = sentEnd.get(dir)
          if (prev === undefined || seqGt(end, seq(prev))) sentEnd.set(dir, end)
          if (s.flags & FIN) {
            const fin = seqAdd(s.seq, s.payload.length)
            if (finAt.has(dir)) expect(finAt.get(dir)).toBe(fin) // a FIN never moves
            finAt.set(dir, fin)
          }
          const f = finAt.get(dir)
          if (f !== undefined && s.payload.length > 0)
            expect(seqGt(seqAdd(s.seq, s.payload.length), seq(f))).toBe(false)
          const peerEnd = sentEnd.get(back)
          if (s.flags & ACK && peerEnd !== undefined) expect(seqGt(s.ack, seq(peerEnd))).toBe(false)
        }
      }),
      { numRuns: 25 },
    )
  }, 60_000)
})

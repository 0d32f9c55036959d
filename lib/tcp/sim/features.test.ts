import { describe, expect, it } from 'vitest'
import {
  blindSpoofRefused,
  deferAccept,
  fastOpen,
  fixedIsnBlindSpoof,
  tailLossProbe,
} from '@/lib/scenarios/reference/features'
import { type ScenarioInput } from '../scenario/schema'
import { SYN } from '../segment'
import { seqAdd, seqDiff } from '../seq'
import { type TraceEvent } from '../trace'
import { runScenario } from './runner'

type Sent = Extract<TraceEvent, { type: 'segment-sent' }>
const sent = (trace: readonly TraceEvent[], host: string) =>
  trace.filter((e): e is Sent => e.type === 'segment-sent' && e.host === host)
const firstAt = (trace: readonly TraceEvent[], test: (e: TraceEvent) => boolean) =>
  trace.find(test)?.at ?? Infinity

describe('TCP Fast Open (RFC 7413)', () => {
  it('first SYN requests a cookie, the SYN-ACK returns it, the second SYN carries cookie and data', () => {
    const r = runScenario(fastOpen)
    const client = sent(r.trace, 'client').filter((e) => e.segment.flags === SYN)
    const server = sent(r.trace, 'server').filter((e) => e.segment.flags & SYN)
    expect(client).toHaveLength(2)
    expect(client[0].segment.options.fastOpen).toEqual({})
    expect(client[0].segment.payload.length).toBe(0)
    const cookie = server[0].segment.options.fastOpen?.cookie
    expect(cookie).toMatch(/^[0-9a-f]{16}$/)
    expect(client[1].segment.options.fastOpen).toEqual({ cookie })
    expect(client[1].segment.payload.length).toBe(100)
    // The SYN-ACK acknowledges the SYN and its 100 bytes, and hands out no new cookie.
    expect(server[1].segment.ack).toBe(seqAdd(client[1].segment.seq, 101))
    expect(server[1].segment.options.fastOpen).toBeUndefined()
    for (const x of r.expectations) expect(x.pass, `${x.description}: ${x.actual}`).toBe(true)
  })

  it('SYN-RECEIVED server reads the data and answers before the final ACK arrives', () => {
    const r = runScenario(fastOpen)
    const conn = sent(r.trace, 'server').filter((e) => e.segment.flags & SYN)[1].conn
    const received = firstAt(
      r.trace,
      (e) => e.type === 'app-result' && e.conn === conn && e.result === 'received',
    )
    const response = firstAt(
      r.trace,
      (e) => e.type === 'segment-sent' && e.conn === conn && e.segment.label === 'response',
    )
    const established = firstAt(
      r.trace,
      (e) => e.type === 'state' && e.conn === conn && e.to === 'ESTABLISHED',
    )
    expect(received).toBe(2050)
    expect(response).toBe(2050)
    expect(established).toBe(2150)
    // The second request's reply arrives one round trip earlier than the first's.
    const replies = r.trace.filter(
      (e) => e.type === 'app-result' && e.host === 'client' && e.result === 'received',
    )
    expect(replies.map((e) => e.at)).toEqual([200, 2100])
  })

  it('SYN-SENT client re-sends the data after the handshake when the cookie is stale (server rebooted)', () => {
    const s: ScenarioInput = {
      ...fastOpen,
      name: 'fast-open-stale-cookie',
      apps: fastOpen.apps?.map((a) => (a.host === 'server' ? { ...a, restartOnReboot: true } : a)),
      faults: [{ kind: 'crash', host: 'server', at: 1000, rebootAt: 1500 }],
      expect: [],
    }
    const r = runScenario(s)
    const syns = sent(r.trace, 'client').filter((e) => e.segment.flags === SYN)
    expect(syns[1].segment.payload.length).toBe(100)
    const synAck = sent(r.trace, 'server').filter((e) => e.segment.flags & SYN)[1]
    expect(synAck.segment.ack).toBe(seqAdd(syns[1].segment.seq, 1)) // only the SYN
    expect(synAck.segment.options.fastOpen?.cookie).toMatch(/^[0-9a-f]{16}$/)
    const again = sent(r.trace, 'client').find(
      (e) => e.at > 2000 && e.segment.label === 'second request' && !(e.segment.flags & SYN),
    )
    expect(again?.reason).toBe('retransmission')
    expect(
      r.trace.some((e) => e.type === 'app-result' && e.host === 'server' && e.at > 2000 && e.bytes === 100),
    ).toBe(true)
  })

  it('LISTEN ignores TCP_FASTOPEN when net.ipv4.tcp_fastopen lacks the server bit (Linux default 1)', () => {
    const r = runScenario({
      ...fastOpen,
      hosts: { client: fastOpen.hosts.client, server: { ip: '10.0.0.2' } },
    })
    const syns = sent(r.trace, 'client').filter((e) => e.segment.flags === SYN)
    expect(sent(r.trace, 'server').every((e) => e.segment.options.fastOpen === undefined)).toBe(true)
    expect(syns[1].segment.payload.length).toBe(0)
    expect(syns[1].segment.options.fastOpen).toEqual({})
  })
})

describe('TCP_DEFER_ACCEPT', () => {
  it('SYN-RECEIVED ignores a bare final ACK and completes when data arrives', () => {
    const r = runScenario(deferAccept)
    const discarded = r.trace.filter((e) => e.type === 'segment-discarded' && e.host === 'server')
    expect(discarded.map((e) => e.at)).toEqual([60, 1060])
    const est = firstAt(r.trace, (e) => e.type === 'state' && e.host === 'server' && e.to === 'ESTABLISHED')
    const accepted = firstAt(
      r.trace,
      (e) => e.type === 'app-result' && e.host === 'server' && e.result === 'accepted',
    )
    expect(est).toBe(2560)
    expect(accepted).toBe(2560)
    for (const x of r.expectations) expect(x.pass, `${x.description}: ${x.actual}`).toBe(true)
  })

  it('SYN-RECEIVED accepts a bare ACK once the defer period is over', () => {
    const s = structuredClone(deferAccept)
    const listen = s.apps?.[0].actions[0]
    if (listen?.do === 'listen') listen.deferAcceptMs = 1500
    const r = runScenario(s)
    // SYN-ACKs at 20, 1020, 3020: the ACK of the last one (at 3060) is past 20 + 1500.
    const est = firstAt(r.trace, (e) => e.type === 'state' && e.host === 'server' && e.to === 'ESTABLISHED')
    expect(est).toBe(2560) // the data at 2560 came first
    const t = structuredClone(s)
    const send = t.apps?.[1].actions[1]
    if (send) send.after = 5000
    const late = runScenario(t)
    expect(
      firstAt(late.trace, (e) => e.type === 'state' && e.host === 'server' && e.to === 'ESTABLISHED'),
    ).toBe(3060)
  })
})

describe('tail loss probe (RFC 8985)', () => {
  it('ESTABLISHED re-sends the last segment at 2·SRTT + 200 ms after the last ACK, before the RTO', () => {
    const r = runScenario(tailLossProbe)
    const probe = sent(r.trace, 'client').find((e) => e.reason === 'tail-loss-probe')
    const lastAck = sent(r.trace, 'server')
      .filter((e) => e.at < (probe?.at ?? 0))
      .pop()
    expect(probe?.segment.payload.length).toBe(1080)
    expect(lastAck?.at).toBe(60)
    // SRTT 40 ms (the handshake): the ACK reaches the client at 80; 80 + 2·40 + 200 = 360.
    expect(probe?.at).toBe(360)
    for (const x of r.expectations) expect(x.pass, `${x.description}: ${x.actual}`).toBe(true)
  })

  it('ESTABLISHED without the option waits for the RTO (the rfc profile default)', () => {
    const r = runScenario({
      ...tailLossProbe,
      hosts: { client: { ip: '10.0.0.1', profile: 'rfc' }, server: tailLossProbe.hosts.server },
    })
    expect(sent(r.trace, 'client').some((e) => e.reason === 'tail-loss-probe')).toBe(false)
    expect(sent(r.trace, 'client').find((e) => e.reason === 'retransmission')?.at).toBe(1080)
  })
})

describe('fixed ISN counterfactual (NOT TCP)', () => {
  it('an off-path attacker completes a handshake in the trusted host’s name and delivers data', () => {
    const r = runScenario(fixedIsnBlindSpoof)
    const synAck = sent(r.trace, 'server').find((e) => e.segment.flags & SYN)
    expect(synAck?.segment.seq).toBe(0)
    expect(r.trace.some((e) => e.type === 'segment-dropped' && e.by === 'host-down')).toBe(true)
    const server = r.snapshot.hosts.find((h) => h.id === 'server')
    expect(server?.connections[0].state).toBe('ESTABLISHED')
    // The server's application accepted the forged connection and read the attacker's command.
    expect(r.trace.some((e) => e.type === 'app-result' && e.host === 'server' && e.bytes === 20)).toBe(true)
    for (const x of r.expectations) expect(x.pass, `${x.description}: ${x.actual}`).toBe(true)
  })

  it('with RFC 6528 ISNs the blind ACK misses and is answered by a reset', () => {
    const r = runScenario(blindSpoofRefused)
    const synAck = sent(r.trace, 'server').find((e) => e.segment.flags & SYN)
    expect(seqDiff(synAck?.segment.seq ?? (0 as never), 0 as never)).not.toBe(0)
    for (const x of r.expectations) expect(x.pass, `${x.description}: ${x.actual}`).toBe(true)
  })
})

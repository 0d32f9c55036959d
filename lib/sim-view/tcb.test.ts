import { describe, expect, it } from 'vitest'
import { getScenario } from '@/lib/scenarios'
import { FIN, hasFlag, Replay, runScenario } from '@/lib/tcp'
import { buildViewModel } from './model'
import { eventIndexAt, pickConnection, tcbView, timerKindsOf } from './tcb'

const scenario = getScenario('time-wait-final-ack-lost')!.scenario
const run = runScenario(scenario)
const replay = new Replay(scenario)
const kinds = timerKindsOf(run.trace, 'client')
/** The client's panel right after the step at virtual time t. */
const clientAt = (t: number) => tcbView(replay.at(eventIndexAt(run.trace, t)).snapshot, 'client', kinds)

describe('eventIndexAt', () => {
  it('is the last event at or before t, -1 before the first', () => {
    const i = eventIndexAt(run.trace, 101)
    expect(run.trace[i].at).toBe(101)
    expect(run.trace[i + 1].at).toBeGreaterThan(101)
    expect(eventIndexAt(run.trace, -1)).toBe(-1)
    expect(eventIndexAt(run.trace, Number.MAX_SAFE_INTEGER)).toBe(run.trace.length - 1)
  })
})

describe('tcbView on the TIME-WAIT scenario (client)', () => {
  it('in SYN-SENT: ISS is 0, SND.NXT 1 (the SYN), IRS and RCV.NXT not yet known, RTO armed', () => {
    const v = clientAt(1)!
    expect(v.state).toBe('SYN-SENT')
    expect(v.iss).toEqual({
      rel: 0,
      raw: run.snapshot.hosts.find((h) => h.id === 'client')!.connections[0].iss,
    })
    expect([v.sndUna.rel, v.sndNxt.rel]).toEqual([0, 1])
    expect(v.irs).toBeUndefined()
    expect(v.rcvNxt).toBeUndefined()
    expect(v.srttMs).toBeNull()
    expect(v.rttvarMs).toBeNull()
    expect(v.timers.find((t) => t.kind === 'retransmit')).toEqual({
      kind: 'retransmit',
      deadline: 1001,
      remainingMs: 1000,
    })
  })

  it('after the first RTT sample SRTT = R and RTTVAR = R/2 (RFC 6298 §2.2)', () => {
    const v = clientAt(101)!
    expect(v.state).toBe('ESTABLISHED')
    expect(v.srttMs).toBe(100)
    expect(v.rttvarMs).toBe(50)
    expect(v.irs?.rel).toBe(0)
  })

  it('sending the FIN advances SND.NXT by one, and the FIN goes out at the old SND.NXT', () => {
    const model = buildViewModel(run.trace)
    const fin = model.records.find((r) => r.from === 'client' && hasFlag(r.segment.flags, FIN))!
    const before = clientAt(fin.sentAt - 1)!
    const after = clientAt(fin.sentAt)!
    expect(after.state).toBe('FIN-WAIT-1')
    expect(after.sndNxt.rel).toBe(before.sndNxt.rel + 1)
    expect(model.rel.get(fin.id)!.relSeq).toBe(before.sndNxt.rel)
    expect(after.sndNxt.raw).toBe(fin.segment.seq + 1)
  })

  it('the retransmitted FIN restarts the TIME-WAIT timer: its remaining time goes back up', () => {
    const rows = run.trace.flatMap((e, i) =>
      e.type === 'timer-set' && e.host === 'client' && e.timer === 'time-wait' ? [i] : [],
    )
    expect(rows.length).toBe(2)
    const [first, second] = rows.map((i) => run.trace[i].at)
    const tw = (t: number) => clientAt(t)!.timers.find((x) => x.kind === 'time-wait')!.remainingMs!
    expect(tw(second - 1)).toBeLessThan(tw(first))
    expect(tw(second)).toBe(tw(first))
  })

  it('lists the same timer kinds at every step, armed or not, so the panel keeps its height', () => {
    expect(kinds).toEqual(expect.arrayContaining(['retransmit', 'time-wait']))
    for (const t of [1, 101, 351, 241_351]) expect(clientAt(t)!.timers.map((x) => x.kind)).toEqual(kinds)
    expect(clientAt(241_351)!.timers.every((x) => x.remainingMs === undefined)).toBe(true)
  })
})

describe('pickConnection', () => {
  it('follows the selected segment, else the newest live connection', () => {
    const flood = getScenario('syn-flood-cookies')!.scenario
    const r = runScenario(flood)
    const server = r.snapshot.hosts.find((h) => h.id === 'server')!
    expect(server.connections.length).toBeGreaterThan(1)
    const fromClient = r.trace.find((e) => e.type === 'segment-sent' && e.host === 'client')
    if (fromClient?.type !== 'segment-sent') throw new Error('the client sends nothing')
    const c = pickConnection(server, fromClient.segment)!
    expect(c.remote).toBe(`${fromClient.segment.src.ip}:${fromClient.segment.src.port}`)
    const live = server.connections.findLast((x) => x.state !== 'CLOSED')
    expect(pickConnection(server)).toBe(live ?? server.connections.at(-1))
  })

  it('gives no view for a host without connections', () => {
    const first = replay.at(0).snapshot
    expect(tcbView(first, 'server', [])).toBeUndefined()
  })
})

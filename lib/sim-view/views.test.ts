import { describe, expect, it } from 'vitest'
import { simMessages } from '@/lib/i18n/messages/sim'
import { getScenario } from '@/lib/scenarios'
import { ACK, runScenario, SYN } from '@/lib/tcp'
import { detailRows } from './detail'
import { arrowAt, layoutLadder, yAt } from './ladder-layout'
import { buildViewModel } from './model'
import { queueAt } from './queues'
import { stateCounts, statesAt, type HostStateAt } from './states'
import { CLIENT, SERVER, traceBuilder } from './testing/trace-builder'
import { transcript } from './transcript'

/** A SYN lost once, retried after the 1 s RTO, then a normal handshake. */
function lostSyn() {
  const b = traceBuilder(CLIENT, SERVER)
  // The engine traces no listener lane (and has no cause for one): this stand-in gives the views a second host.
  b.state(0, 'server', 'CLOSED', 'LISTEN', { code: 'connect' })
  b.queue(0, 'server', 80, 0, 0, 1)
  b.state(0, 'client', 'CLOSED', 'SYN-SENT', { code: 'connect' })
  b.send(0, 'client', { flags: SYN, seq: 100, dropAt: 10 })
  b.timerSet(0, 'client', 'retransmit', 1000, 1)
  b.timerFired(1000, 'client', 'retransmit')
  b.send(1000, 'client', { flags: SYN, seq: 100, reason: 'retransmission', deliverAt: 1050 })
  b.timerSet(1000, 'client', 'retransmit', 3000, 2)
  b.queue(1050, 'server', 80, 1, 0, 1)
  b.send(1050, 'server', { flags: SYN | ACK, seq: 900, ack: 101, deliverAt: 1100 })
  b.state(1100, 'client', 'SYN-SENT', 'ESTABLISHED', { code: 'syn-ack-received' })
  b.timerCancelled(1100, 'client', 'retransmit')
  b.send(1100, 'client', { flags: ACK, seq: 101, ack: 901, deliverAt: 1150 })
  b.queue(1150, 'server', 80, 0, 1, 1)
  return b.build()
}

describe('timer bars', () => {
  it('pairs each arming with what ended it: the first RTO fired, the backed-off one was cancelled', () => {
    const { timers } = buildViewModel(lostSyn())
    expect(timers.map((t) => [t.kind, t.start, t.end, t.outcome, t.attempt])).toEqual([
      ['retransmit', 0, 1000, 'fired', 1],
      ['retransmit', 1000, 1100, 'cancelled', 2],
    ])
  })

  it('keeps a timer still armed at the end of the trace as pending until its deadline', () => {
    const b = traceBuilder(CLIENT, SERVER)
    b.timerSet(0, 'client', 'time-wait', 60_000)
    expect(buildViewModel(b.build()).timers[0]).toMatchObject({ outcome: 'pending', end: 60_000 })
  })
})

describe('state timelines', () => {
  it('reports each connection’s state and the transition that entered it at a given time', () => {
    const { lanes } = buildViewModel(lostSyn())
    expect(statesAt(lanes, 500).map((s) => [s.host, s.state])).toEqual([
      ['server', 'LISTEN'],
      ['client', 'SYN-SENT'],
    ])
    const client = statesAt(lanes, 1100).find((s) => s.host === 'client')!
    expect(client).toMatchObject({ state: 'ESTABLISHED', entered: { from: 'SYN-SENT', at: 1100 } })
  })

  it('counts a flooded listener’s connections per state, so the caption names each state once (#4)', () => {
    const at = (conn: string, state: HostStateAt['state']): HostStateAt => ({
      host: 'server',
      conn,
      state,
      entered: { from: 'LISTEN', cause: { code: 'syn-to-listener' }, at: 0 },
    })
    const server = [
      at('l', 'LISTEN'),
      at('a', 'SYN-RECEIVED'),
      at('b', 'SYN-RECEIVED'),
      at('c', 'ESTABLISHED'),
    ]
    expect(stateCounts(server)).toEqual([
      { state: 'LISTEN', count: 1 },
      { state: 'SYN-RECEIVED', count: 2 },
      { state: 'ESTABLISHED', count: 1 },
    ])
  })
})

describe('listen queues', () => {
  it('steps the SYN queue up on the SYN and moves the entry to the accept queue on the final ACK', () => {
    const [series] = buildViewModel(lostSyn()).queues
    expect([series.host, series.port]).toEqual(['server', 80])
    expect(queueAt(series, 1060)).toMatchObject({ synQueue: 1, acceptQueue: 0 })
    expect(queueAt(series, 2000)).toMatchObject({ synQueue: 0, acceptQueue: 1 })
  })

  it('marks the queues as under pressure in flood and overflow runs only', () => {
    const pressure = (id: string) =>
      buildViewModel(runScenario(getScenario(id)!.scenario).trace).queues.map((q) => [
        q.peak,
        q.underPressure,
      ])
    expect(pressure('time-wait-final-ack-lost')).toEqual([[1, false]])
    // Backlog 4: Linux counts the queue full once its length exceeds the backlog, at 5.
    expect(pressure('syn-flood-cookies')).toEqual([[5, true]])
    expect(pressure('accept-queue-overflow')[0][1]).toBe(true)
  })
})

describe('ladder layout', () => {
  const model = buildViewModel(lostSyn())
  const layout = layoutLadder(model, 560)

  it('puts the client on the left, the server on the right and time downward', () => {
    expect(layout.columns.map((c) => c.host)).toEqual(['client', 'server'])
    expect(layout.columns[0].x).toBeLessThan(layout.columns[1].x)
    const ys = layout.arrows.map((a) => a.y1)
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
  })

  it('ends a dropped segment halfway across with no delivery point', () => {
    const dropped = layout.arrows[0]
    expect(dropped.fate).toBe('dropped')
    expect(dropped.x2).toBeCloseTo((layout.columns[0].x + layout.columns[1].x) / 2)
  })

  it('compresses the idle second before the retransmission and marks the break', () => {
    expect(layout.breaks.length).toBeGreaterThan(0)
    const gapPx = layout.arrows[1].y1 - layout.arrows[0].y1
    const rttPx = layout.arrows[2].y1 - layout.arrows[1].y1
    expect(gapPx).toBeLessThan(rttPx * 10) // linear would be 20× the 50 ms step
  })

  it('labels arrows with flags, relative numbers and Wireshark’s tags', () => {
    expect(layout.arrows[1]).toMatchObject({ label: 'SYN', numbers: 'seq=0', tags: '[TCP Retransmission]' })
    expect(layout.arrows[2]).toMatchObject({ label: 'SYN, ACK', numbers: 'seq=0 ack=1' })
  })

  it('draws an arrow partly while it is in flight and fully once delivered', () => {
    const synAck = layout.arrows[2]
    expect(arrowAt(layout, synAck, 1049)).toBeNull()
    const mid = arrowAt(layout, synAck, 1075)!
    expect(mid.done).toBe(false)
    // The SYN-ACK runs right to left, from the server to the client.
    expect(mid.x2).toBeLessThan(synAck.x1)
    expect(mid.x2).toBeGreaterThan(synAck.x2)
    expect(arrowAt(layout, synAck, 1100)).toEqual({ x2: synAck.x2, y2: synAck.y2, done: true })
    expect(yAt(layout, 1075)).toBeGreaterThan(synAck.y1)
  })
})

describe('transcript and detail pane', () => {
  const model = buildViewModel(lostSyn())

  it('tells the ladder as sentences with relative numbers and each segment’s fate', () => {
    const lines = transcript(model.trace, model.records, model.rel, model.analysis, simMessages.en, 'en').map(
      (l) => l.text,
    )
    expect(lines).toContain(
      '0.000 s: client → server: SYN, seq 0, len 0 — dropped (drop #1 matching segment) at 0.010 s.',
    )
    expect(lines).toContain(
      '1.000 s: client → server: SYN, seq 0, len 0 [TCP Retransmission] — delivered to server at 1.050 s.',
    )
    expect(lines).toContain('1.000 s: client’s RTO timer fired.')
  })

  it('writes the Chinese transcript from the Chinese table', () => {
    const lines = transcript(model.trace, model.records, model.rel, model.analysis, simMessages.zh, 'zh').map(
      (l) => l.text,
    )
    expect(lines).toContain('1.100 s：client SYN-SENT → ESTABLISHED（收到 SYN,ACK）。')
  })

  it('lists header fields with relative and raw numbers and the flags word in hex', () => {
    const synAck = model.records[2]
    const rows = detailRows(
      synAck,
      model.rel.get(synAck.id)!,
      model.analysis.get(synAck.id)!,
      simMessages.en,
      'en',
    )
    const field = (name: string) => rows.find((r) => r.field === name)?.value
    expect(field('Sequence Number')).toMatch(/^0 /)
    expect(field('Sequence Number (raw)')).toBe('900')
    expect(field('Acknowledgment Number')).toMatch(/^1 /)
    expect(field('Flags')).toBe('0x012 (SYN, ACK)')
    expect(field('Header Length')).toBe('20 bytes (5)')
  })
})

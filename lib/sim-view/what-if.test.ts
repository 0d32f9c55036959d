import { describe, expect, it } from 'vitest'
import { getScenario, withKnobs } from '@/lib/scenarios'
import { FIN, hasFlag, runScenario, type TraceEvent } from '@/lib/tcp'
import { segmentRecords } from './segments'
import { faultForSegment, withWhatIfs, type WhatIfAction } from './what-if'

const scenarioOf = (id: string) => getScenario(id)!.scenario

/** Applies a what-if to one segment and returns the new run's trace. */
function rerun(id: string, trace: readonly TraceEvent[], segmentId: number, action: WhatIfAction) {
  const fault = faultForSegment(trace, segmentId, action)
  if (!fault) throw new Error(`no fault for segment ${segmentId}`)
  return runScenario(withWhatIfs(scenarioOf(id), [fault])).trace
}

const dropOf = (trace: readonly TraceEvent[], id: number) =>
  trace.find((e) => e.type === 'segment-dropped' && e.segmentId === id)

describe('faultForSegment', () => {
  it.each(['time-wait-final-ack-lost', 'four-way-close', 'lost-syn-ack', 'simultaneous-close', 'half-close'])(
    'a drop added for any segment of %s drops exactly that segment in the re-run',
    (id) => {
      const { trace } = runScenario(scenarioOf(id))
      const routed = segmentRecords(trace).filter(
        (r) => r.duplicateOf === undefined && !(r.fate.kind === 'dropped' && r.fate.by === 'fault'),
      )
      expect(routed.length).toBeGreaterThan(4)
      for (const r of routed) {
        const next = rerun(id, trace, r.id, { kind: 'drop' })
        // Same prefix, same ids: the segment with this id is the one that was picked.
        const sent = next.find((e) => e.type === 'segment-sent' && e.segment.id === r.id)
        expect(sent && sent.type === 'segment-sent' && sent.segment.seq).toBe(r.segment.seq)
        expect(dropOf(next, r.id)).toMatchObject({ by: 'fault' })
        expect(next.filter((e) => e.type === 'segment-dropped' && e.by === 'fault')).toHaveLength(
          trace.filter((e) => e.type === 'segment-dropped' && e.by === 'fault').length + 1,
        )
      }
    },
  )

  it('dropping the client’s final ACK makes the server retransmit its FIN, re-ACKed from TIME-WAIT', () => {
    const scenario = withKnobs('time-wait-final-ack-lost', { drops: 0 })
    const { trace } = runScenario(scenario)
    expect(trace.some((e) => e.type === 'segment-sent' && e.reason === 'retransmission')).toBe(false)
    const serverFin = segmentRecords(trace).find((r) => r.from === 'server' && hasFlag(r.segment.flags, FIN))!
    const finalAck = segmentRecords(trace).find((r) => r.from === 'client' && r.sentAt > serverFin.sentAt)!

    const fault = faultForSegment(trace, finalAck.id, { kind: 'drop' })
    expect(fault).toEqual({
      kind: 'drop',
      match: { from: 'client', flags: 'ACK', payload: false, relSeq: 102 },
      nth: 1,
      count: 1,
    })
    const next = runScenario(withWhatIfs(scenario, [fault!])).trace
    const finRetransmissions = next.filter(
      (e) =>
        e.type === 'segment-sent' &&
        e.host === 'server' &&
        hasFlag(e.segment.flags, FIN) &&
        e.reason === 'retransmission',
    )
    expect(finRetransmissions).toHaveLength(1)
    const clientAcks = next.filter(
      (e) => e.type === 'segment-sent' && e.host === 'client' && e.at >= finRetransmissions[0].at,
    )
    expect(clientAcks).toHaveLength(1)
    const timeWaitArmed = next.filter(
      (e) => e.type === 'timer-set' && e.host === 'client' && e.timer === 'time-wait',
    )
    expect(timeWaitArmed).toHaveLength(2)
  })

  it('a delay holds the picked segment back by the given time and a duplicate copies it once', () => {
    const id = 'four-way-close'
    const { trace } = runScenario(scenarioOf(id))
    const record = segmentRecords(trace)[2]
    const delivered = (t: readonly TraceEvent[]) =>
      t.find((e) => e.type === 'segment-delivered' && e.segmentId === record.id)?.at
    expect(delivered(rerun(id, trace, record.id, { kind: 'delay', delayMs: 500 }))).toBe(
      delivered(trace)! + 500,
    )
    const copies = rerun(id, trace, record.id, { kind: 'duplicate' }).filter(
      (e) => e.type === 'segment-duplicated',
    )
    expect(copies).toEqual([expect.objectContaining({ segmentId: record.id })])
  })

  it('counts the n-th look-alike so a later identical segment is the one hit', () => {
    const id = 'time-wait-final-ack-lost-repeatedly'
    const scenario = withKnobs(id, { drops: 0 })
    const { trace } = runScenario(scenario)
    const pureAcks = segmentRecords(trace).filter((r) => r.from === 'client' && r.segment.flags === 16)
    const last = pureAcks.at(-1)!
    const fault = faultForSegment(trace, last.id, { kind: 'drop' })!
    expect(fault.nth).toBeGreaterThanOrEqual(1)
    expect(dropOf(runScenario(withWhatIfs(scenario, [fault])).trace, last.id)).toBeDefined()
  })

  it('gives nothing for a segment a scenario fault already dropped', () => {
    const { trace } = runScenario(scenarioOf('time-wait-final-ack-lost'))
    const dropped = trace.find((e) => e.type === 'segment-dropped' && e.by === 'fault')!
    expect(
      dropped.type === 'segment-dropped' && faultForSegment(trace, dropped.segmentId, { kind: 'drop' }),
    ).toBe(undefined)
  })
})

import { describe, expect, it } from 'vitest'
import { runScenario, type TraceEvent } from '@/lib/tcp'
import { getScenario } from '@/lib/scenarios'
import { buildViewModel } from './model'
import { createPlayer, stepsOf } from './player'
import {
  derivePrompt,
  neighbourStates,
  parsePrediction,
  promptGate,
  type PredictionPrompt,
} from './prediction'

const traceOf = (id: string): readonly TraceEvent[] => runScenario(getScenario(id)!.scenario).trace

function ok(trace: readonly TraceEvent[], p: Parameters<typeof derivePrompt>[1]): PredictionPrompt {
  const d = derivePrompt(trace, p)
  if (!d.ok) throw new Error(d.error)
  return d.prompt
}

describe('derivePrompt on time-wait-final-ack-lost', () => {
  const trace = traceOf('time-wait-final-ack-lost')
  const steps = stepsOf(buildViewModel(trace))

  it("asks for the client's state right after its final ACK: TIME-WAIT, entered from FIN-WAIT-2 on the server's FIN", () => {
    const p = ok(trace, { ask: 'state', host: 'client', afterSegment: 5 })
    expect(p.correctChoiceId).toBe('TIME-WAIT')
    expect(p.choices.map((c) => c.id)).toEqual(['CLOSED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSING', 'TIME-WAIT'])
    expect(p.explanation).toMatchObject({
      kind: 'state',
      state: 'TIME-WAIT',
      entered: { from: 'FIN-WAIT-2', cause: { code: 'fin-received' } },
    })
    // It pauses on the step before the ACK goes out, where the client is still in FIN-WAIT-2.
    const ackAt = p.question.kind === 'state' ? p.question.at : -1
    expect(steps[p.pauseAtStep]).toBeLessThan(ackAt)
    expect(steps[p.pauseAtStep + 1]).toBe(ackAt)
  })

  it('asks what the server sends after its FIN goes unanswered: the FIN, ACK again, as a retransmission', () => {
    const p = ok(trace, { ask: 'next-segment', host: 'server', beforeSegment: 5 })
    expect(p.correctChoiceId).toBe('fin-ack')
    expect(p.explanation).toMatchObject({
      kind: 'segment',
      no: 10,
      flags: 'FIN, ACK',
      reason: 'retransmission',
    })
    expect(p.choices.map((c) => c.id)).toContain('fin-ack')
    expect(p.choices).toHaveLength(7)
    const e = p.explanation.kind === 'segment' ? p.explanation : undefined
    expect(steps[p.pauseAtStep + 1]).toBe(e?.sentAt)
  })

  it('classifies the handshake and data segments as they really are', () => {
    expect(ok(trace, { ask: 'next-segment', host: 'server', beforeSegment: 1 }).correctChoiceId).toBe(
      'syn-ack',
    )
    expect(ok(trace, { ask: 'next-segment', host: 'client', beforeSegment: 2 }).correctChoiceId).toBe('ack')
    expect(ok(trace, { ask: 'next-segment', host: 'client', beforeSegment: 3 }).correctChoiceId).toBe('data')
  })

  it('at a time, the state is the one reached by then (the server in LAST-ACK while its FIN is outstanding)', () => {
    const p = ok(trace, { ask: 'state', host: 'server', atTime: 1000 })
    expect(p.correctChoiceId).toBe('LAST-ACK')
    expect(p.choices.map((c) => c.id)).toEqual(['CLOSED', 'CLOSE-WAIT', 'LAST-ACK'])
    expect(steps[p.pauseAtStep]).toBeLessThan(1000)
    expect(steps[p.pauseAtStep + 1]).toBeGreaterThanOrEqual(1000)
  })

  it('is deterministic', () => {
    const p = { ask: 'state', host: 'client', afterSegment: 5 } as const
    expect(derivePrompt(trace, p)).toEqual(derivePrompt(traceOf('time-wait-final-ack-lost'), p))
  })

  it('explains what cannot be asked', () => {
    expect(derivePrompt(trace, { ask: 'next-segment', host: 'client', beforeSegment: 99 })).toEqual({
      ok: false,
      error: 'client sends only 6 segment(s) in this run, not 99',
    })
    expect(derivePrompt(trace, { ask: 'state', host: 'mallory', atTime: 5 })).toMatchObject({ ok: false })
    // Nothing happens before t = 0, so there is no step to pause on that hides it.
    expect(derivePrompt(trace, { ask: 'state', host: 'client', atTime: 0 })).toMatchObject({
      ok: false,
      error: expect.stringContaining('nothing happens before t = 0 ms'),
    })
  })
})

describe('derivePrompt on other runs', () => {
  it('a SYN to a closed port is answered by RST, ACK', () => {
    const p = ok(traceOf('syn-to-closed-port'), { ask: 'next-segment', host: 'server', beforeSegment: 1 })
    expect(p.correctChoiceId).toBe('rst-ack')
  })
})

describe('neighbourStates', () => {
  it('follows RFC 9293 Figure 5', () => {
    expect(neighbourStates('ESTABLISHED')).toEqual(['SYN-SENT', 'SYN-RECEIVED', 'FIN-WAIT-1', 'CLOSE-WAIT'])
  })
})

describe('parsePrediction', () => {
  it('accepts the two shapes', () => {
    expect(parsePrediction({ ask: 'state', host: 'client', afterSegment: 5 }).ok).toBe(true)
    expect(parsePrediction({ ask: 'next-segment', host: 'server', beforeSegment: 2 }).ok).toBe(true)
  })
  it('rejects bad props with a readable message', () => {
    const both = parsePrediction({ ask: 'state', host: 'client', afterSegment: 5, atTime: 3 })
    expect(both).toMatchObject({
      ok: false,
      error: expect.stringContaining('exactly one of atTime or afterSegment'),
    })
    const typo = parsePrediction({ ask: 'next', host: 'client' })
    expect(typo).toMatchObject({ ok: false, error: expect.stringContaining("ask: 'next-segment'") })
    expect(parsePrediction({ ask: 'next-segment', host: 'client', beforeSegment: 0 }).ok).toBe(false)
    expect(parsePrediction({ ask: 'next-segment', host: 'client', beforeSegment: 2, extra: 1 }).ok).toBe(
      false,
    )
  })
})

describe('promptGate with the real player', () => {
  const model = buildViewModel(traceOf('time-wait-final-ack-lost'))
  const p = ok(model.trace, { ask: 'state', host: 'client', afterSegment: 5 })
  const clock = { now: () => 0, request: () => 1, cancel: () => {} }

  it('stops playback that reaches the pause step until the question is answered; manual steps are left alone', () => {
    const player = createPlayer(model, clock, p.pauseAtStep)
    player.play()
    expect(promptGate(player.getSnapshot(), p.pauseAtStep, 'waiting')).toBe('pause')
    expect(promptGate(player.getSnapshot(), p.pauseAtStep, 'asking')).toBe('pause')
    expect(promptGate(player.getSnapshot(), p.pauseAtStep, 'answered')).toBe('none')
    expect(promptGate(player.getSnapshot(), p.pauseAtStep, 'done')).toBe('none')
    player.stepForward()
    expect(promptGate(player.getSnapshot(), p.pauseAtStep, 'asking')).toBe('none')
    player.seek(p.pauseAtStep - 1)
    player.play()
    expect(promptGate(player.getSnapshot(), p.pauseAtStep, 'waiting')).toBe('none')
  })
})

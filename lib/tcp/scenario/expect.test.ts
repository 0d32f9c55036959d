import { describe, expect, it } from 'vitest'
import { runScenario } from '../sim/runner'
import { linuxQuickClose } from '@/lib/scenarios/reference/basics'
import { type ScenarioInput } from './schema'

describe('expectations', () => {
  // Regression (relSeq in expectations never matched): the filter was given no ISN, so every
  // `{ segments: { relSeq } }` expectation counted 0. It now resolves relSeq like the faults do.
  it('segments with relSeq count against the sender ISN, as faults see it', () => {
    const s: ScenarioInput = {
      ...linuxQuickClose,
      faults: [{ kind: 'drop', match: { from: 'client', relSeq: 1, payload: true }, nth: 1 }],
      expect: [
        { segments: { from: 'client', hasFlags: 'SYN', relSeq: 0 }, exactly: 1 },
        { segments: { from: 'server', hasFlags: 'SYN', relSeq: 0 }, exactly: 1 },
        { segments: { from: 'client', relSeq: 1, payload: true }, exactly: 2 },
        // linux: the lost request's only re-send is a tail loss probe (tcp_early_retrans 3)
        { segments: { from: 'client', relSeq: 1, payload: true, reason: 'tail-loss-probe' }, exactly: 1 },
        { segments: { from: 'server', relSeq: 1, payload: true }, exactly: 1 },
        { segments: { from: 'client', relSeq: 7, payload: true }, exactly: 0 },
      ],
    }
    const r = runScenario(s)
    expect(r.trace.some((e) => e.type === 'segment-dropped' && e.by === 'fault')).toBe(true)
    for (const e of r.expectations) expect(e.pass, `${e.description}: got ${e.actual}`).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { playgroundMessages } from '@/lib/i18n/messages/playground'
import { listScenarios } from '@/lib/scenarios'
import { type Expectation } from '@/lib/tcp'
import { describeActual, describeExpectation } from './describe-expectation'
import { EXPECTATION_KINDS, expectationTemplate } from './templates'

const { en, zh } = playgroundMessages

describe('expectations in the reader’s language', () => {
  it('says each kind in English from its own fields', () => {
    const said = (e: unknown) => describeExpectation(e as Expectation, en)
    expect(said({ host: 'client', passesThrough: 'ESTABLISHED' })).toBe('client passes through ESTABLISHED')
    expect(said({ host: 'client', endsIn: 'CLOSED', error: 'ETIMEDOUT' })).toBe(
      'client ends in CLOSED with ETIMEDOUT',
    )
    expect(said({ segments: { from: 'client', flags: 'SYN', reason: 'retransmission' }, exactly: 6 })).toBe(
      'exactly 6 segment(s) from client, flags SYN, sent as retransmission',
    )
    expect(said({ segments: {}, atLeast: 1, atMost: 3 })).toBe('at least 1, at most 3 segment(s) of any kind')
  })

  it('says it in Chinese too', () => {
    expect(describeExpectation({ host: 'server', neverEnters: 'TIME-WAIT' }, zh)).toBe(
      'server 从未进入 TIME-WAIT 状态',
    )
    expect(describeActual('never', zh)).toBe('从未')
    expect(describeActual('CLOSED (ETIMEDOUT)', zh)).toBe('CLOSED (ETIMEDOUT)')
  })

  it('every expectation of the library and of the form fills every placeholder in both languages', () => {
    const all = [
      ...listScenarios().flatMap((s) => s.scenario.expect ?? []),
      ...EXPECTATION_KINDS.map((k) => expectationTemplate(k, ['client', 'server']) as Expectation),
    ]
    expect(all.length).toBeGreaterThan(50)
    for (const e of all)
      for (const m of [en, zh]) {
        const text = describeExpectation(e as Expectation, m)
        expect(text, JSON.stringify(e)).not.toMatch(/[{}]|undefined/)
      }
  })
})

import { describe, expect, it } from 'vitest'
import { blankScenario } from './draft'
import {
  EXPECTATION_KINDS,
  expectationKind,
  expectationTemplate,
  FAULT_KINDS,
  faultTemplate,
  linkTemplate,
  switchExpectationKind,
  switchFaultKind,
} from './templates'
import { SEND_REASONS, SOCKET_ERRORS } from '@/lib/tcp'
import { checkDraft } from './validate'

const hosts = ['client', 'server']

describe('items the form adds', () => {
  it('a fault of every kind is valid the moment it is added', () => {
    for (const kind of FAULT_KINDS)
      expect(checkDraft({ ...blankScenario(), faults: [faultTemplate(kind, hosts)] }), kind).toMatchObject({
        ok: true,
      })
  })

  it('switching between segment faults keeps the filter and which match; other switches start afresh', () => {
    const drop = { kind: 'drop', match: { from: 'server', flags: 'FIN,ACK' }, nth: 2, count: 3 }
    expect(switchFaultKind(drop, 'delay', hosts)).toEqual({
      kind: 'delay',
      match: { from: 'server', flags: 'FIN,ACK' },
      nth: 2,
      count: 3,
      delayMs: 200,
    })
    expect(switchFaultKind(drop, 'crash', hosts)).toEqual(faultTemplate('crash', hosts))
    expect(switchFaultKind({ kind: 'crash', host: 'server', at: 5 }, 'drop', hosts)).toEqual(
      faultTemplate('drop', hosts),
    )
  })

  it('an expectation of every kind is valid and is recognised as that kind', () => {
    for (const kind of EXPECTATION_KINDS) {
      const e = expectationTemplate(kind, hosts)
      expect(checkDraft({ ...blankScenario(), expect: [e] }), kind).toMatchObject({ ok: true })
      expect(expectationKind(e)).toBe(kind)
    }
  })

  it('every reason and socket error the form offers is one the schema accepts', () => {
    const expect_ = [
      ...SEND_REASONS.map((reason) => ({ segments: { reason }, atLeast: 0 })),
      ...SOCKET_ERRORS.map((appError) => ({ host: 'client', appError })),
      ...SOCKET_ERRORS.map((error) => ({ host: 'client', endsIn: 'CLOSED', error })),
    ]
    expect(checkDraft({ ...blankScenario(), expect: expect_ })).toMatchObject({ ok: true })
  })

  it('switching an expectation’s kind keeps the host it is about', () => {
    const e = { host: 'server', passesThrough: 'LISTEN' }
    expect(switchExpectationKind(e, 'endsIn', hosts)).toEqual({ host: 'server', endsIn: 'CLOSED' })
    expect(switchExpectationKind(e, 'closeSegments', hosts)).toEqual({ closeSegments: 4 })
  })

  it('an expectation no branch knows has no kind', () => {
    expect(expectationKind({ host: 'client', becomes: 'LISTEN' })).toBeUndefined()
    expect(expectationKind(null)).toBeUndefined()
  })

  it('a per-link setting is valid, and so are templates on a one-host scenario', () => {
    expect(checkDraft({ ...blankScenario(), network: { links: [linkTemplate(hosts)] } })).toMatchObject({
      ok: true,
    })
    const one = { name: 'solo', hosts: { only: { ip: '10.0.0.1' } } }
    expect(checkDraft({ ...one, faults: FAULT_KINDS.map((k) => faultTemplate(k, ['only'])) })).toMatchObject({
      ok: true,
    })
  })
})

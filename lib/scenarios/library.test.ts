import { describe, expect, it } from 'vitest'
import { parseScenario, runScenario } from '@/lib/tcp'
import { allScenarios, checkKnobValue, getScenario, KnobError, listScenarios, withKnobs } from '.'
import { type LibraryEntry } from './types'

/**
 * Scenarios whose declared expectations need an engine change. The expectation states what the
 * protocol requires; the test is marked `it.fails` until the engine catches up (never weakened).
 */
const ENGINE_GAPS: Record<string, string> = {}

const entries = allScenarios()
const lessons = listScenarios()

describe('the scenario catalog', () => {
  it('has unique kebab-case ids across lessons and reference runs', () => {
    const ids = entries.map((e) => e.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('offers learners the lessons only, and finds every entry by id', () => {
    expect(lessons.length).toBeGreaterThan(0)
    expect(lessons.every((e) => !e.reference)).toBe(true)
    for (const e of entries) expect(getScenario(e.id)).toBe(e)
  })

  it.each(entries.map((e) => [e.id, e] as const))(
    '%s is valid data with bilingual text and expectations',
    (_, e) => {
      const parsed = parseScenario(e.scenario)
      expect(parsed.ok ? [] : parsed.errors).toEqual([])
      for (const t of [e.title, e.summary]) {
        expect(t.en.length).toBeGreaterThan(0)
        expect(t.zh.length).toBeGreaterThan(0)
      }
      // Load runs only measure the engine (and the golden test pins their traces).
      if (e.topic !== 'engine-load') expect(e.scenario.expect?.length ?? 0).toBeGreaterThan(0)
      // A counterfactual says so wherever its title is shown: CLI, starter picker, question page.
      const labelled = e.title.en.startsWith('NOT TCP') && e.title.zh.startsWith('并非 TCP')
      expect(labelled).toBe(e.notTcp === true)
      expect((e.scenario.variants?.length ?? 0) > 0).toBe(e.notTcp === true)
    },
  )
})

describe('every scenario meets its declared expectations', () => {
  for (const e of entries) {
    const gap = ENGINE_GAPS[e.id]
    const test = gap ? it.fails : it
    test(`${e.id}${gap ? ` (engine gap: ${gap})` : ''}`, () => {
      const r = runScenario(e.scenario)
      expect(r.stopped === 'idle' || r.stopped === 'until').toBe(true)
      const failed = r.expectations.filter((x) => !x.pass).map((x) => `${x.description} (actual ${x.actual})`)
      expect(failed).toEqual([])
    })
  }
})

describe('knobs', () => {
  const withKnobsList = entries.filter((e) => e.knobs.length > 0)

  it.each(withKnobsList.map((e) => [e.id, e] as const))('%s declares valid knobs', (_, e: LibraryEntry) => {
    const ids = e.knobs.map((k) => k.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const k of e.knobs) {
      expect(() => checkKnobValue(k, k.default)).not.toThrow()
      const extremes =
        k.kind === 'number'
          ? [k.min, k.max]
          : k.kind === 'boolean'
            ? [true, false]
            : k.options.map((o) => o.value)
      for (const v of extremes) {
        const parsed = parseScenario(withKnobs(e.id, { [k.id]: v }))
        expect(parsed.ok ? [] : parsed.errors, `${k.id}=${String(v)}`).toEqual([])
      }
    }
  })

  it.each(withKnobsList.map((e) => [e.id, e] as const))(
    '%s runs unchanged when every knob is at its default',
    (_, e: LibraryEntry) => {
      const defaults = Object.fromEntries(e.knobs.map((k) => [k.id, k.default]))
      expect(runScenario(withKnobs(e.id, defaults)).trace).toEqual(runScenario(e.scenario).trace)
    },
  )

  it('rejects unknown knobs, values out of range and unknown scenarios, naming what is wrong', () => {
    expect(() => withKnobs('lost-syn', { nope: 1 })).toThrow(/nope: no such knob on lost-syn/)
    expect(() => withKnobs('lost-syn', { drops: 99 })).toThrow(/drops: 99 is outside 0…5/)
    expect(() => withKnobs('lost-syn', { profile: 'bsd' })).toThrow(KnobError)
    expect(() => withKnobs('no-such-scenario', {})).toThrow(/unknown scenario "no-such-scenario"/)
  })

  it('does not modify the library entry when a knob is applied', () => {
    const before = JSON.stringify(getScenario('syn-never-answered')!.scenario)
    withKnobs('syn-never-answered', { 'syn-retries': 2, profile: 'rfc' })
    expect(JSON.stringify(getScenario('syn-never-answered')!.scenario)).toBe(before)
  })

  it('changes the outcome the knob is about: fewer SYN retries give up sooner', () => {
    const retransmissions = (knobs: Record<string, number>) => {
      const r = runScenario(withKnobs('syn-never-answered', knobs))
      expect(r.snapshot.hosts.find((h) => h.id === 'client')?.connections.at(-1)?.error).toBe('ETIMEDOUT')
      return r.trace.filter((t) => t.type === 'segment-sent' && t.reason === 'retransmission').length
    }
    // tcp_write_timeout(): tcp_syn_retries plus tcp_syn_linear_timeouts retransmissions.
    expect(retransmissions({ 'syn-retries': 2 })).toBe(6)
    expect(retransmissions({ 'syn-retries': 2, 'linear-timeouts': 0 })).toBe(2)
  })

  it('switching SYN cookies off under the flood makes the legitimate client time out', () => {
    const client = (on: boolean) =>
      runScenario(withKnobs('syn-flood-cookies', { cookies: on }))
        .snapshot.hosts.find((h) => h.id === 'client')
        ?.connections.at(-1)
    expect(client(true)?.state).toBe('ESTABLISHED')
    expect(client(false)).toMatchObject({ state: 'CLOSED', error: 'ETIMEDOUT' })
  })

  it('an MSL of zero turns the retransmitted FIN into a reset from the closed port', () => {
    const r = runScenario(withKnobs('time-wait-final-ack-lost', { msl: 0 }))
    const resets = r.trace.filter(
      (t) => t.type === 'segment-sent' && t.host === 'client' && t.segment.flags & 0x04,
    )
    expect(resets).toHaveLength(1)
  })
})

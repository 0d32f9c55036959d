import { describe, expect, it } from 'vitest'
import { type Knob, type KnobValue } from '@/lib/scenarios'
import { decodeScenario, encodeScenario } from './codec'
import { listStarters, starterScenario } from './starters'
import { checkDraft } from './validate'

/** A value for the knob other than its default: the far end of a range, the other switch, the next option. */
function otherValue(knob: Knob): KnobValue {
  switch (knob.kind) {
    case 'number':
      return knob.default === knob.max ? knob.min : knob.max
    case 'boolean':
      return !knob.default
    case 'select':
      return knob.options.find((o) => o.value !== knob.default)?.value ?? knob.default
  }
}

async function roundTrip(scenario: unknown, what: string) {
  expect(checkDraft(scenario), what).toMatchObject({ ok: true })
  const link = await encodeScenario(scenario as never)
  if (!link.ok) throw new Error(`${what} does not fit in a link`)
  const back = await decodeScenario(link.param)
  expect(back.ok && JSON.stringify(back.scenario), what).toBe(JSON.stringify(scenario))
}

describe('starting points of the playground', () => {
  it('every library scenario passes the form check, fits in a link and comes back unchanged', async () => {
    const starters = listStarters()
    expect(starters.length).toBeGreaterThan(5)
    for (const s of starters) await roundTrip(s.scenario, s.id)
  })

  it('every knob of every starter, turned away from its default, still gives a valid scenario that round-trips', async () => {
    let turned = 0
    for (const s of listStarters()) {
      for (const k of s.knobs) {
        const value = otherValue(k)
        const scenario = starterScenario(s, { [k.id]: value })
        await roundTrip(scenario, `${s.id} ${k.id}=${String(value)}`)
        turned++
      }
    }
    expect(turned).toBeGreaterThan(10)
  })

  it('a knob changes the scenario it starts from: SYN flood with backlog 8 and cookies off', () => {
    const flood = listStarters().find((s) => s.id === 'syn-flood-cookies')
    if (!flood) throw new Error('the library has no syn-flood-cookies entry')
    expect(flood.knobs.map((k) => k.id)).toEqual(expect.arrayContaining(['backlog', 'cookies']))
    const s = starterScenario(flood, { backlog: 8, cookies: false })
    expect(s.apps?.[0].actions[0]).toMatchObject({ do: 'listen', backlog: 8 })
    expect(s.hosts.server.params?.synCookies).toBe('off')
    expect(starterScenario(flood, {})).toBe(flood.scenario)
  })

  it('every starter has a title in both languages', () => {
    for (const s of listStarters()) {
      expect(s.title.en, s.id).not.toBe('')
      expect(s.title.zh, s.id).not.toBe('')
    }
  })
})

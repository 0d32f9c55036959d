/**
 * Every explanation the engine writes, gathered by running the whole scenario library (each entry
 * under each profile, and with each knob at its extremes) and the catalog's reference runs.
 * The engine-text tests check that each one has a Chinese rendering, so a new engine string
 * without a translation fails a test that names it.
 */
import {
  allScenarios,
  getScenario,
  listScenarios,
  withKnobs,
  type Knob,
  type KnobValue,
} from '@/lib/scenarios'
import { runScenario, type ScenarioInput } from '@/lib/tcp'
import { engineTexts, type EngineText } from '../engine-text'

/** A knob's values at its ends: a number's min and max, both booleans, every option. */
export function knobExtremes(k: Knob): KnobValue[] {
  if (k.kind === 'number') return [k.min, k.max]
  if (k.kind === 'boolean') return [true, false]
  return k.options.map((o) => o.value)
}

/** The same scenario with every host on one stack profile. */
function withProfile(s: ScenarioInput, profile: 'rfc' | 'linux'): ScenarioInput {
  const hosts = Object.fromEntries(Object.entries(s.hosts).map(([id, h]) => [id, { ...h, profile }]))
  return { ...s, hosts } as ScenarioInput
}

/** Every scenario variant the corpus runs, each with a name for failure messages. */
export function corpusScenarios(): { name: string; scenario: ScenarioInput }[] {
  const out: { name: string; scenario: ScenarioInput }[] = []
  for (const e of listScenarios()) {
    const entry = getScenario(e.id)!
    const variants: { name: string; scenario: ScenarioInput }[] = [{ name: e.id, scenario: entry.scenario }]
    for (const k of entry.knobs)
      for (const v of knobExtremes(k))
        variants.push({ name: `${e.id} ${k.id}=${String(v)}`, scenario: withKnobs(e.id, { [k.id]: v }) })
    for (const { name, scenario } of variants) {
      out.push({ name, scenario })
      for (const p of ['rfc', 'linux'] as const)
        out.push({ name: `${name} (all ${p})`, scenario: withProfile(scenario, p) })
    }
  }
  for (const e of allScenarios())
    if (e.reference) out.push({ name: `reference ${e.id}`, scenario: e.scenario })
  return out
}

/** Distinct engine texts (by kind and text) with the first scenario that produced each. */
export function engineCorpus(): Map<string, { text: EngineText; source: string }> {
  const seen = new Map<string, { text: EngineText; source: string }>()
  for (const { name, scenario } of corpusScenarios()) {
    const { trace } = runScenario(scenario)
    for (const t of engineTexts(trace)) {
      const key = `${t.kind}\u0000${t.text}`
      if (!seen.has(key)) seen.set(key, { text: t, source: name })
    }
  }
  return seen
}

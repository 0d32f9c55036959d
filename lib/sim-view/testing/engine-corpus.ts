/**
 * Every coded reason the engine writes, gathered by running the whole scenario library (each
 * entry under each profile, and with each knob at its extremes) and the catalog's reference
 * runs. The reason tests render each one in every language, on real params.
 */
import {
  allScenarios,
  getScenario,
  listScenarios,
  withKnobs,
  type Knob,
  type KnobValue,
} from '@/lib/scenarios'
import { type Reason, runScenario, type ScenarioInput, type TraceEvent } from '@/lib/tcp'

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

/** Which trace field a reason came from. */
export type ReasonField = 'cause' | 'why' | 'drop' | 'note' | 'args'

/** Every coded reason of a trace with its field, in trace order (duplicates included). */
export function traceReasons(trace: readonly TraceEvent[]): { field: ReasonField; reason: Reason }[] {
  const out: { field: ReasonField; reason: Reason }[] = []
  for (const e of trace) {
    if (e.type === 'state') out.push({ field: 'cause', reason: e.cause })
    else if (e.type === 'segment-discarded') out.push({ field: 'why', reason: e.why })
    else if (e.type === 'segment-dropped') out.push({ field: 'drop', reason: e.why })
    else if (e.type === 'note') out.push({ field: 'note', reason: e.note })
    else if (e.type === 'app-call' && e.args !== undefined) out.push({ field: 'args', reason: e.args })
  }
  return out
}

export interface CorpusReason {
  readonly field: ReasonField
  readonly reason: Reason
  /** The first scenario that produced it, for failure messages. */
  readonly source: string
}

/** Distinct reasons (by field, code and params) with the first scenario that produced each. */
export function reasonCorpus(): Map<string, CorpusReason> {
  const seen = new Map<string, CorpusReason>()
  for (const { name, scenario } of corpusScenarios()) {
    const { trace } = runScenario(scenario)
    for (const { field, reason } of traceReasons(trace)) {
      const key = `${field} ${JSON.stringify(reason)}`
      if (!seen.has(key)) seen.set(key, { field, reason, source: name })
    }
  }
  return seen
}

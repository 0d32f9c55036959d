/**
 * Turns CLI options into a validated scenario: a library id or a JSON file, then --profile and
 * each --set (a knob id of the entry, or a dotted path into the scenario), then the zod schema.
 */
import {
  applyKnob,
  findKnob,
  getScenario,
  KnobError,
  parseKnobValue,
  PathError,
  setPath,
  type LibraryEntry,
} from '@/lib/scenarios'
import { parseScenario, type Scenario, type ScenarioInput } from '@/lib/tcp'
import { type CliOptions, UsageError } from './args'

export interface Resolved {
  readonly entry?: LibraryEntry
  readonly scenario: Scenario
}

/** Reads `path` as UTF-8 text, or throws. */
export type ReadText = (path: string) => string

export function resolveScenario(o: CliOptions, readText: ReadText): Resolved {
  const target = o.target ?? ''
  const entry = getScenario(target)
  let input: ScenarioInput = entry ? entry.scenario : loadFile(target, readText)

  if (o.profile) {
    const knob = entry && findKnob(entry, 'profile')
    input = knob
      ? applyKnob(input, knob, o.profile)
      : Object.keys(input.hosts ?? {}).reduce((s, h) => setPath(s, `hosts.${h}.profile`, o.profile), input)
  }
  for (const { key, value } of o.sets) {
    const knob = entry && findKnob(entry, key)
    try {
      input = knob ? applyKnob(input, knob, parseKnobValue(knob, value)) : setPath(input, key, literal(value))
    } catch (e) {
      if (e instanceof KnobError || e instanceof PathError) throw new UsageError(`--set ${e.message}`)
      throw e
    }
  }
  const parsed = parseScenario(input)
  if (!parsed.ok) throw new UsageError(`invalid scenario ${target}:\n  ${parsed.errors.join('\n  ')}`)
  return { entry, scenario: parsed.scenario }
}

function loadFile(target: string, readText: ReadText): ScenarioInput {
  if (!/\.json$/i.test(target) && !target.includes('/'))
    throw new UsageError(`unknown scenario id "${target}" (see --list), and not a .json file`)
  let text: string
  try {
    text = readText(target)
  } catch (e) {
    throw new UsageError(`cannot read ${target}: ${e instanceof Error ? e.message : String(e)}`)
  }
  try {
    return JSON.parse(text) as ScenarioInput
  } catch (e) {
    throw new UsageError(`${target} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`)
  }
}

/** "0" → 0, "true" → true, "[1,2]" → [1,2], anything else stays a string ("off", "rfc"). */
function literal(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

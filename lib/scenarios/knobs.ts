/**
 * Knobs: validating a learner's value against its declaration and applying it to a scenario, and
 * a few knob builders shared by many entries (profile, loss, latency, per-host parameters).
 */
import { type ScenarioInput } from '@/lib/tcp'
import { setPath } from './path'
import {
  type BooleanKnob,
  type Knob,
  type KnobValue,
  type LibraryEntry,
  type Localized,
  type NumberKnob,
  type SelectKnob,
} from './types'

export class KnobError extends Error {}

/** Parses text (from a CLI or a URL) into the knob's value type, or throws naming the knob. */
export function parseKnobValue(knob: Knob, text: string): KnobValue {
  switch (knob.kind) {
    case 'number': {
      const n = Number(text)
      if (text.trim() === '' || !Number.isFinite(n))
        throw new KnobError(`${knob.id}: "${text}" is not a number`)
      return n
    }
    case 'boolean': {
      const t = text.trim().toLowerCase()
      if (['true', 'on', '1', 'yes'].includes(t)) return true
      if (['false', 'off', '0', 'no'].includes(t)) return false
      throw new KnobError(`${knob.id}: "${text}" is not on/off (true/false)`)
    }
    case 'select':
      return text
  }
}

/** Checks a value against the knob's kind and range; throws a KnobError naming the knob. */
export function checkKnobValue(knob: Knob, value: KnobValue): void {
  switch (knob.kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new KnobError(`${knob.id}: expected a number, got ${JSON.stringify(value)}`)
      if (value < knob.min || value > knob.max)
        throw new KnobError(
          `${knob.id}: ${value} is outside ${knob.min}…${knob.max}${knob.unit ? ` ${knob.unit}` : ''}`,
        )
      return
    case 'boolean':
      if (typeof value !== 'boolean')
        throw new KnobError(`${knob.id}: expected on/off, got ${JSON.stringify(value)}`)
      return
    case 'select':
      if (!knob.options.some((o) => o.value === value))
        throw new KnobError(
          `${knob.id}: "${String(value)}" is not one of ${knob.options.map((o) => o.value).join(', ')}`,
        )
  }
}

/** The scenario with one knob set; the value is checked first. */
export function applyKnob(scenario: ScenarioInput, knob: Knob, value: KnobValue): ScenarioInput {
  checkKnobValue(knob, value)
  if ('path' in knob) return setPath(scenario, knob.path, value)
  // The checks above guarantee the value's type matches the knob's kind.
  return (knob.apply as (s: ScenarioInput, v: KnobValue) => ScenarioInput)(scenario, value)
}

// --- builders ---------------------------------------------------------------------------------

const hostIds = (s: ScenarioInput): string[] => Object.keys(s.hosts)

/** Sets a stack parameter on the given hosts (default: all of them). */
export const setParam =
  (field: string, hosts?: readonly string[]) =>
  (s: ScenarioInput, value: unknown): ScenarioInput =>
    (hosts ?? hostIds(s)).reduce((acc, h) => setPath(acc, `hosts.${h}.params.${field}`, value), s)

/** Standard or Linux behaviour for every host. */
export function profileKnob(current: 'rfc' | 'linux'): SelectKnob {
  return {
    id: 'profile',
    kind: 'select',
    label: { en: 'Stack profile', zh: '协议栈配置' },
    help: {
      en: 'rfc: what RFC 9293 and its companions say; linux: what a current Linux kernel does by default.',
      zh: 'rfc：RFC 9293 及相关标准的规定；linux：当前 Linux 内核的默认行为。',
    },
    options: [
      { value: 'rfc', label: { en: 'RFC (standard)', zh: 'RFC（标准）' } },
      { value: 'linux', label: { en: 'Linux defaults', zh: 'Linux 默认值' } },
    ],
    default: current,
    apply: (s, v) => hostIds(s).reduce((acc, h) => setPath(acc, `hosts.${h}.profile`, v), s),
  }
}

/** Random loss on every path, as a fraction 0…1. */
export function lossKnob(current = 0, max = 0.5): NumberKnob {
  return {
    id: 'loss',
    kind: 'number',
    label: { en: 'Random loss', zh: '随机丢包率' },
    min: 0,
    max,
    step: 0.01,
    unit: 'fraction',
    default: current,
    path: 'network.loss',
  }
}

/** One-way latency of every path. */
export function latencyKnob(current = 10): NumberKnob {
  return {
    id: 'latency',
    kind: 'number',
    label: { en: 'One-way latency', zh: '单向时延' },
    min: 1,
    max: 500,
    step: 1,
    unit: 'ms',
    default: current,
    path: 'network.latencyMs',
  }
}

/** A number knob on one host's stack parameter. */
export function paramKnob(
  id: string,
  host: string,
  field: string,
  label: Localized,
  range: Pick<NumberKnob, 'min' | 'max' | 'step' | 'unit' | 'default'>,
): NumberKnob {
  return { id, kind: 'number', label, ...range, path: `hosts.${host}.params.${field}` }
}

/** A knob that turns a fault (by index) off: `on` keeps the scenario, `off` removes the fault. */
export function faultSwitch(id: string, index: number, label: Localized): BooleanKnob {
  return {
    id,
    kind: 'boolean',
    label,
    default: true,
    apply: (s, on) => (on ? s : { ...s, faults: (s.faults ?? []).filter((_, i) => i !== index) }),
  }
}

/** The knob of an entry by id, or undefined. */
export function findKnob(entry: Pick<LibraryEntry, 'knobs'>, knobId: string): Knob | undefined {
  return entry.knobs.find((k) => k.id === knobId)
}

/**
 * The entry's scenario with knob values applied, in the entry's knob order (so a profile switch
 * comes before a parameter that overrides it). Throws a KnobError naming an unknown or bad knob.
 */
export function applyKnobs(
  entry: Pick<LibraryEntry, 'id' | 'scenario' | 'knobs'>,
  values: Readonly<Record<string, KnobValue>>,
): ScenarioInput {
  for (const k of Object.keys(values))
    if (!findKnob(entry, k))
      throw new KnobError(
        `${k}: no such knob on ${entry.id} (knobs: ${entry.knobs.map((x) => x.id).join(', ')})`,
      )
  return entry.knobs.reduce(
    (s, k) => (values[k.id] === undefined ? s : applyKnob(s, k, values[k.id])),
    entry.scenario,
  )
}

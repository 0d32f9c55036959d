/**
 * The scenario catalog's shapes: an entry is a scenario (engine data) with a bilingual title and
 * summary and the knobs a learner may turn. Views render knobs from these declarations alone.
 */
import { type ScenarioInput } from '@/lib/tcp'

/** Text in both of the site's languages. */
export interface Localized {
  readonly en: string
  readonly zh: string
}

/**
 * Where a knob's value goes: a dotted path into the scenario (`hosts.server.params.timeWaitMs`,
 * `faults.0.ratePerSec` or `faults[0].ratePerSec`), or a pure function for anything a single
 * field cannot say (e.g. cookies on → `synCookies: 'overflow'`).
 */
export type KnobTarget<V> =
  { readonly path: string } | { readonly apply: (scenario: ScenarioInput, value: V) => ScenarioInput }

interface KnobBase {
  /** Stable id, used by `withKnobs`, the CLI's `--set` and URLs. kebab-case. */
  readonly id: string
  readonly label: Localized
  readonly help?: Localized
}

export type NumberKnob = KnobBase &
  KnobTarget<number> & {
    readonly kind: 'number'
    readonly min: number
    readonly max: number
    readonly step: number
    /** Display unit, e.g. "ms", "s", "SYN/s", "%". Values are always in the scenario's own unit. */
    readonly unit?: string
    /** The value the scenario as written has. */
    readonly default: number
  }

export type BooleanKnob = KnobBase &
  KnobTarget<boolean> & { readonly kind: 'boolean'; readonly default: boolean }

export interface SelectOption {
  readonly value: string
  readonly label: Localized
}

export type SelectKnob = KnobBase &
  KnobTarget<string> & {
    readonly kind: 'select'
    readonly options: readonly SelectOption[]
    readonly default: string
  }

export type Knob = NumberKnob | BooleanKnob | SelectKnob
export type KnobValue = number | boolean | string

/** One scenario of the catalog: a lesson a question can embed, or an engine reference run. */
export interface LibraryEntry {
  /** kebab-case; what MDX `<Simulation scenario="…">` names. */
  readonly id: string
  readonly title: Localized
  readonly summary: Localized
  /** Engine scenario data; its `expect` list pins what the entry teaches. */
  readonly scenario: ScenarioInput
  readonly knobs: readonly Knob[]
  /** Topic for grouping in lists, e.g. "handshake", "close", "time-wait". */
  readonly topic: Topic
  /** A counterfactual: shows something TCP does NOT do, to explain why it does what it does. */
  readonly notTcp?: boolean
  /** Related handshake ids in lib/tls (e.g. for a TLS vs QUIC comparison table). */
  readonly handshakes?: readonly string[]
  /**
   * An engine reference run rather than a lesson: it pins behaviour for the engine's tests and
   * can be opened by id, but learner lists (playground starters, `sim --list`) leave it out.
   */
  readonly reference?: true
  /** `lib/tcp/sim/golden.test.ts` pins this entry's trace and snapshots byte for byte. */
  readonly golden?: true
}

export type Topic =
  | 'handshake'
  | 'handshake-loss'
  | 'close'
  | 'time-wait'
  | 'keepalive'
  | 'failure'
  | 'listen-queues'
  | 'reset'
  | 'fast-open'
  | 'tls'
  /** Long runs that measure the engine (bench, goldens), not lessons. */
  | 'engine-load'

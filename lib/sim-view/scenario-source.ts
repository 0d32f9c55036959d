/**
 * Finds a scenario by id: the engine's scenario library (lib/tcp/library) first, with its
 * bilingual title, summary and knobs; then the engine's example scenarios by name (no knobs,
 * English-only titles); then a demonstration scenario of the player's own. Pure, so the question
 * page (components/sim) and the content check (lib/content) agree on which ids exist.
 */
import {
  getScenario,
  listScenarios,
  withKnobs,
  type Knob,
  type KnobValue,
  type Localized,
} from '@/lib/tcp/library'
import { EXAMPLES } from '@/lib/tcp/scenario/examples'
import { FEATURE_EXAMPLES } from '@/lib/tcp/scenario/examples-features'
import { MORE_EXAMPLES } from '@/lib/tcp/scenario/examples-more'
import { type ScenarioInput } from '@/lib/tcp/scenario/schema'

/** A handshake, 100 bytes each way, and the client's close: every view has something to show. */
const handshakeAndClose: ScenarioInput = {
  name: 'sim-demo-handshake',
  hosts: { client: { ip: '10.0.0.1' }, server: { ip: '10.0.0.2' } },
  network: { latencyMs: 50 },
  apps: [
    {
      host: 'server',
      actions: [
        { do: 'listen', port: 80, backlog: 1, at: 0 },
        { do: 'send', bytes: 300, label: 'HTTP response', on: { received: 100 } },
        { do: 'close', on: 'eof' },
      ],
    },
    {
      host: 'client',
      actions: [
        { do: 'connect', to: 'server', port: 80, at: 10 },
        { do: 'send', bytes: 100, label: 'HTTP request', on: 'connected' },
        { do: 'close', on: { received: 300 } },
      ],
    },
  ],
}

const DEMOS: Record<string, { scenario: ScenarioInput; title: Localized }> = {
  'sim-demo-handshake': {
    scenario: handshakeAndClose,
    title: { en: 'Handshake, a request and a response, then close', zh: '握手、一次请求与响应，然后关闭' },
  },
}

export interface ScenarioSource {
  readonly id: string
  readonly title?: Localized
  readonly summary?: Localized
  readonly scenario: ScenarioInput
  readonly knobs: readonly Knob[]
}

export function findScenario(id: string): ScenarioSource | undefined {
  const entry = getScenario(id)
  if (entry)
    return { id, title: entry.title, summary: entry.summary, scenario: entry.scenario, knobs: entry.knobs }
  const example = [...EXAMPLES, ...MORE_EXAMPLES, ...FEATURE_EXAMPLES].find((s) => s.name === id)
  if (example) {
    const title = example.title ?? example.name
    return { id, title: { en: title, zh: title }, scenario: example, knobs: [] }
  }
  const demo = DEMOS[id]
  return demo && { id, title: demo.title, scenario: demo.scenario, knobs: [] }
}

/** The scenario with the learner's knob values applied (library entries only have knobs). */
export function scenarioWithKnobs(
  source: ScenarioSource,
  values: Readonly<Record<string, KnobValue>>,
): ScenarioInput {
  return Object.keys(values).length && getScenario(source.id) ? withKnobs(source.id, values) : source.scenario
}

/** Every id findScenario knows, for "did you mean" hints. */
export function scenarioIds(): string[] {
  const examples = [...EXAMPLES, ...MORE_EXAMPLES, ...FEATURE_EXAMPLES].map((s) => s.name)
  return [...new Set([...listScenarios().map((e) => e.id), ...examples, ...Object.keys(DEMOS)])]
}

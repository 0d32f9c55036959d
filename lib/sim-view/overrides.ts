/**
 * What a question (MDX `overrides={…}`) or the learner ("what if") may change about a scenario
 * before it runs: stack parameters for every host or for one, network latency and loss, and extra
 * faults. Overrides are data, parsed with zod like any hand-written input, and applied to the
 * scenario input, so the engine sees one ordinary scenario.
 */
import { z } from 'zod'
import { paramOverrides, type ScenarioInput } from '@/lib/tcp'

type FaultInput = NonNullable<ScenarioInput['faults']>[number]

export const simOverrides = z
  .object({
    /** Parameters applied to every host, then `hosts[id]` on top for one host. */
    params: paramOverrides.optional(),
    hosts: z.record(z.string(), paramOverrides).optional(),
    latencyMs: z.number().int().nonnegative().optional(),
    loss: z.number().min(0).max(1).optional(),
    /** Faults added to the scenario's own; validated by the scenario schema when it runs. */
    faults: z.array(z.unknown()).optional(),
  })
  .strict()

export type SimOverrides = z.infer<typeof simOverrides>

/** The scenario with the overrides applied; the input is not modified. */
export function applyOverrides(scenario: ScenarioInput, overrides: SimOverrides | undefined): ScenarioInput {
  if (!overrides) return scenario
  const hosts = Object.fromEntries(
    Object.entries(scenario.hosts).map(([id, spec]) => [
      id,
      { ...spec, params: { ...spec.params, ...overrides.params, ...overrides.hosts?.[id] } },
    ]),
  )
  return {
    ...scenario,
    hosts,
    network: {
      ...scenario.network,
      ...(overrides.latencyMs !== undefined ? { latencyMs: overrides.latencyMs } : {}),
      ...(overrides.loss !== undefined ? { loss: overrides.loss } : {}),
    },
    faults: [...(scenario.faults ?? []), ...((overrides.faults ?? []) as FaultInput[])],
  }
}

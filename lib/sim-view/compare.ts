/**
 * RFC vs Linux: the same scenario run under both stack profiles, and the differences a learner
 * asks about first — how many segments the close took and how long TIME-WAIT lasted — read from
 * each run's trace.
 */
import { FIN, hasFlag, runScenario, type ScenarioInput, type TraceEvent } from '@/lib/tcp'

export type Profile = 'rfc' | 'linux'

export interface ProfileFacts {
  /** Segments from the first FIN to the end of the run; undefined when nobody closed. */
  readonly closeSegments: number | undefined
  /** The first TIME-WAIT's length in ms (deadline minus arming); undefined when none. */
  readonly timeWaitMs: number | undefined
}

/** The scenario with every host on one profile (their own parameter overrides kept). */
export function withProfile(scenario: ScenarioInput, profile: Profile): ScenarioInput {
  const hosts = Object.fromEntries(Object.entries(scenario.hosts).map(([id, h]) => [id, { ...h, profile }]))
  return { ...scenario, hosts }
}

/** Close length and TIME-WAIT length of one run. */
export function profileFacts(trace: readonly TraceEvent[]): ProfileFacts {
  const sent = trace.filter((e) => e.type === 'segment-sent')
  const firstFin = sent.findIndex((e) => e.type === 'segment-sent' && hasFlag(e.segment.flags, FIN))
  const timeWait = trace.find((e) => e.type === 'timer-set' && e.timer === 'time-wait')
  return {
    closeSegments: firstFin < 0 ? undefined : sent.length - firstFin,
    timeWaitMs: timeWait?.type === 'timer-set' ? timeWait.deadline - timeWait.at : undefined,
  }
}

/** Both runs' traces and facts. */
export function compareProfiles(
  scenario: ScenarioInput,
): Record<Profile, { trace: readonly TraceEvent[]; facts: ProfileFacts }> {
  const run = (p: Profile) => {
    const { trace } = runScenario(withProfile(scenario, p))
    return { trace, facts: profileFacts(trace) }
  }
  return { rfc: run('rfc'), linux: run('linux') }
}

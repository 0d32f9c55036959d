/**
 * A valid item of each kind the form can add — fault, expectation, per-link setting — so picking
 * a kind never leaves a half-filled object behind, and the engine accepts it as soon as it appears.
 */
export const FAULT_KINDS = [
  'drop',
  'delay',
  'duplicate',
  'reorder',
  'inject',
  'firewall',
  'crash',
  'syn-flood',
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

/** Fault kinds that act on the n-th segment matching a filter. */
export const MATCHING_FAULTS: readonly FaultKind[] = ['drop', 'delay', 'duplicate', 'reorder']

type Item = Record<string, unknown>

/** Two hosts to fill "from" and "to" with: the first two, or the only one twice. */
function pair(hosts: readonly string[]): [string, string] {
  const a = hosts[0] ?? ''
  return [a, hosts[1] ?? a]
}

export function faultTemplate(kind: FaultKind, hosts: readonly string[]): Item {
  const [a, b] = pair(hosts)
  switch (kind) {
    case 'drop':
    case 'duplicate':
      return { kind, match: { from: a }, nth: 1 }
    case 'delay':
      return { kind, match: { from: a }, delayMs: 200, nth: 1 }
    case 'reorder':
      return { kind, match: { from: a, payload: true }, nth: 1 }
    case 'inject':
      // An old duplicate SYN from an earlier incarnation of the connection (RFC 9293 §3.5, figure 8).
      return { kind, at: 0, from: a, to: b, srcPort: 40000, dstPort: 80, flags: 'SYN', seq: 90 }
    case 'firewall':
      return { kind, host: b, at: 0, direction: 'both' }
    case 'crash':
      return { kind, host: b, at: 1000 }
    case 'syn-flood':
      return { kind, from: a, to: b, port: 80, at: 0, ratePerSec: 100, count: 50 }
  }
}

/**
 * The fault after the learner picks another kind: between drop, delay, duplicate and reorder the
 * segment filter and which match (nth, count) carry over, so only the action on it changes.
 */
export function switchFaultKind(fault: unknown, kind: FaultKind, hosts: readonly string[]): Item {
  const next = faultTemplate(kind, hosts)
  const old = fault !== null && typeof fault === 'object' ? (fault as Item) : {}
  if (!MATCHING_FAULTS.includes(kind) || !MATCHING_FAULTS.includes(old.kind as FaultKind)) return next
  const kept = Object.fromEntries(
    (['match', 'nth', 'count'] as const).filter((k) => old[k] !== undefined).map((k) => [k, old[k]]),
  )
  return { ...next, ...kept }
}

/** Expectation kinds, named by the key that tells them apart in the schema's union. */
export const EXPECTATION_KINDS = [
  'passesThrough',
  'neverEnters',
  'endsIn',
  'appError',
  'segments',
  'closeSegments',
  'note',
] as const
export type ExpectationKind = (typeof EXPECTATION_KINDS)[number]

/** Which kind an expectation is, from its keys; undefined for one no branch of the union knows. */
export function expectationKind(e: unknown): ExpectationKind | undefined {
  if (e === null || typeof e !== 'object') return undefined
  return EXPECTATION_KINDS.find((k) => k in e)
}

export function expectationTemplate(kind: ExpectationKind, hosts: readonly string[]): Item {
  const [a] = pair(hosts)
  switch (kind) {
    case 'passesThrough':
      return { host: a, passesThrough: 'ESTABLISHED' }
    case 'neverEnters':
      return { host: a, neverEnters: 'TIME-WAIT' }
    case 'endsIn':
      return { host: a, endsIn: 'CLOSED' }
    case 'appError':
      return { host: a, appError: 'ETIMEDOUT' }
    case 'segments':
      return { segments: { from: a, flags: 'SYN' }, atLeast: 1 }
    case 'closeSegments':
      return { closeSegments: 4 }
    case 'note':
      return { note: 'SYN flooding' }
  }
}

/** The expectation after the learner picks another kind: the host it is about carries over. */
export function switchExpectationKind(e: unknown, kind: ExpectationKind, hosts: readonly string[]): Item {
  const next = expectationTemplate(kind, hosts)
  const host = e !== null && typeof e === 'object' ? (e as Item).host : undefined
  return 'host' in next && typeof host === 'string' ? { ...next, host } : next
}

/** A one-way link setting from the first host to the second, with the global default latency. */
export function linkTemplate(hosts: readonly string[]): Item {
  const [a, b] = pair(hosts)
  return { from: a, to: b, latencyMs: 10 }
}

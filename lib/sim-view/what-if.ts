/**
 * "What if" on one segment: the targeted fault (drop / delay / duplicate) that hits exactly the
 * segment a learner picked, derived from the trace alone. The engine tests each targeted fault, in
 * scenario order, against every segment it routes and counts matches; an added fault goes last, so
 * its count skips segments that never reached it (dropped by an earlier fault or a firewall, or
 * addressed to no host). The run is deterministic, so up to that segment the new run is the old one.
 */
import {
  flagNames,
  hasFlag,
  type ScenarioInput,
  type Segment,
  seqDiff,
  type SeqNum,
  SYN,
  type TraceEvent,
} from '@/lib/tcp'

export type WhatIfAction = { kind: 'drop' } | { kind: 'duplicate' } | { kind: 'delay'; delayMs: number }

export type TargetedFault = Extract<
  NonNullable<ScenarioInput['faults']>[number],
  { kind: 'drop' | 'duplicate' | 'delay' }
>

interface Sent {
  readonly segment: Segment
  readonly host: string
  readonly conn: string | undefined
}

/** Sends in routing order, each with the fate that decides whether targeted faults saw it. */
function routedSegments(trace: readonly TraceEvent[]): { sent: Sent[]; unseen: Set<number> } {
  const sent: Sent[] = []
  const unseen = new Set<number>()
  for (const e of trace) {
    if (e.type === 'segment-sent') sent.push({ segment: e.segment, host: e.host, conn: e.conn })
    // These drops happen before (or instead of) the targeted faults' test.
    else if (
      e.type === 'segment-dropped' &&
      (e.by === 'fault' || e.by === 'firewall' || e.why.code === 'no-route')
    )
      unseen.add(e.segmentId)
  }
  return { sent, unseen }
}

/** The sender's ISN per send: the seq of the connection's latest SYN before it (SYN or SYN-ACK). */
function issOf(sent: readonly Sent[]): (SeqNum | undefined)[] {
  const latest = new Map<string, SeqNum>()
  return sent.map((s) => {
    if (s.conn === undefined) return undefined
    const key = `${s.host}|${s.conn}`
    if (hasFlag(s.segment.flags, SYN)) latest.set(key, s.segment.seq)
    return latest.get(key)
  })
}

/**
 * The fault that applies `action` to the segment with this id, or undefined when no targeted fault
 * can reach it (a network duplicate, or a segment dropped before the faults see it).
 */
export function faultForSegment(
  trace: readonly TraceEvent[],
  segmentId: number,
  action: WhatIfAction,
): TargetedFault | undefined {
  const { sent, unseen } = routedSegments(trace)
  const index = sent.findIndex((s) => s.segment.id === segmentId)
  if (index < 0 || unseen.has(segmentId)) return undefined
  const target = sent[index].segment
  const same = (s: Segment) =>
    s.sender === target.sender &&
    s.flags === target.flags &&
    s.payload.length > 0 === target.payload.length > 0
  const candidates = sent.slice(0, index + 1).map((s, i) => ({ ...s, i }))
  const iss = issOf(sent)
  const peers = candidates.filter((c) => same(c.segment) && !unseen.has(c.segment.id))
  // relSeq narrows the match, but only when every earlier look-alike's ISN is known from the trace.
  const relSeqKnown = peers.every((c) => c.conn === undefined || iss[c.i] !== undefined)
  const rel = (c: (typeof peers)[number]) => {
    const isn = iss[c.i]
    return isn === undefined ? undefined : seqDiff(c.segment.seq, isn)
  }
  const targetRel = relSeqKnown ? rel(peers[peers.length - 1]) : undefined
  const nth = targetRel === undefined ? peers.length : peers.filter((c) => rel(c) === targetRel).length
  const match = {
    from: target.sender,
    ...(target.flags ? { flags: flagNames(target.flags).replace(/ /g, '') } : {}),
    payload: target.payload.length > 0,
    ...(targetRel === undefined ? {} : { relSeq: targetRel }),
  }
  if (action.kind === 'delay') return { kind: 'delay', match, nth, count: 1, delayMs: action.delayMs }
  return { kind: action.kind, match, nth, count: 1 }
}

/** The scenario with the learner's what-if faults appended after its own (their count relies on it). */
export function withWhatIfs(scenario: ScenarioInput, faults: readonly TargetedFault[]): ScenarioInput {
  return faults.length ? { ...scenario, faults: [...(scenario.faults ?? []), ...faults] } : scenario
}

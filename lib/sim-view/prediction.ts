/**
 * Prediction prompts (issue #4): a simulation pauses just before a chosen event and asks the
 * learner what happens next. The question, its choices and its answer are all derived from the
 * engine's own trace, so the answer is whatever the engine really did, never hand-written.
 *
 * Pure and deterministic: same trace and prediction, same prompt (no Math.random).
 */
import { z } from 'zod'
import {
  ACK,
  type ConnId,
  FIN,
  flagNames,
  hasFlag,
  RST,
  type SendReason,
  type StateCause,
  SYN,
  TCP_STATES,
  type TcpState,
  type TraceEvent,
} from '@/lib/tcp'
import { relativeNumbers } from './relative'
import { segmentRecords, type SegmentRecord } from './segments'
import { stateLanes } from './states'

/**
 * What to ask. Segment numbers count the segments that host sent, from 1 (its own 3rd segment is
 * 3, whatever the other hosts sent in between).
 */
export type Prediction =
  | { id?: string; ask: 'next-segment'; host: string; beforeSegment: number }
  | { id?: string; ask: 'state'; host: string; atTime?: number; afterSegment?: number }

const host = z.string().regex(/^[A-Za-z0-9_-]+$/, 'a host id such as "client" or "server"')
const nth = z.number().int().positive()
// A prediction becomes a review card, so it carries an id that is stable across edits of the
// question (kebab-case, unique within the question), as quiz item ids are.
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id, unique within the question')
  .optional()

/** The `predict` prop as an author writes it in MDX; exactly one of atTime / afterSegment. */
export const predictionSchema = z.union([
  z.strictObject({ id, ask: z.literal('next-segment'), host, beforeSegment: nth }),
  z
    .strictObject({
      id,
      ask: z.literal('state'),
      host,
      atTime: z.number().nonnegative().optional(),
      afterSegment: nth.optional(),
    })
    .refine((p) => (p.atTime === undefined) !== (p.afterSegment === undefined), {
      message: 'give exactly one of atTime or afterSegment',
    }),
]) satisfies z.ZodType<Prediction>

/** A readable one-line reason why a `predict` prop does not parse. */
export function parsePrediction(
  value: unknown,
): { ok: true; prediction: Prediction } | { ok: false; error: string } {
  const parsed = predictionSchema.safeParse(value)
  if (parsed.success) return { ok: true, prediction: parsed.data }
  const ask = (value as { ask?: unknown } | null)?.ask
  const hint =
    ask === 'next-segment' || ask === 'state'
      ? ''
      : ` (expected { ask: 'next-segment', host, beforeSegment } or { ask: 'state', host, afterSegment | atTime })`
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'predict'}: ${i.message}`)
  return { ok: false, error: `invalid predict prop: ${[...new Set(issues)].join('; ')}${hint}` }
}

/** The flag combinations offered for "what does this host send next?". */
export const SEGMENT_CHOICES = ['syn', 'syn-ack', 'ack', 'data', 'fin-ack', 'rst', 'rst-ack'] as const
export type SegmentChoiceId = (typeof SEGMENT_CHOICES)[number] | 'fin' | 'other'

/** Which choice a real segment counts as (SYN before RST before FIN before data before ACK). */
export function segmentChoice(r: SegmentRecord): SegmentChoiceId {
  const f = r.segment.flags
  if (hasFlag(f, RST)) return hasFlag(f, ACK) ? 'rst-ack' : 'rst'
  if (hasFlag(f, SYN)) return hasFlag(f, ACK) ? 'syn-ack' : 'syn'
  if (hasFlag(f, FIN)) return hasFlag(f, ACK) ? 'fin-ack' : 'fin'
  if (r.len > 0 && hasFlag(f, ACK)) return 'data'
  if (hasFlag(f, ACK)) return 'ack'
  return 'other'
}

/** Transitions of RFC 9293 Figure 5, plus FIN-WAIT-1 → TIME-WAIT on a FIN that ACKs ours (§3.10.7.4). */
const TRANSITIONS: readonly (readonly [TcpState, TcpState])[] = [
  ['CLOSED', 'LISTEN'],
  ['CLOSED', 'SYN-SENT'],
  ['LISTEN', 'CLOSED'],
  ['LISTEN', 'SYN-SENT'],
  ['LISTEN', 'SYN-RECEIVED'],
  ['SYN-SENT', 'SYN-RECEIVED'],
  ['SYN-SENT', 'ESTABLISHED'],
  ['SYN-SENT', 'CLOSED'],
  ['SYN-RECEIVED', 'LISTEN'],
  ['SYN-RECEIVED', 'ESTABLISHED'],
  ['SYN-RECEIVED', 'FIN-WAIT-1'],
  ['ESTABLISHED', 'FIN-WAIT-1'],
  ['ESTABLISHED', 'CLOSE-WAIT'],
  ['FIN-WAIT-1', 'FIN-WAIT-2'],
  ['FIN-WAIT-1', 'CLOSING'],
  ['FIN-WAIT-1', 'TIME-WAIT'],
  ['FIN-WAIT-2', 'TIME-WAIT'],
  ['CLOSING', 'TIME-WAIT'],
  ['TIME-WAIT', 'CLOSED'],
  ['CLOSE-WAIT', 'LAST-ACK'],
  ['LAST-ACK', 'CLOSED'],
]

/** States one transition away from `s`, either way, in the state diagram. */
export function neighbourStates(s: TcpState): TcpState[] {
  const out = new Set<TcpState>()
  for (const [a, b] of TRANSITIONS) {
    if (a === s) out.add(b)
    if (b === s) out.add(a)
  }
  return TCP_STATES.filter((x) => out.has(x))
}

export interface SegmentFact {
  readonly kind: 'segment'
  readonly segmentId: number
  /** The packet list's No. (1-based over every segment of the run). */
  readonly no: number
  readonly host: string
  readonly to?: string
  readonly sentAt: number
  /** Wireshark-style, e.g. "FIN, ACK". */
  readonly flags: string
  readonly seq: number
  readonly ack: number
  readonly relSeq: number
  readonly relAck?: number
  readonly len: number
  readonly reason?: SendReason
}

export interface StateFact {
  readonly kind: 'state'
  readonly host: string
  readonly conn?: ConnId
  readonly state: TcpState
  /** The transition that entered the state; absent when the host had no connection yet. */
  readonly entered?: { readonly from: TcpState; readonly cause: StateCause; readonly at: number }
}

export interface PredictionPrompt {
  /** Player step to pause on: everything up to it is shown, the answer is not. */
  readonly pauseAtStep: number
  readonly question:
    | { readonly kind: 'next-segment'; readonly host: string }
    /** `after: 'segment'`: right after the host's next segment (sent at `at`). */
    | {
        readonly kind: 'state'
        readonly host: string
        readonly after: 'segment' | 'time'
        readonly at: number
      }
  readonly choices: readonly { readonly id: string }[]
  readonly correctChoiceId: string
  /** What the engine actually did. */
  readonly explanation: SegmentFact | StateFact
}

export type DerivedPrompt = { ok: true; prompt: PredictionPrompt } | { ok: false; error: string }

/** Distinct event times, as the player's steps (lib/sim-view/player.ts stepsOf). */
function stepTimes(trace: readonly TraceEvent[]): number[] {
  return [...new Set(trace.map((e) => e.at as number))].sort((a, b) => a - b)
}

export function derivePrompt(trace: readonly TraceEvent[], prediction: Prediction): DerivedPrompt {
  const steps = stepTimes(trace)
  const records = segmentRecords(trace)
  const hosts = new Set(trace.flatMap((e) => ('host' in e && e.host !== undefined ? [e.host] : [])))
  if (!hosts.has(prediction.host))
    return { ok: false, error: `no host "${prediction.host}" in this run (hosts: ${[...hosts].join(', ')})` }

  // Network duplicates are copies, not segments the host chose to send.
  const own = records.filter((r) => r.from === prediction.host && r.duplicateOf === undefined)
  const nthSegment = (n: number): SegmentRecord | string =>
    own[n - 1] ?? `${prediction.host} sends only ${own.length} segment(s) in this run, not ${n}`
  // The last step strictly before time t; the player shows nothing of t there.
  const stepBefore = (t: number): number | string => {
    const i = steps.findIndex((s) => s >= t) - 1
    const last = i < -1 ? steps.length - 1 : i
    return last >= 0 ? last : `nothing happens before t = ${t} ms, so there is no moment to pause at`
  }

  if (prediction.ask === 'next-segment') {
    const r = nthSegment(prediction.beforeSegment)
    if (typeof r === 'string') return { ok: false, error: r }
    const pauseAtStep = stepBefore(r.sentAt)
    if (typeof pauseAtStep === 'string') return { ok: false, error: pauseAtStep }
    const real = segmentChoice(r)
    const ids: string[] = [...SEGMENT_CHOICES]
    if (!ids.includes(real)) ids.push(real)
    const rel = relativeNumbers(records).get(r.id)
    return {
      ok: true,
      prompt: {
        pauseAtStep,
        question: { kind: 'next-segment', host: prediction.host },
        choices: ids.map((id) => ({ id })),
        correctChoiceId: real,
        explanation: {
          kind: 'segment',
          segmentId: r.id,
          no: records.indexOf(r) + 1,
          host: r.from,
          to: r.to,
          sentAt: r.sentAt,
          flags: flagNames(r.segment.flags),
          seq: r.segment.seq as number,
          ack: r.segment.ack as number,
          relSeq: rel?.relSeq ?? (r.segment.seq as number),
          relAck: rel?.relAck,
          len: r.len,
          reason: r.reason,
        },
      },
    }
  }

  let at: number
  let after: 'segment' | 'time'
  if (prediction.afterSegment !== undefined) {
    const r = nthSegment(prediction.afterSegment)
    if (typeof r === 'string') return { ok: false, error: r }
    at = r.sentAt
    after = 'segment'
  } else if (prediction.atTime !== undefined) {
    at = prediction.atTime
    after = 'time'
  } else return { ok: false, error: 'a state prediction needs atTime or afterSegment' }
  const pauseAtStep = stepBefore(at)
  if (typeof pauseAtStep === 'string') return { ok: false, error: pauseAtStep }

  const fact = hostStateAt(trace, prediction.host, at)
  const ids = new Set<TcpState>([fact.state, ...neighbourStates(fact.state)])
  if (fact.entered) ids.add(fact.entered.from)
  return {
    ok: true,
    prompt: {
      pauseAtStep,
      question: { kind: 'state', host: prediction.host, after, at },
      choices: TCP_STATES.filter((s) => ids.has(s)).map((id) => ({ id })),
      correctChoiceId: fact.state,
      explanation: fact,
    },
  }
}

/**
 * The host's state at time t, events at exactly t included. A host with several connections
 * (a listener's children) is in the state of the one that changed last; a host with none is CLOSED.
 */
export function hostStateAt(trace: readonly TraceEvent[], hostId: string, t: number): StateFact {
  let best: StateFact | undefined
  for (const lane of stateLanes(trace)) {
    if (lane.host !== hostId) continue
    const span = lane.spans.findLast((s) => s.from <= t)
    if (span && (!best || best.entered!.at <= span.from))
      best = {
        kind: 'state',
        host: hostId,
        conn: lane.conn,
        state: span.state,
        entered: { ...span.entered, at: span.from },
      }
  }
  return best ?? { kind: 'state', host: hostId, state: 'CLOSED' }
}

/** Where the learner is with a prompt: not reached yet, being asked, answered, or let go. */
export type PromptStatus = 'waiting' | 'asking' | 'answered' | 'done'

/**
 * What the prompt does to the player on each snapshot: while the question is unanswered, playback
 * that reaches `pauseAtStep` stops there. Stepping or scrubbing by hand is never taken back: a
 * learner who jumps ahead (or a what-if re-run that resumes later) sees the answer, by choice.
 */
export function promptGate(
  snap: { readonly step: number; readonly playing: boolean },
  pauseAtStep: number,
  status: PromptStatus,
): 'pause' | 'none' {
  if (status !== 'waiting' && status !== 'asking') return 'none'
  return snap.step === pauseAtStep && snap.playing ? 'pause' : 'none'
}

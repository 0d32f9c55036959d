/** Checks a scenario's declared expectations against a finished trace. */
import { englishReason } from '@/lib/i18n/reasons/english'
import { compileFilter } from '../net/filter'
import { FIN, RST, SYN } from '../segment'
import { type Segment } from '../segment'
import { type SeqNum } from '../seq'
import { type SendReason, type TraceEvent } from '../trace'
import { type WorldSnapshot } from '../sim/snapshot'
import { type Expectation, type Scenario } from './schema'

type SentEvent = Extract<TraceEvent, { type: 'segment-sent' }>

export interface ExpectationResult {
  readonly expectation: Expectation
  readonly description: string
  readonly pass: boolean
  readonly actual: string
}

export function checkExpectations(
  s: Scenario,
  trace: readonly TraceEvent[],
  snap: WorldSnapshot,
): ExpectationResult[] {
  // Built on first use: a long run (a bulk transfer, a flood) often declares no segment expectations.
  let sentSegments: SentEvent[] | undefined
  let senderIss: (SeqNum | undefined)[] | undefined
  const sentOnce = () => (sentSegments ??= trace.filter((e): e is SentEvent => e.type === 'segment-sent'))
  const ipToHost = new Map(Object.entries(s.hosts).map(([id, h]) => [h.ip, id]))
  return s.expect.map((e) => {
    const r = evaluate(e)
    return { expectation: e, ...r }
  })

  function evaluate(e: Expectation): Omit<ExpectationResult, 'expectation'> {
    if ('passesThrough' in e) {
      const seen = trace.some((t) => t.type === 'state' && t.host === e.host && t.to === e.passesThrough)
      return {
        description: `${e.host} passes through ${e.passesThrough}`,
        pass: seen,
        actual: seen ? 'yes' : 'never',
      }
    }
    if ('neverEnters' in e) {
      const seen = trace.some((t) => t.type === 'state' && t.host === e.host && t.to === e.neverEnters)
      return {
        description: `${e.host} never enters ${e.neverEnters}`,
        pass: !seen,
        actual: seen ? 'entered' : 'never',
      }
    }
    if ('endsIn' in e) {
      const host = snap.hosts.find((h) => h.id === e.host)
      const last = host?.connections[host.connections.length - 1]
      const state = last?.state ?? 'CLOSED'
      const pass = state === e.endsIn && (e.error === undefined || last?.error === e.error)
      return {
        description: `${e.host} ends in ${e.endsIn}${e.error ? ` with ${e.error}` : ''}`,
        pass,
        actual: `${state}${last?.error ? ` (${last.error})` : ''}`,
      }
    }
    if ('appError' in e) {
      const seen = trace.some((t) => t.type === 'app-result' && t.host === e.host && t.error === e.appError)
      return {
        description: `the application on ${e.host} sees ${e.appError}`,
        pass: seen,
        actual: seen ? 'yes' : 'no',
      }
    }
    if ('segments' in e) {
      const test = compileFilter(e.segments)
      const sent = sentOnce()
      const iss = (senderIss ??= sendersIss(sent, snap))
      const n = sent.filter((t, i) =>
        test({
          segment: t.segment,
          to: ipToHost.get(t.segment.dst.ip),
          reason: t.reason as SendReason | undefined,
          iss: iss[i],
        }),
      ).length
      const pass =
        (e.exactly === undefined || n === e.exactly) &&
        (e.atLeast === undefined || n >= e.atLeast) &&
        (e.atMost === undefined || n <= e.atMost)
      const bounds = [
        e.exactly !== undefined ? `exactly ${e.exactly}` : '',
        e.atLeast !== undefined ? `at least ${e.atLeast}` : '',
        e.atMost !== undefined ? `at most ${e.atMost}` : '',
      ].filter(Boolean)
      return {
        description: `${bounds.join(', ')} segments matching ${JSON.stringify(e.segments)}`,
        pass,
        actual: `${n}`,
      }
    }
    if ('closeSegments' in e) {
      const sent = sentOnce()
      const first = sent.findIndex((t) => (t.segment.flags & (FIN | RST)) !== 0)
      const n = first < 0 ? 0 : sent.length - first
      return {
        description: `the close takes ${e.closeSegments} segments`,
        pass: n === e.closeSegments,
        actual: `${n}`,
      }
    }
    // A scenario names a note by (part of) its English words, as the CLI ladder prints them.
    const seen = trace.some((t) => t.type === 'note' && englishReason(t.note).includes(e.note))
    return { description: `a note says "${e.note}"`, pass: seen, actual: seen ? 'yes' : 'no' }
  }
}

/**
 * The sender's ISN for each sent segment, as the network's faults see it (`conn?.iss`): a
 * segment sent by a connection gets the ISN of the SYN that connection last sent; a connection
 * that never sent a SYN (one made from a SYN cookie) gets its ISN from the snapshot; a segment
 * sent outside any connection (a reset from a closed port, a cookie SYN-ACK) has none.
 */
function sendersIss(sent: readonly SentEvent[], snap: WorldSnapshot): (SeqNum | undefined)[] {
  const key = (host: string, conn: string) => `${host} ${conn}`
  const fromSnapshot = new Map<string, SeqNum>()
  for (const h of snap.hosts)
    for (const c of h.connections) fromSnapshot.set(key(h.id, c.id), c.iss as SeqNum)
  const current = new Map<string, SeqNum>()
  return sent.map((t) => {
    if (t.conn === undefined) return undefined
    const k = key(t.host, t.conn)
    if ((t.segment.flags & SYN) !== 0) current.set(k, t.segment.seq)
    return current.get(k) ?? fromSnapshot.get(k)
  })
}

export type { Segment }

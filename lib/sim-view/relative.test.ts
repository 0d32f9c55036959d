import { describe, expect, it } from 'vitest'
import { getScenario } from '@/lib/scenarios'
import { FIN, hasFlag, runScenario, type TraceEvent } from '@/lib/tcp'
import { relativeNumbers, type RelativeOptions } from './relative'
import { segmentRecords } from './segments'

type Sent = Extract<TraceEvent, { type: 'segment-sent' }>

/** Every segment a scenario sends, with its relative numbers under `options`. */
function numbered(id: string, options?: RelativeOptions) {
  const sent = runScenario(getScenario(id)!.scenario).trace.filter(
    (e): e is Sent => e.type === 'segment-sent',
  )
  const rel = relativeNumbers(sent, options)
  return sent.map((e) => ({ e, n: rel.get(e.segment.id)! }))
}

describe('relative numbers', () => {
  it('Wireshark: a reset answering a SYN counts from seq − 1, so it shows Seq=1', () => {
    const [syn, rst] = numbered('connection-refused')
    expect(syn.n).toMatchObject({ relSeq: 0, stream: 0, direction: 'a' })
    expect(rst.e.segment.seq).toBe(0)
    expect(rst.n).toMatchObject({ relSeq: 1, relAck: 1, direction: 'b' })
    expect(rst.n.seqRaw).toBeUndefined()
  })

  it('raw mode: the closed port’s reset (no connection) keeps its raw seq; its ack is relative', () => {
    const [, rst] = numbered('connection-refused', { connectionless: 'raw' })
    expect(rst.n).toMatchObject({ relSeq: 0, seqRaw: true, relAck: 1 })
    expect(rst.n.ackRaw).toBeUndefined()
  })

  it('a flood SYN from no connection is relative 0 for Wireshark, raw for the CLI', () => {
    const flood = (options?: RelativeOptions) =>
      numbered('syn-flood-cookies-reference', options).find((x) => x.e.host === 'attacker')!
    expect(flood().n).toMatchObject({ relSeq: 0 })
    const raw = flood({ connectionless: 'raw' })
    expect(raw.n).toMatchObject({ relSeq: raw.e.segment.seq, seqRaw: true })
  })

  it('both: connections on one server port each count from their own ISNs', () => {
    // close-wait-leak opens three connections from different client ports to port 80; an
    // endpoint-wide base (the CLI's old rule) numbered the later ones from the wrong SYN-ACK.
    for (const options of [undefined, { connectionless: 'raw' } as const]) {
      const fins = numbered('close-wait-leak', options).filter(
        (x) => x.e.host === 'client' && hasFlag(x.e.segment.flags, FIN),
      )
      expect(fins.length).toBeGreaterThan(1)
      for (const { n } of fins) expect(n).toMatchObject({ relSeq: 1, relAck: 1 })
      expect(new Set(fins.map((f) => f.n.stream)).size).toBe(fins.length)
    }
  })

  it('accepts a view’s segment records as well as trace events', () => {
    const trace = runScenario(getScenario('connection-refused')!.scenario).trace
    const records = segmentRecords(trace)
    expect([...relativeNumbers(records).values()].map((n) => n.relSeq)).toEqual([0, 1])
  })
})

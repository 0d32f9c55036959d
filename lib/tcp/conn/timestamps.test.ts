import { describe, expect, it } from 'vitest'
import { linuxQuickClose } from '@/lib/scenarios/reference/basics'
import { type Segment, SYN } from '../segment'
import { runScenario } from '../sim/runner'

const sentSegments = (trace: ReturnType<typeof runScenario>['trace']): Segment[] =>
  trace.flatMap((e) => (e.type === 'segment-sent' ? [e.segment] : []))

describe('timestamps (RFC 7323 §4.3)', () => {
  // Regression (TSecr set only during the handshake): TS.Recent was taken from the SYN and
  // never updated, so every later segment echoed the peer's SYN clock.
  it('ESTABLISHED segment arrives updates TS.Recent and the next segment echoes it', () => {
    const r = runScenario({ ...linuxQuickClose, network: { latencyMs: 25 } })
    const segs = sentSegments(r.trace)
    const request = segs.find((s) => s.label === 'GET /') as Segment
    const reply = segs.find((s) => s.label === '200 OK') as Segment
    expect(request.options.timestamps?.value).toBeGreaterThan(1)
    expect(reply.options.timestamps?.echo).toBe(request.options.timestamps?.value)
    // Every segment after the handshake echoes the newest TSval its sender had received.
    const byId = new Map(segs.map((x) => [x.id, x]))
    const latest = new Map<string, number>()
    let checked = 0
    for (const e of r.trace) {
      if (e.type === 'segment-delivered') {
        const v = byId.get(e.segmentId)?.options.timestamps?.value ?? 0
        latest.set(e.host, Math.max(latest.get(e.host) ?? 0, v))
      }
      if (e.type === 'segment-sent' && (e.segment.flags & SYN) === 0) {
        expect(e.segment.options.timestamps?.echo, `segment ${e.segment.id} from ${e.host}`).toBe(
          latest.get(e.host),
        )
        checked++
      }
    }
    expect(checked).toBeGreaterThan(5)
  })
})

import { describe, expect, it } from 'vitest'
import { ACK, SYN } from '@/lib/tcp'
import { seqDiff } from '@/lib/tcp'
import { runScenario } from '@/lib/tcp'
import { getScenario } from './index'

describe('time-wait-zero-old-duplicate', () => {
  // Regression (duplicate then delay one copy): with `delay` both copies were late, so the
  // scenario needed a retransmission and fixed ISNs. With copyDelayMs only the network's copy is
  // late and real clock ISNs suffice, as in the question text (time-wait-2msl): the old segment
  // lands inside the new window past RCV.NXT, the gap fills, the real bytes there are dropped.
  it('the old duplicate lands past RCV.NXT of the new incarnation and its bytes are delivered', () => {
    const entry = getScenario('time-wait-zero-old-duplicate')
    if (!entry) throw new Error('time-wait-zero-old-duplicate is missing from the library')
    const r = runScenario(entry.scenario)
    const sent = r.trace.flatMap((e) => (e.type === 'segment-sent' ? [e] : []))
    const synAcks = sent.filter((e) => e.segment.flags === (SYN | ACK))
    expect(synAcks).toHaveLength(2)
    const [oldIss, newIss] = synAcks.map((e) => e.segment.seq)
    expect(seqDiff(newIss, oldIss)).toBe(1750) // 7 ms of the 4 µs ISN clock

    const dup = r.trace.find((e) => e.type === 'segment-duplicated')
    const original = sent.find(
      (e) => e.segment.id === (dup?.type === 'segment-duplicated' ? dup.segmentId : -1),
    )
    if (!original) throw new Error('no duplicated segment')
    expect(original.segment.label).toBe('part 3')
    expect(seqDiff(original.segment.seq, newIss)).toBe(51) // 50 bytes past the new RCV.NXT
    const copyId = dup?.type === 'segment-duplicated' ? dup.copyId : -1
    const copyAt = r.trace.find((e) => e.type === 'segment-delivered' && e.segmentId === copyId)?.at
    expect(copyAt).toBeGreaterThan(synAcks[1].at)
    expect(r.trace.some((e) => e.type === 'segment-discarded' && e.segmentId === copyId)).toBe(false)

    // After the new part 1 the client acknowledges 150 bytes: 50 new and the 100 stale ones.
    const acks = sent
      .filter((e) => e.host === 'client' && e.at > synAcks[1].at && e.segment.payload.length === 0)
      .map((e) => seqDiff(e.segment.ack, newIss))
    expect(acks).toContain(151)
    expect(acks[acks.length - 1]).toBe(1901)
  })
})

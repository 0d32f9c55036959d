import { describe, expect, it } from 'vitest'
import { linuxQuickClose } from '@/lib/scenarios/reference/basics'
import { type ScenarioInput } from '../scenario/schema'
import { runScenario } from '../sim/runner'

/** When each copy of the client's request (not its retransmissions) reaches the server. */
function arrivals(faults: ScenarioInput['faults']): number[] {
  const r = runScenario({ ...linuxQuickClose, network: { latencyMs: 10 }, faults })
  const ids = new Set<number>()
  const out: number[] = []
  for (const e of r.trace) {
    if (e.type === 'segment-sent' && e.segment.label === 'GET /' && !e.reason) ids.add(e.segment.id)
    if (e.type === 'segment-duplicated' && ids.has(e.segmentId)) ids.add(e.copyId)
    if (e.type === 'segment-delivered' && ids.has(e.segmentId)) out.push(e.at)
  }
  return out
}

describe('duplicate fault', () => {
  const match = { from: 'client', label: 'GET /' } as const
  const sentAt = 21 // connect at 1, SYN-ACK back at 21: the request leaves with the third segment

  it('duplicate sends the copy 1 ms behind the original', () => {
    expect(arrivals([{ kind: 'duplicate', match }])).toEqual([sentAt + 10, sentAt + 11])
  })

  it('delay holds back both copies of a duplicate', () => {
    expect(
      arrivals([
        { kind: 'duplicate', match },
        { kind: 'delay', match, delayMs: 500 },
      ]),
    ).toEqual([sentAt + 510, sentAt + 511])
  })

  // Regression (duplicate then delay one copy): a scenario could not hold back only the late copy.
  it('duplicate with copyDelayMs delays only the network-made copy', () => {
    expect(arrivals([{ kind: 'duplicate', match, copyDelayMs: 500 }])).toEqual([sentAt + 10, sentAt + 511])
  })
})

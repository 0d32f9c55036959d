import { describe, expect, it } from 'vitest'
import { getScenario } from '@/lib/scenarios'
import { compareProfiles } from './compare'

describe('compareProfiles', () => {
  it('when the server closes at once, the close takes four segments under rfc and three under linux, whose delayed ACK rides on the FIN', () => {
    const { rfc, linux } = compareProfiles(getScenario('linux-three-segment-close')!.scenario)
    expect(rfc.facts.closeSegments).toBe(4)
    expect(linux.facts.closeSegments).toBe(3)
  })

  it('TIME-WAIT lasts 2×MSL = 240 s under rfc and a fixed 60 s under linux', () => {
    const { rfc, linux } = compareProfiles(getScenario('four-way-close')!.scenario)
    expect(rfc.facts.timeWaitMs).toBe(240_000)
    expect(linux.facts.timeWaitMs).toBe(60_000)
  })

  it('a run where nobody closes has no close and no TIME-WAIT', () => {
    const { rfc } = compareProfiles(getScenario('syn-to-closed-port')!.scenario)
    expect(rfc.facts).toEqual({ closeSegments: undefined, timeWaitMs: undefined })
  })
})

import { describe, expect, it } from 'vitest'
import { getScenario } from '@/lib/scenarios'
import { runForView } from '@/lib/sim-view/run'
import { cachedRunForView, MAX_RUNS } from './view-run-cache'

const id = 'three-way-handshake'
const scenario = getScenario(id)!.scenario

describe('cachedRunForView', () => {
  it('returns the same run for the same scenario and overrides, equal to a fresh run', () => {
    const first = cachedRunForView(id, scenario, { latencyMs: 7 })
    expect(cachedRunForView(id, scenario, { latencyMs: 7 })).toBe(first)
    expect(first).toEqual(runForView(scenario, { latencyMs: 7 }))
  })

  it('keeps runs with different overrides apart', () => {
    const slow = cachedRunForView(id, scenario, { latencyMs: 40 })
    const fast = cachedRunForView(id, scenario, { latencyMs: 5 })
    expect(fast).not.toBe(slow)
    if (!slow.ok || !fast.ok) throw new Error('the handshake should run')
    expect(fast.model.endTime).toBeLessThan(slow.model.endTime)
  })

  it('runs again when the scenario object is new (an edited catalog module in development)', () => {
    const first = cachedRunForView(id, scenario, { latencyMs: 9 })
    const edited = { ...scenario }
    const rerun = cachedRunForView(id, edited, { latencyMs: 9 })
    expect(rerun).not.toBe(first)
    expect(rerun).toEqual(first)
  })

  it(`keeps at most ${MAX_RUNS} runs, dropping the least recently used`, () => {
    const kept = cachedRunForView(id, scenario, { latencyMs: 1000 })
    const dropped = cachedRunForView(id, scenario, { latencyMs: 1001 })
    // Fill the cache while touching `kept`, so `dropped` becomes the oldest entry.
    for (let ms = 2000; ms < 2000 + MAX_RUNS; ms++) {
      cachedRunForView(id, scenario, { latencyMs: ms })
      cachedRunForView(id, scenario, { latencyMs: 1000 })
    }
    expect(cachedRunForView(id, scenario, { latencyMs: 1000 })).toBe(kept)
    expect(cachedRunForView(id, scenario, { latencyMs: 1001 })).not.toBe(dropped)
  })
})

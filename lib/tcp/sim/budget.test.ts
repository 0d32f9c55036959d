import { describe, expect, it } from 'vitest'
import { type ScenarioInput } from '../scenario/schema'
import { EVENT_BUDGET, PROGRESS_STEPS, runScenario } from './runner'

/** A listener under a SYN flood of `count` spoofed SYNs, sent `ratePerSec` a second. */
function flood(count: number, ratePerSec = 10_000): ScenarioInput {
  return {
    name: 'flood',
    hosts: {
      server: { ip: '10.0.0.2', profile: 'linux' },
      attacker: { ip: '10.0.0.66', profile: 'linux' },
    },
    apps: [{ host: 'server', actions: [{ at: 0, do: 'listen', port: 80, backlog: 4 }] }],
    faults: [{ kind: 'syn-flood', from: 'attacker', to: 'server', port: 80, at: 0, ratePerSec, count }],
  }
}

describe('the event budget', () => {
  it('stops a run that reaches it, keeps the whole steps so far and says which limit', () => {
    const r = runScenario(flood(1_000), { maxEvents: 500 })
    expect(r.stopped).toBe('event-budget')
    if (r.stopped !== 'event-budget') return
    expect(r.limit).toBe(500)
    // Checked between steps: the step that crossed the limit completes, and nothing runs after it.
    expect(r.trace.length).toBeGreaterThanOrEqual(500)
    expect(r.trace.length).toBeLessThan(520)
    // A cut run proves nothing about its expectations, so none are reported.
    expect(r.expectations).toEqual([])
  })

  it('stops the largest legal SYN flood at EVENT_BUDGET by default', () => {
    const r = runScenario(flood(100_000))
    expect(r).toMatchObject({ stopped: 'event-budget', limit: EVENT_BUDGET })
    expect(r.trace.length - EVENT_BUDGET).toBeLessThan(20)
  }, 30_000) // a whole budget's run: about 2 s alone, more on a busy machine

  it('leaves a run under the budget alone and reports progress on the way', () => {
    const reports: number[] = []
    const r = runScenario(flood(3_000), { onProgress: (n) => reports.push(n) })
    expect(r.stopped).toBe('idle')
    expect(r.trace.length).toBeLessThan(EVENT_BUDGET)
    expect(reports.length).toBe(Math.floor(r.world.steps / PROGRESS_STEPS))
    expect(reports).toEqual([...reports].sort((a, b) => a - b))
    expect(reports.at(-1)).toBeLessThanOrEqual(r.trace.length)
  })

  it('reports the step cap the same way', () => {
    const r = runScenario(flood(1_000), { maxSteps: 100 })
    expect(r).toMatchObject({ stopped: 'step-limit', limit: 100 })
    expect(r.world.steps).toBe(100)
  })
})

import { describe, expect, it } from 'vitest'
import { linuxQuickClose } from '@/lib/scenarios/reference/basics'
import { Replay, runScenario } from '../sim/runner'
import { parseScenario } from './schema'

// Every catalog entry meeting its expectations is checked in lib/scenarios/library.test.ts.
describe('runs of a reference scenario', () => {
  it('replays byte for byte with the same seed', () => {
    const a = runScenario(linuxQuickClose)
    const b = runScenario(linuxQuickClose)
    expect(JSON.stringify(a.trace)).toBe(JSON.stringify(b.trace))
  })

  it('draws different ISNs with a different seed', () => {
    const a = runScenario(linuxQuickClose)
    const b = runScenario({ ...linuxQuickClose, seed: 2 })
    const isn = (r: typeof a) => r.trace.find((e) => e.type === 'segment-sent')
    expect(isn(a)).not.toEqual(isn(b))
  })

  it('Replay.at returns the same snapshot whether reached forwards or backwards', () => {
    const replay = new Replay(linuxQuickClose)
    const forward = replay.at(20).snapshot
    replay.at(50)
    expect(replay.at(20).snapshot).toEqual(forward)
  })
})

describe('scenario schema', () => {
  it('names the field of an unknown host', () => {
    const r = parseScenario({
      ...linuxQuickClose,
      apps: [{ host: 'nobody', actions: [{ at: 0, do: 'close' }] }],
    })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors).toContain('apps.0.host: unknown host "nobody"')
  })

  it('rejects an action with neither a time nor an event', () => {
    const r = parseScenario({ ...linuxQuickClose, apps: [{ host: 'client', actions: [{ do: 'close' }] }] })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]).toMatch(/^apps\.0\.actions\.0: .*exactly one of `at`/)
  })

  it('rejects a misspelt flag list in a fault filter', () => {
    const r = parseScenario({ ...linuxQuickClose, faults: [{ kind: 'drop', match: { flags: 'SYNACK' } }] })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]).toMatch(/^faults\.0\.match\.flags:/)
  })
})

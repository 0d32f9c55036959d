import { describe, expect, it } from 'vitest'
import { getPath, PathError, setPath, splitPath } from './path'

describe('scenario paths', () => {
  it('reads dotted and bracketed indices alike', () => {
    expect(splitPath('faults[0].ratePerSec')).toEqual(['faults', '0', 'ratePerSec'])
    expect(getPath({ faults: [{ ratePerSec: 5 }] }, 'faults.0.ratePerSec')).toBe(5)
    expect(getPath({ a: 1 }, 'a.b.c')).toBeUndefined()
  })

  it('writes immutably and creates missing objects on the way', () => {
    const s = { hosts: { server: { ip: '10.0.0.2' } } }
    const t = setPath(s, 'hosts.server.params.timeWaitMs', 0)
    expect(t).toEqual({ hosts: { server: { ip: '10.0.0.2', params: { timeWaitMs: 0 } } } })
    expect(s).toEqual({ hosts: { server: { ip: '10.0.0.2' } } })
  })

  it('refuses an index a list does not have and a path through a number', () => {
    expect(() => setPath({ faults: [] }, 'faults[2].count', 1)).toThrow(PathError)
    expect(() => setPath({ faults: [] }, 'faults[2].count', 1)).toThrow(/faults.2: no such index/)
    expect(() => setPath({ seed: 1 }, 'seed.x', 1)).toThrow(/seed: is a number/)
  })
})

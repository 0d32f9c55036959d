import { describe, expect, it } from 'vitest'
import { linuxQuickClose } from '@/lib/scenarios/reference/basics'
import {
  appendAt,
  blankScenario,
  freshHostId,
  getAt,
  moveAt,
  removeAt,
  renameHost,
  setAt,
  type Draft,
} from './draft'
import { checkDraft, issuesByPath } from './validate'

const example = () => structuredClone(linuxQuickClose) as unknown as Draft

describe('editing a draft by field path', () => {
  it('setAt writes a nested value without touching the original', () => {
    const before = example()
    const after = setAt(before, ['apps', 0, 'actions', 0, 'port'], 8080)
    expect(getAt(after, ['apps', 0, 'actions', 0, 'port'])).toBe(8080)
    expect(getAt(before, ['apps', 0, 'actions', 0, 'port'])).toBe(80)
  })

  it('setAt creates missing objects and undefined removes the key', () => {
    const d = setAt(blankScenario() as unknown as Draft, ['hosts', 'server', 'params', 'timeWaitMs'], 1000)
    expect(getAt(d, ['hosts', 'server', 'params'])).toEqual({ timeWaitMs: 1000 })
    const cleared = setAt(d, ['hosts', 'server', 'params', 'timeWaitMs'], undefined)
    expect(getAt(cleared, ['hosts', 'server', 'params'])).toEqual({})
  })

  it('removeAt and appendAt edit arrays in place of the path', () => {
    const d = example()
    expect((getAt(removeAt(d, ['apps', 0, 'actions', 1]), ['apps', 0, 'actions']) as unknown[]).length).toBe(
      2,
    )
    expect(getAt(appendAt(d, ['faults'], { kind: 'crash' }), ['faults'])).toEqual([{ kind: 'crash' }])
  })

  it('moveAt swaps an array element with its neighbour and leaves the ends alone', () => {
    const d = setAt(example(), ['faults'], [{ kind: 'crash' }, { kind: 'drop' }, { kind: 'delay' }])
    const kinds = (x: Draft) => (getAt(x, ['faults']) as { kind: string }[]).map((f) => f.kind)
    expect(kinds(moveAt(d, ['faults', 1], -1))).toEqual(['drop', 'crash', 'delay'])
    expect(kinds(moveAt(d, ['faults', 1], 1))).toEqual(['crash', 'delay', 'drop'])
    expect(moveAt(d, ['faults', 0], -1)).toBe(d)
    expect(moveAt(d, ['faults', 2], 1)).toBe(d)
    expect(kinds(d)).toEqual(['crash', 'drop', 'delay'])
  })

  it('renaming a host keeps its lane order and follows every reference', () => {
    const d = setAt(example(), ['faults'], [{ kind: 'drop', match: { from: 'client' } }])
    const r = renameHost(d, 'client', 'laptop')
    expect(Object.keys(getAt(r, ['hosts']) as object)).toEqual(['laptop', 'server'])
    expect(getAt(r, ['apps', 1, 'host'])).toBe('laptop')
    expect(getAt(r, ['faults', 0, 'match', 'from'])).toBe('laptop')
    expect(getAt(r, ['expect', 1, 'host'])).toBe('laptop')
    expect(checkDraft(r).ok).toBe(true)
  })

  it('renaming onto an existing host changes nothing', () => {
    const d = example()
    expect(renameHost(d, 'client', 'server')).toBe(d)
  })

  it('a fresh host id is never one already taken', () => {
    expect(freshHostId(blankScenario() as unknown as Draft)).toBe('host3')
  })
})

describe('checking a draft with the engine schema', () => {
  it('the blank scenario is valid', () => {
    expect(checkDraft(blankScenario()).ok).toBe(true)
  })

  it('errors are keyed by the field path the form uses', () => {
    const d = setAt(
      setAt(example(), ['apps', 0, 'actions', 0, 'port'], 70000),
      ['hosts', 'client', 'ip'],
      'nope',
    )
    const r = checkDraft(d)
    if (r.ok) throw new Error('expected issues')
    const byPath = issuesByPath(r.issues)
    expect(byPath.get('apps.0.actions.0.port')).toMatch(/65535/)
    expect(byPath.has('hosts.client.ip')).toBe(true)
  })

  it('an expectation of a known kind reports its own field, not the whole union', () => {
    const d = setAt(
      example(),
      ['expect'],
      [{ host: 'client', endsIn: 'DONE' }, { segments: { flags: 'XYZ' } }],
    )
    const r = checkDraft(d)
    if (r.ok) throw new Error('expected issues')
    const byPath = issuesByPath(r.issues)
    expect(byPath.get('expect.0.endsIn')).toMatch(/ESTABLISHED/)
    expect(byPath.get('expect.1.segments.flags')).toMatch(/comma-separated list/)
    expect(byPath.has('expect.0')).toBe(false)
  })

  it('an expectation no branch knows keeps the union message on the item', () => {
    const r = checkDraft(setAt(example(), ['expect'], [{ host: 'client', becomes: 'LISTEN' }]))
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['expect.0'])
  })

  it('a connect to an unknown host is reported on the `to` field', () => {
    const r = checkDraft(setAt(example(), ['apps', 1, 'actions', 0, 'to'], 'nowhere'))
    expect(r.ok ? [] : r.issues).toContainEqual({
      path: 'apps.1.actions.0.to',
      message: 'unknown host "nowhere"',
    })
  })
})

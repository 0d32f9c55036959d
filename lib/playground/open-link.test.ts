import { describe, expect, it } from 'vitest'
import { textbookClose } from '@/lib/scenarios/reference/basics'
import { encodeScenario } from './codec'
import { openLink } from './open-link'

describe('opening the playground from its search parameters', () => {
  it('no `s` opens a fresh playground', async () => {
    expect(await openLink({})).toEqual({ kind: 'fresh' })
  })

  it('a link the playground wrote opens its scenario', async () => {
    const enc = await encodeScenario(textbookClose)
    if (!enc.ok) throw new Error('expected a link')
    const r = await openLink({ s: enc.param, other: 'ignored' })
    expect(r.kind === 'link' && r.scenario.name).toBe('textbook-close')
  })

  it('a repeated `s` is a broken link, not a crash', async () => {
    expect(await openLink({ s: ['a', 'b'] })).toEqual({ kind: 'broken', failure: { reason: 'not-a-link' } })
  })

  it('garbage in `s` is a broken link', async () => {
    expect(await openLink({ s: 'zNOT-A-SCENARIO' })).toEqual({
      kind: 'broken',
      failure: { reason: 'not-a-link' },
    })
  })
})

import { describe, expect, it } from 'vitest'
import { decodeScenario, encodeScenario } from './codec'
import { listStarters } from './starters'
import { checkDraft } from './validate'

describe('starting points of the playground', () => {
  it('every library scenario passes the form check, fits in a link and comes back unchanged', async () => {
    const starters = listStarters()
    expect(starters.length).toBeGreaterThan(5)
    for (const s of starters) {
      expect(checkDraft(s.scenario), s.id).toMatchObject({ ok: true })
      const link = await encodeScenario(s.scenario)
      if (!link.ok) throw new Error(`${s.id} does not fit in a link`)
      const back = await decodeScenario(link.param)
      expect(back.ok && JSON.stringify(back.scenario), s.id).toBe(JSON.stringify(s.scenario))
    }
  })

  it('every starter has a title in both languages', () => {
    for (const s of listStarters()) {
      expect(s.title.en, s.id).not.toBe('')
      expect(s.title.zh, s.id).not.toBe('')
    }
  })
})

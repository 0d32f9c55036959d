import { describe, expect, it } from 'vitest'
import { ACK, SYN } from '@/lib/tcp'
import { ladderExcerpt } from './ladder-excerpt'
import { layoutLadder } from './ladder-layout'
import { buildViewModel } from './model'
import { CLIENT, SERVER, traceBuilder } from './testing/trace-builder'

function handshake() {
  const b = traceBuilder(CLIENT, SERVER)
  b.state(0, 'client', 'CLOSED', 'SYN-SENT', { code: 'connect' })
  b.send(0, 'client', { flags: SYN, seq: 1, deliverAt: 50 })
  b.timerSet(0, 'client', 'retransmit', 1000, 1)
  b.send(50, 'server', { flags: SYN | ACK, seq: 9, ack: 2, deliverAt: 100 })
  b.state(100, 'client', 'SYN-SENT', 'ESTABLISHED', { code: 'syn-ack-received' })
  b.timerCancelled(100, 'client', 'retransmit')
  b.send(100, 'client', { flags: ACK, seq: 2, ack: 10, deliverAt: 150 })
  return layoutLadder(buildViewModel(b.build()), 560)
}

describe('ladderExcerpt', () => {
  it('returns a short ladder whole', () => {
    const layout = handshake()
    expect(ladderExcerpt(layout, 3)).toEqual({ layout, cutAt: undefined, shown: 3, total: 3 })
  })

  it('cuts above the first arrow left out, with what was drawn before it', () => {
    const layout = handshake()
    const { layout: cut, cutAt, shown, total } = ladderExcerpt(layout, 2)
    expect([shown, total, cutAt]).toEqual([2, 3, 100])
    expect(cut.arrows.map((a) => a.segmentId)).toEqual(layout.arrows.slice(0, 2).map((a) => a.segmentId))
    expect(cut.height).toBeLessThan(layout.height)
    expect(cut.height).toBeGreaterThan(cut.arrows.reduce((lowest, a) => Math.max(lowest, a.y2), 0))
    // State marks drawn above the left-out arrow stay (SYN-SENT); nothing below it is kept.
    expect(cut.states.map((s) => s.state)).toContain('SYN-SENT')
    expect(cut.states.every((s) => s.y < layout.arrows[2].y1)).toBe(true)
    expect(cut.timers.every((tb) => tb.y2 <= cut.height)).toBe(true)
  })
})

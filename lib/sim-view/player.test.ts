import { describe, expect, it } from 'vitest'
import { ACK, SYN } from '@/lib/tcp'
import { buildViewModel } from './model'
import { createPlayer, stepDuration, type PlayerClock } from './player'
import { CLIENT, SERVER, traceBuilder } from './testing/trace-builder'

/** A clock the test advances by hand; frames run only when `frame()` is called. */
function fakeClock() {
  let now = 0
  let pending: (() => void)[] = []
  const clock: PlayerClock = {
    now: () => now,
    request(cb) {
      pending.push(cb)
      return pending.length
    },
    cancel() {
      pending = []
    },
  }
  return {
    clock,
    advance(ms: number) {
      now += ms
      const run = pending
      pending = []
      run.forEach((cb) => cb())
    },
    get pendingFrames() {
      return pending.length
    },
  }
}

function handshake() {
  const b = traceBuilder(CLIENT, SERVER)
  b.send(0, 'client', { flags: SYN, seq: 1, deliverAt: 50 })
  b.send(50, 'server', { flags: SYN | ACK, seq: 9, ack: 2, deliverAt: 100 })
  b.send(100, 'client', { flags: ACK, seq: 2, ack: 10, deliverAt: 150 })
  return buildViewModel(b.build())
}

describe('player', () => {
  it('has one step per distinct event time and starts on the requested step', () => {
    const p = createPlayer(handshake(), fakeClock().clock, 2)
    expect(p.getSnapshot().steps).toEqual([0, 50, 100, 150])
    expect(p.getSnapshot()).toMatchObject({ step: 2, t: 100, playing: false })
  })

  it('steps forward and back within bounds and notifies subscribers once per change', () => {
    const p = createPlayer(handshake(), fakeClock().clock)
    let calls = 0
    p.subscribe(() => calls++)
    p.stepBack()
    expect(calls).toBe(0) // already on the first step: nothing changed, no render
    p.stepForward()
    p.stepForward()
    expect(p.getSnapshot()).toMatchObject({ step: 2, t: 100 })
    expect(calls).toBe(2)
    p.seek(99)
    expect(p.getSnapshot().step).toBe(3)
    p.restart()
    expect(p.getSnapshot()).toMatchObject({ step: 0, t: 0 })
  })

  it('returns the same snapshot object while nothing changes, as useSyncExternalStore needs', () => {
    const p = createPlayer(handshake(), fakeClock().clock)
    expect(p.getSnapshot()).toBe(p.getSnapshot())
    p.hover(undefined)
    const before = p.getSnapshot()
    p.hover(undefined)
    expect(p.getSnapshot()).toBe(before)
  })

  it('moves the cursor with real time while playing, between steps, and stops at the end', () => {
    const f = fakeClock()
    const p = createPlayer(handshake(), f.clock)
    p.play()
    f.advance(0)
    const leg = stepDuration(50)
    f.advance(leg / 2)
    const mid = p.getSnapshot()
    expect(mid.step).toBe(0)
    expect(mid.t).toBeCloseTo(25)
    f.advance(leg / 2)
    expect(p.getSnapshot()).toMatchObject({ step: 1, t: 50, playing: true })
    for (let i = 0; i < 20; i++) f.advance(leg)
    expect(p.getSnapshot()).toMatchObject({ step: 3, t: 150, playing: false })
    expect(f.pendingFrames).toBe(0)
  })

  it('plays twice as far in the same real time at speed 2', () => {
    const f = fakeClock()
    const p = createPlayer(handshake(), f.clock)
    p.setSpeed(2)
    p.play()
    f.advance(0)
    f.advance(stepDuration(50) / 4)
    expect(p.getSnapshot().t).toBeCloseTo(25)
  })

  it('pauses on the step reached and starts over when played from the last step', () => {
    const f = fakeClock()
    const p = createPlayer(handshake(), f.clock)
    p.play()
    f.advance(0)
    f.advance(stepDuration(50) * 1.5)
    p.pause()
    expect(p.getSnapshot()).toMatchObject({ playing: false, step: 1, t: 50 })
    p.seek(3)
    p.play()
    expect(p.getSnapshot()).toMatchObject({ playing: true, step: 0 })
  })

  it('clears the selection and returns to the first step when a new run is loaded', () => {
    const p = createPlayer(handshake(), fakeClock().clock, 3)
    p.select(2)
    p.load(handshake())
    expect(p.getSnapshot()).toMatchObject({ step: 0, selected: undefined })
  })
})

describe('player.load keeping the learner’s place (#4)', () => {
  /** The same handshake with every event 30 ms later, as a slower link would make it. */
  function slower() {
    const b = traceBuilder(CLIENT, SERVER)
    b.send(0, 'client', { flags: SYN, seq: 1, deliverAt: 80 })
    b.send(80, 'server', { flags: SYN | ACK, seq: 9, ack: 2, deliverAt: 160 })
    b.send(160, 'client', { flags: ACK, seq: 2, ack: 10, deliverAt: 240 })
    return buildViewModel(b.build())
  }

  it('opens the new run on the last step at or before the old time and says which time it kept', () => {
    const p = createPlayer(handshake(), fakeClock().clock, 2) // t = 100
    p.select(1)
    p.load(slower(), p.getSnapshot().t)
    expect(p.getSnapshot().steps).toEqual([0, 80, 160, 240])
    expect(p.getSnapshot()).toMatchObject({ step: 1, t: 80, kept: { t: 100 }, selected: undefined })
  })

  it('stays on the first step when the old time precedes every step, and at the end past the last', () => {
    const p = createPlayer(handshake(), fakeClock().clock)
    p.load(slower(), -1)
    expect(p.getSnapshot()).toMatchObject({ step: 0, t: 0 })
    p.load(slower(), 10_000)
    expect(p.getSnapshot()).toMatchObject({ step: 3, t: 240 })
  })

  it('without a time starts over, and the kept note goes away once playback moves', () => {
    const p = createPlayer(handshake(), fakeClock().clock, 3)
    p.load(slower(), 150)
    expect(p.getSnapshot().kept).toEqual({ t: 150 })
    p.stepForward()
    expect(p.getSnapshot().kept).toBeUndefined()
    p.load(handshake())
    expect(p.getSnapshot()).toMatchObject({ step: 0, t: 0, kept: undefined })
  })
})

import { describe, expect, it } from 'vitest'
import { autoRating, FAST_ANSWER_MS } from './auto-grade'
import { Rating, State } from './scheduler'

describe('auto-grade → FSRS rating', () => {
  it('maps a wrong answer to Again whatever its speed or state', () => {
    for (const state of [State.New, State.Learning, State.Review, State.Relearning])
      expect(autoRating({ correct: false, kind: 'choice', elapsedMs: 500, state })).toBe(Rating.Again)
  })

  it('maps a right answer to Good, and to Easy only when fast on a card already in Review', () => {
    const fast = FAST_ANSWER_MS.predict - 1
    expect(autoRating({ correct: true, kind: 'predict', elapsedMs: fast, state: State.Review })).toBe(
      Rating.Easy,
    )
    expect(
      autoRating({ correct: true, kind: 'predict', elapsedMs: FAST_ANSWER_MS.predict, state: State.Review }),
    ).toBe(Rating.Good)
    // A fast right answer on first sight may be a lucky guess.
    expect(autoRating({ correct: true, kind: 'choice', elapsedMs: 1000, state: State.New })).toBe(Rating.Good)
    expect(autoRating({ correct: true, kind: 'ordering', elapsedMs: 1000, state: State.Learning })).toBe(
      Rating.Good,
    )
  })

  it('never gives Hard', () => {
    const ratings = new Set<number>()
    for (const correct of [true, false])
      for (const elapsedMs of [0, 5000, 60_000])
        for (const state of [State.New, State.Review])
          ratings.add(autoRating({ correct, kind: 'ordering', elapsedMs, state }))
    expect(ratings.has(Rating.Hard)).toBe(false)
  })
})

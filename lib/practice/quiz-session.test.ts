import { describe, expect, it } from 'vitest'
import { deriveDeck } from './cards'
import { pickSessionCards, quizSessionOptionsSchema, scoreSession } from './quiz-session'

const deck = deriveDeck([
  {
    questionId: 'close',
    slug: 'close',
    topics: ['connection-close'],
    difficulty: 'medium',
    quiz: [
      { id: 'a', kind: 'choice' },
      { id: 'b', kind: 'choice' },
      { id: 'c', kind: 'choice' },
      { id: 'order', kind: 'ordering' },
    ],
    predictions: ['p'],
  },
  {
    questionId: 'flood',
    slug: 'flood',
    topics: ['syn-flood'],
    difficulty: 'hard',
    quiz: [{ id: 'x', kind: 'choice' }],
    predictions: [],
  },
])
const options = (o: object) => quizSessionOptionsSchema.parse(o)

describe('quiz sessions', () => {
  it('deal auto-graded cards only, mixing kinds, up to the length asked', () => {
    const cards = pickSessionCards(deck, options({ length: 3, seed: 7 }))
    expect(cards).toHaveLength(3)
    expect(cards.every((c) => c.kind !== 'recall')).toBe(true)
    expect(new Set(cards.map((c) => (c.kind === 'predict' ? 'predict' : c.quizKind))).size).toBe(3)
  })

  it('respect topic and difficulty filters, and stop when the pool runs out', () => {
    expect(pickSessionCards(deck, options({ topics: ['syn-flood'], length: 5 })).map((c) => c.id)).toEqual([
      'flood:quiz:x',
    ])
    expect(pickSessionCards(deck, options({ difficulties: ['medium'], length: 30 }))).toHaveLength(5)
    expect(pickSessionCards(deck, options({ difficulties: ['easy'] }))).toEqual([])
  })

  it('replay from their seed', () => {
    const o = options({ length: 6, seed: 42 })
    expect(pickSessionCards(deck, o)).toEqual(pickSessionCards(deck, o))
  })

  it('refuse options outside the bounds', () => {
    expect(quizSessionOptionsSchema.safeParse({ length: 0 }).success).toBe(false)
    expect(quizSessionOptionsSchema.safeParse({ length: 31 }).success).toBe(false)
    expect(quizSessionOptionsSchema.safeParse({ difficulties: ['insane'] }).success).toBe(false)
  })

  it('score right answers and list the wrong ones in order', () => {
    expect(
      scoreSession([
        { cardId: 'a', correct: true },
        { cardId: 'b', correct: false },
        { cardId: 'c', correct: true },
        { cardId: 'd', correct: false },
      ]),
    ).toEqual({ right: 2, total: 4, wrong: ['b', 'd'] })
  })
})

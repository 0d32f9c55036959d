import { describe, expect, it } from 'vitest'
import { cardIdSchema, parseCardId, predictCardId, quizCardId, recallCardId } from './card-id'
import { cardsOf, deriveDeck, type CardSource } from './cards'

const source: CardSource = {
  questionId: 'time-wait-2msl',
  slug: 'time-wait',
  topics: ['connection-close', 'time-wait'],
  difficulty: 'medium',
  quiz: [
    { id: 'why-2msl', kind: 'choice' },
    { id: 'close-order', kind: 'ordering' },
  ],
  predictions: ['client-after-ack'],
}

describe('card ids', () => {
  it('round-trip through parseCardId for every kind', () => {
    expect(parseCardId(recallCardId('q'))).toEqual({ questionId: 'q', kind: 'recall' })
    expect(parseCardId(quizCardId('q', 'why-2msl'))).toEqual({
      questionId: 'q',
      kind: 'quiz',
      itemId: 'why-2msl',
    })
    expect(parseCardId(predictCardId('q-1', 'p'))).toEqual({
      questionId: 'q-1',
      kind: 'predict',
      itemId: 'p',
    })
  })

  it('refuse anything else, so a forged id never reaches the database', () => {
    for (const bad of [
      'q',
      'q:recall:x',
      'q:quiz',
      'Q:recall',
      'q:other:x',
      'q:quiz:a b',
      "q:recall' OR 1=1",
    ]) {
      expect(parseCardId(bad)).toBeNull()
      expect(cardIdSchema.safeParse(bad).success).toBe(false)
    }
  })
})

describe('card derivation', () => {
  it('gives a question one recall card, one per quiz item and one per prediction, in that order', () => {
    expect(cardsOf(source).map((c) => c.id)).toEqual([
      'time-wait-2msl:recall',
      'time-wait-2msl:quiz:why-2msl',
      'time-wait-2msl:quiz:close-order',
      'time-wait-2msl:predict:client-after-ack',
    ])
    expect(cardsOf(source)[2]).toMatchObject({ kind: 'quiz', quizKind: 'ordering', itemId: 'close-order' })
  })

  it('keys cards by the stable question id, not the slug, so renaming the folder keeps progress', () => {
    const renamed = cardsOf({ ...source, slug: 'why-time-wait-lasts-2msl' }).map((c) => c.id)
    expect(renamed).toEqual(cardsOf(source).map((c) => c.id))
  })

  it('refuses a deck with a duplicate card id', () => {
    expect(() => deriveDeck([source, source])).toThrow(/duplicate card id time-wait-2msl:recall/)
  })
})
